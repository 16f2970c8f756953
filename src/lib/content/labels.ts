import type { ContentIndex } from './selectors';
import type { Claim, ClaimKind, StoryEvent, StoryText, VoiceColour } from './types';
import { STRINGS, fill } from '../strings.js';

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
	thesis: 'Thesis',
	assertion: 'Assertion',
	rebuttal: 'Rebuttal',
	omission: 'Omission pointed out',
	concession: 'Concession and counter-argument',
	recommendation: 'Recommendation',
	conclusion: 'Conclusion'
};

/** "¶5" or "¶8–12": the paragraphs of its text a claim draws on. */
export function paragraphLabel(paragraphs: readonly number[]): string {
	if (paragraphs.length === 0) return '';
	const sorted = [...paragraphs].sort((a, b) => a - b);
	const first = sorted[0]!;
	const last = sorted[sorted.length - 1]!;
	const contiguous = last - first === sorted.length - 1;
	if (first === last) return `¶${first}`;
	return contiguous ? `¶${first}–${last}` : `¶${sorted.join(', ')}`;
}

/** Who says it, in the form a reader needs: the voice's attribution (voices.yaml). */
export function speakerLabel(claim: Claim, index: ContentIndex): string {
	return index.voiceById.get(claim.speaker)?.attribution ?? claim.speaker;
}

/** The palette token of a voice (voices.yaml `colour`), for an element's data-voice-colour. */
export function voiceColour(voiceId: string, index: ContentIndex): VoiceColour | undefined {
	return index.voiceById.get(voiceId)?.colour;
}

/**
 * The text a claim's paragraphs and quote refer to: its `from`, else the one text with a
 * plain-text copy (the validator requires `from` when there are several).
 */
export function claimText(claim: Claim, index: ContentIndex): StoryText | undefined {
	if (claim.from) return index.textById.get(claim.from);
	const copies = index.content.texts.filter((t) => t.copy !== undefined);
	return copies.length === 1 ? copies[0] : undefined;
}

/** A text as a noun before paragraph numbers and in "(… only)": its `short`, else its title. */
export function textShort(text: StoryText | undefined): string {
	return text?.short ?? text?.title ?? '';
}

/** A text as named in a sentence: its `mention`, else its title in quotation marks. */
export function textMention(text: StoryText | undefined): string {
	if (!text) return '';
	return text.mention ?? `“${text.title}”`;
}

/** The text an event rests on alone (its basis), or undefined for a sourced event. */
export function basisText(event: StoryEvent, index: ContentIndex): StoryText | undefined {
	return event.basis === 'sourced' ? undefined : index.textById.get(event.basis);
}

/** The claim card's kicker after the speaker and kind: "Step 3 · essay ¶2–3". */
export function claimStepKicker(claim: Claim, index: ContentIndex): string {
	return fill(STRINGS.claim.kicker, {
		step: index.claimPosition(claim.id) + 1,
		text: textShort(claimText(claim, index)),
		paragraphs: paragraphLabel(claim.paragraphs)
	});
}

/** Under a claim's quote: "— the essay, ¶3". */
export function quoteFrom(claim: Claim, paragraph: number, index: ContentIndex): string {
	return fill(STRINGS.claim.quoteFrom, { text: textMention(claimText(claim, index)), paragraph });
}

/** After an event that rests on one text alone: "(essay only)"; "" for a sourced event. */
export function basisOnly(event: StoryEvent, index: ContentIndex): string {
	if (event.basis === 'sourced') return '';
	const text = basisText(event, index);
	return fill(STRINGS.claim.basisOnly, { text: text ? textShort(text) : event.basis });
}
