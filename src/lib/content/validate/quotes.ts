/**
 * Quotes and paragraph numbers against the copies of the texts, and summaries that copy a text
 * or their own quote.
 */
import {
	findQuote,
	joinNames,
	longestSharedRun,
	quoteInText,
	wordsOf,
	type Word
} from '../essay.js';
import type { Entry, Run } from './context.js';
import { MAX_SHARED_WORDS } from './options.js';
import { copyForClaim, type TextCopy } from './texts.js';

export function checkQuotes(run: Run, copies: ReadonlyMap<string, TextCopy>): void {
	const claimsFile = run.parsed.get('claims');
	if (!claimsFile) return;
	for (const e of run.entries.claims) {
		const copy = copyForClaim(run, copies, e);
		if (!copy) continue;
		const { paragraphs } = copy;
		const last = paragraphs.length;
		const outOfRange = (p: number) =>
			`paragraph ${p} does not exist (expected 1-${last}: text "${copy.id}" has ${last} paragraphs)`;
		const claim = e.value;
		const at = { entry: e.label, entryId: claim.id };
		claim.paragraphs.forEach((p, i) => {
			if (p > last) {
				run.report(claimsFile, 'paragraph-range', outOfRange(p), {
					...at,
					path: [e.index, 'paragraphs', i]
				});
			}
		});
		const quote = claim.quote;
		if (!quote) continue;
		if (quote.paragraph > last) {
			run.report(claimsFile, 'paragraph-range', outOfRange(quote.paragraph), {
				...at,
				path: [e.index, 'quote', 'paragraph']
			});
			continue;
		}
		if (quoteInText(quote.text, paragraphs[quote.paragraph - 1] ?? '')) continue;
		const elsewhere = findQuote(quote.text, paragraphs);
		run.report(
			claimsFile,
			'quote-mismatch',
			`quote not found verbatim in paragraph ${quote.paragraph}` +
				(elsewhere.length ? ` (found in paragraph ${elsewhere.join(', ')})` : '') +
				` (expected the exact words of text "${copy.id}"; curly and straight quotes and spacing may differ)`,
			{ ...at, path: [e.index, 'quote', 'text'] }
		);
	}
}

/** Summaries are paraphrases: no long run of words from a text or from the claim's quote. */
export function checkSummaries(run: Run, copies: ReadonlyMap<string, TextCopy>): void {
	// A text's proper names count as one word each: a summary cannot paraphrase a name.
	const names = run.entries.texts.flatMap((t) =>
		t.value.names.map((n) => wordsOf(n).map((w) => w.norm))
	);
	const words = (text: string) => joinNames(wordsOf(text), names);
	const textWords = [...copies.values()].flatMap((copy) =>
		copy.paragraphs.map((p, i) => ({ what: `${copy.id} paragraph ${i + 1}`, words: words(p) }))
	);
	const checkSummary = (
		fileKey: 'events' | 'claims',
		e: Entry<{ id: string; summary: string; quote?: { text: string } }>
	) => {
		const file = run.parsed.get(fileKey);
		if (!file) return;
		// Word offsets refer to the NFC form wordsOf reads.
		const summary = e.value.summary.normalize('NFC');
		const own = words(summary);
		const others = e.value.quote
			? [{ what: 'its quote', words: words(e.value.quote.text) }, ...textWords]
			: textWords;
		let worst: { what: string; from: Word; to: Word; length: number } | undefined;
		for (const other of others) {
			const shared = longestSharedRun(own, other.words);
			if (shared.length > MAX_SHARED_WORDS && shared.length > (worst?.length ?? 0)) {
				const from = own[shared.at] as Word;
				const to = own[shared.at + shared.length - 1] as Word;
				worst = { what: other.what, from, to, length: shared.length };
			}
		}
		if (!worst) return;
		run.report(
			file,
			'copied-summary',
			`summary shares ${worst.length} consecutive words with ${worst.what}: ${JSON.stringify(summary.slice(worst.from.start, worst.to.end))} (expected a paraphrase with at most ${MAX_SHARED_WORDS} words in a row from a text; put exact words in quote.text, or rephrase)`,
			{ entry: e.label, entryId: e.value.id, path: [e.index, 'summary'] }
		);
	};
	for (const e of run.entries.events) checkSummary('events', e);
	for (const e of run.entries.claims) checkSummary('claims', e);
}
