/**
 * Paragraph numbering of a text's plain-text copy, as claims cite it: every non-blank line is one
 * paragraph, after the lines the text's entry skips (a title) and up to the line it stops at (a
 * blog's boilerplate follows it), both set in texts.yaml.
 */
import type { ParagraphCounting } from './types.js';

/** The text's paragraphs in order; index 0 is paragraph 1. */
export function textParagraphs(text: string, counting: ParagraphCounting): string[] {
	const lines = text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
	const end = counting.stopAt === undefined ? -1 : lines.indexOf(counting.stopAt);
	return lines.slice(counting.skipLines, end === -1 ? undefined : end);
}

/**
 * Makes typography irrelevant to a verbatim comparison: curly quotes and apostrophes become
 * straight ones, and runs of whitespace (non-breaking spaces included) one space.
 */
export function normaliseForQuote(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Whether a quote appears verbatim in a paragraph. An ellipsis ("…" or "...") marks an elision:
 * the parts around it must appear in that order.
 */
export function quoteInText(quote: string, paragraph: string): boolean {
	const haystack = normaliseForQuote(paragraph);
	const parts = normaliseForQuote(quote)
		.split(/\s*(?:\u2026|\.\.\.)\s*/)
		.filter((part) => part !== '');
	if (parts.length === 0) return false;
	let from = 0;
	for (const part of parts) {
		const at = haystack.indexOf(part, from);
		if (at === -1) return false;
		from = at + part.length;
	}
	return true;
}

/** The 1-based numbers of the paragraphs that contain the quote. */
export function findQuote(quote: string, paragraphs: readonly string[]): number[] {
	const found: number[] = [];
	paragraphs.forEach((paragraph, i) => {
		if (quoteInText(quote, paragraph)) found.push(i + 1);
	});
	return found;
}

/** One word of a text for the closeness check: its normalised form and where it stands. */
export interface Word {
	/** Lower case, apostrophes straightened, dashes inside a compound made hyphens. */
	norm: string;
	/** Offsets of the word in the original text (end exclusive). */
	start: number;
	end: number;
}

// A word is letters and digits, with apostrophes, hyphens and en dashes kept inside it, so
// "Iran’s", "ISIS-K" and "sponsor–proxy" are one word each. An em dash separates words.
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u02BC\-\u2010\u2011\u2013][\p{L}\p{N}]+)*/gu;

/** The words of a text, ignoring case and punctuation (quote marks, commas, brackets, em dashes). */
export function wordsOf(text: string): Word[] {
	return [...text.normalize('NFC').matchAll(WORD)].map((m) => ({
		norm: m[0]
			.toLowerCase()
			.replace(/[\u2019\u02BC]/g, "'")
			.replace(/[\u2010\u2011\u2013]/g, '-'),
		start: m.index,
		end: m.index + m[0].length
	}));
}

/**
 * Joins every occurrence of a name (given as its word list) into one word, so a proper name of
 * several words counts as a single word when runs are compared.
 */
export function joinNames(words: readonly Word[], names: readonly (readonly string[])[]): Word[] {
	const out: Word[] = [];
	for (let i = 0; i < words.length;) {
		const name = names.find((n) => n.length > 1 && n.every((w, k) => words[i + k]?.norm === w));
		if (name) {
			const last = words[i + name.length - 1] as Word;
			out.push({ norm: name.join(' '), start: (words[i] as Word).start, end: last.end });
			i += name.length;
		} else {
			out.push(words[i] as Word);
			i += 1;
		}
	}
	return out;
}

/** Where a run of shared words lies: its start in each list and its length in words. */
export interface SharedRun {
	/** Index of the run's first word in the first list. */
	at: number;
	/** Index of the run's first word in the second list. */
	atOther: number;
	length: number;
}

/** The longest run of consecutive words two word lists share (the first one found on a tie). */
export function longestSharedRun(a: readonly Word[], b: readonly Word[]): SharedRun {
	let best: SharedRun = { at: 0, atOther: 0, length: 0 };
	// run[j] = length of the common run ending at a[i] and b[j]; one row is enough.
	let prev = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++) {
			if (a[i - 1]?.norm !== b[j - 1]?.norm) continue;
			const length = (prev[j - 1] ?? 0) + 1;
			row[j] = length;
			if (length > best.length) best = { at: i - length, atOther: j - length, length };
		}
		prev = row;
	}
	return best;
}
