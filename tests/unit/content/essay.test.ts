import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	findQuote,
	joinNames,
	longestSharedRun,
	normaliseForQuote,
	quoteInText,
	textParagraphs,
	wordsOf
} from '../../../src/lib/content/essay';
import { fixtureEssay } from './helpers';

/** How the fixture's texts.yaml counts the essay's paragraphs. */
const essayParagraphs = (text: string) =>
	textParagraphs(text, { skipLines: 1, stopAt: 'Comments' });

describe('textParagraphs', () => {
	it('skips the title, counts the standfirst as 1 and stops at "Comments"', () => {
		const paragraphs = essayParagraphs(fixtureEssay);
		expect(paragraphs).toHaveLength(6);
		expect(paragraphs[0]).toMatch(/^Iran has little interest/);
		expect(paragraphs[5]).toBe('Such measures rest on “unfounded suspicions”.');
		expect(paragraphs.join(' ')).not.toContain('boilerplate');
	});

	it('treats whitespace-only lines as blank and handles CRLF', () => {
		expect(essayParagraphs('Title\r\n \t\r\nOne\r\n\r\nTwo\r\n')).toEqual(['One', 'Two']);
	});

	it('keeps everything when there is no "Comments" line', () => {
		expect(essayParagraphs('T\nA\nB')).toEqual(['A', 'B']);
	});

	it('skips as many lines as asked, and stops only when asked to', () => {
		expect(textParagraphs('A\n\nB\nComments\nC', { skipLines: 0 })).toEqual([
			'A',
			'B',
			'Comments',
			'C'
		]);
		expect(textParagraphs('A\nB\nC\nD', { skipLines: 2, stopAt: 'D' })).toEqual(['C']);
	});

	const real = fileURLToPath(
		new URL('../../../src/content/texts/why-iran-isnt-supporting-isis-k.txt', import.meta.url)
	);
	it.skipIf(!existsSync(real))(
		'numbers the real essay as texts.yaml counts it: 21 paragraphs, the standfirst first',
		() => {
			const paragraphs = textParagraphs(readFileSync(real, 'utf8'), { skipLines: 1 });
			expect(paragraphs).toHaveLength(21);
			expect(paragraphs[0]).toMatch(/^Iran has little interest in sponsoring a terrorist group/);
			expect(paragraphs[20]).toMatch(/^One of his recommendations/);
		}
	);
});

describe('quotes', () => {
	it('normalises curly quotes and whitespace only', () => {
		expect(normaliseForQuote('  “Takfiris”\u00a0 and Iran’s  ')).toBe('"Takfiris" and Iran\'s');
		expect(normaliseForQuote('12-Day War—unlike')).toBe('12-Day War—unlike');
	});

	it('finds a verbatim quote, with elisions in order', () => {
		const paragraph = 'Iran has little interest in sponsoring a terrorist group that does not act.';
		expect(quoteInText('little interest in sponsoring', paragraph)).toBe(true);
		expect(quoteInText('Little interest in sponsoring', paragraph)).toBe(false);
		expect(quoteInText('Iran has … a terrorist group', paragraph)).toBe(true);
		expect(quoteInText('Iran has ... a terrorist group', paragraph)).toBe(true);
		expect(quoteInText('a terrorist group … Iran has', paragraph)).toBe(false);
		expect(quoteInText('…', paragraph)).toBe(false);
	});

	it('lists the paragraphs a quote appears in', () => {
		const paragraphs = essayParagraphs(fixtureEssay);
		expect(findQuote('ISIS-K', paragraphs)).toEqual([2, 4]);
		expect(findQuote('Iran’s Ministry of Intelligence', paragraphs)).toEqual([5]);
		expect(findQuote('not in the essay', paragraphs)).toEqual([]);
	});
});

describe('words for the closeness check', () => {
	const norms = (text: string) => wordsOf(text).map((w) => w.norm);

	it('ignores case and punctuation, keeping apostrophes and hyphens inside words', () => {
		expect(norms('Iran’s “ISIS-K”, (IRPT); sponsor–proxy — the latter—unlike 12-Day War.')).toEqual(
			["iran's", 'isis-k', 'irpt', 'sponsor-proxy', 'the', 'latter', 'unlike', '12-day', 'war']
		);
		expect(norms("Iran's")).toEqual(norms('IRAN’S'));
	});

	it('keeps where each word stands in the original text', () => {
		const text = '“Reports,” suggest';
		expect(wordsOf(text).map((w) => text.slice(w.start, w.end))).toEqual(['Reports', 'suggest']);
	});

	it('joins a listed name into one word', () => {
		const name = norms('Ministry of Intelligence');
		const joined = joinNames(wordsOf("Iran's Ministry of Intelligence said"), [name]);
		expect(joined.map((w) => w.norm)).toEqual(["iran's", 'ministry of intelligence', 'said']);
		expect(joinNames(wordsOf('the Ministry of Health'), [name])).toHaveLength(4);
	});

	it('finds the longest run two texts share', () => {
		const a = wordsOf('one two three four five six');
		const b = wordsOf('x two three y three four five six z');
		expect(longestSharedRun(a, b)).toEqual({ at: 2, atOther: 4, length: 4 });
		expect(longestSharedRun(a, wordsOf('seven eight')).length).toBe(0);
		expect(longestSharedRun([], b).length).toBe(0);
	});
});
