import type { ContentIndex } from './selectors';
import type { Claim, ClaimKind } from './types';

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
