/**
 * Paragraph numbering of the essay text, as claims cite it: the title line is not counted,
 * paragraph 1 is the standfirst, every non-blank line after it is one paragraph, and the text
 * stops at the line "Comments" (the blog's boilerplate follows it).
 */

/** The essay's paragraphs in order; index 0 is paragraph 1 (the standfirst). */
export function essayParagraphs(text: string): string[] {
	const lines = text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
	const end = lines.indexOf('Comments');
	// Drop the title (the first non-blank line) and everything from "Comments" on.
	return lines.slice(1, end === -1 ? undefined : end);
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
