/**
 * The argument tour: the essay's claims in the essay's order, one step at a time. Pure: the order
 * is a list of claim ids (claims.yaml's file order is the essay's order), the current step a
 * claim id. Steps never wrap around, like the timeline's.
 */
import type { ContentIndex } from '$lib/content/selectors';
import { speakerLabel } from '$lib/content/labels';
import type { Claim, Voice, VoiceColour } from '$lib/content/types';
import { keyToAction, type KeyInput } from '$lib/story/stepping';
import { STRINGS, fill } from '$lib/strings';

/** Claim ids in the essay's order. */
export type TourOrder = readonly string[];

export type TourAction = 'first' | 'prev' | 'next' | 'last';

/** The tour's steps: every claim, in the essay's order (TourStart reads the first one itself). */
export function tourOrder(index: ContentIndex): TourOrder {
	return index.content.claims.map((c) => c.id);
}

/** Position (0-based) of a claim in the tour; -1 when absent. */
export function tourPosition(order: TourOrder, id: string | null | undefined): number {
	return id ? order.indexOf(id) : -1;
}

/**
 * The step an action leads to. From nothing (or an unknown id) 'next' starts at the first step and
 * 'prev' goes nowhere; the ends stay put.
 */
export function tourStep(
	order: TourOrder,
	current: string | null | undefined,
	action: TourAction
): string | undefined {
	const i = tourPosition(order, current);
	switch (action) {
		case 'first':
			return order[0];
		case 'last':
			return order[order.length - 1];
		case 'next':
			return order[Math.min(i + 1, order.length - 1)];
		case 'prev':
			return i < 0 ? undefined : order[Math.max(i - 1, 0)];
	}
}

/** Whether an action would move (buttons are aria-disabled otherwise). */
export function canTourStep(
	order: TourOrder,
	current: string | null | undefined,
	action: TourAction
): boolean {
	const target = tourStep(order, current, action);
	return target !== undefined && target !== current;
}

/**
 * The tour's action for a key press, or null. The timeline's conventions (keyToAction): arrows
 * step, no modifiers, never when focus is in a text field, an arrow-key widget or the map; Home
 * and End only with `homeEnd` (focus inside the tour), since on the page they scroll.
 */
export function tourKeyAction(e: KeyInput, options: { homeEnd?: boolean } = {}): TourAction | null {
	return keyToAction(e, options);
}

/** "Step 3 of 24". */
export function stepLabel(position: number, total: number): string {
	return fill(STRINGS.tour.step, { step: position + 1, total });
}

/** The polite announcement of a step: "Step 3 of 24: Epstein, as the essay reports him — Title." */
export function tourAnnouncement(claim: Claim, order: TourOrder, index: ContentIndex): string {
	const position = tourPosition(order, claim.id);
	return `${stepLabel(position, order.length)}: ${speakerLabel(claim, index)} — ${claim.title}`;
}

/** The accessible name of a step button: where it leads, or why it is unavailable. */
export function tourButtonLabel(
	action: 'prev' | 'next',
	target: Claim | undefined,
	order: TourOrder
): string {
	const word = action === 'prev' ? 'Previous step' : 'Next step';
	if (!target)
		return action === 'prev' ? `${word}: this is the first step` : `${word}: this is the last step`;
	const position = tourPosition(order, target.id);
	return `${word}: ${position + 1} of ${order.length}, ${target.title}`;
}

/**
 * Side by side: a step that answers other claims is shown next to them — what it answers on one
 * side (another voice's claim, or an earlier step of its own voice), the answer on the other.
 * Null for a step that answers nothing.
 */
export interface Comparison {
	/** The claims the step answers, in essay order. */
	answered: readonly Claim[];
	/** The step itself. */
	answer: Claim;
	/** Whether any answered claim is another voice's (a rebuttal, as opposed to a voice answering itself). */
	answersOtherVoice: boolean;
}

export function comparisonFor(index: ContentIndex, id: string): Comparison | null {
	const answer = index.claimById.get(id);
	if (!answer) return null;
	const answered = index.respondsTo(id);
	if (answered.length === 0) return null;
	return {
		answered,
		answer,
		answersOtherVoice: answered.some((c) => c.speaker !== answer.speaker)
	};
}

/**
 * Heading of the answered side: the voice's own heading when every answered claim is one voice's
 * (voices.yaml, `answered`), else a generic one.
 */
export function answeredHeading(answered: readonly Claim[], index: ContentIndex): string {
	const many = answered.length > 1;
	const voice = oneVoice(answered, index);
	if (voice) return many ? voice.answered.many : voice.answered.one;
	return many ? 'The claims it answers' : 'The claim it answers';
}

/** The palette token of the answered side: its voice's colour when it is one voice's, else none. */
export function answeredColour(
	answered: readonly Claim[],
	index: ContentIndex
): VoiceColour | undefined {
	return oneVoice(answered, index)?.colour;
}

function oneVoice(claims: readonly Claim[], index: ContentIndex): Voice | undefined {
	const speakers = new Set(claims.map((c) => c.speaker));
	return speakers.size === 1 ? index.voiceById.get([...speakers][0] ?? '') : undefined;
}
