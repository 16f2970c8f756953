import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	essayParagraphs,
	findQuote,
	normaliseForQuote,
	quoteInText
} from '../../../src/lib/content/essay';
import { ESSAY_FILE } from '../../../src/lib/content/load.server';
import { fixtureEssay } from './helpers';

describe('essayParagraphs', () => {
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

	const real = fileURLToPath(new URL(`../../../${ESSAY_FILE}`, import.meta.url));
	it.skipIf(!existsSync(real))(
		'numbers the real essay: 21 paragraphs, the standfirst first',
		() => {
			const paragraphs = essayParagraphs(readFileSync(real, 'utf8'));
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
