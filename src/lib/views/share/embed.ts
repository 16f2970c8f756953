/**
 * The embed view's contract with the page that frames it, and what it says about the state.
 *
 * Height message: on load and whenever its content changes size, the embed posts
 *   { type: 'story-map:height', height: <CSS pixels, integer> }
 * to `window.parent` (target origin '*': the height is not secret and the embedding site is not
 * known in advance). A parent listens with:
 *   addEventListener('message', (e) => {
 *     if (e.data?.type === 'story-map:height') iframe.style.height = `${e.data.height}px`;
 *   });
 */
import { CLAIM_KIND_LABELS, speakerLabel, voiceColour } from '$lib/content/labels';
import type { ContentIndex } from '$lib/content/selectors';
import type { VoiceColour } from '$lib/content/types';
import type { Selection } from '$lib/story/url';
import { formatDate } from '$lib/utils/dates';

export const HEIGHT_MESSAGE_TYPE = 'story-map:height';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE_TYPE;
	height: number;
}

/** The message for a height (rounded up; never negative or non-finite). */
export function heightMessage(height: number): HeightMessage {
	const h = Number.isFinite(height) ? Math.max(0, Math.ceil(height)) : 0;
	return { type: HEIGHT_MESSAGE_TYPE, height: h };
}

/** Whether some data is a height message (for parents, and the tests). */
export function isHeightMessage(data: unknown): data is HeightMessage {
	if (typeof data !== 'object' || data === null) return false;
	const d = data as Record<string, unknown>;
	return d.type === HEIGHT_MESSAGE_TYPE && typeof d.height === 'number' && d.height >= 0;
}

/** What the embed shows under its map: the claim, else the event, else the country, else the story. */
export interface EmbedSummary {
	kind: 'claim' | 'event' | 'country' | 'story';
	kicker: string;
	title: string;
	text: string;
	/** The speaker of a claim (for its colour). */
	speaker?: string;
	/** The palette token of the claim's voice (data-voice-colour). */
	colour?: VoiceColour;
}

export function embedSummary(index: ContentIndex, selection: Readonly<Selection>): EmbedSummary {
	const claim = selection.claim ? index.claimById.get(selection.claim) : undefined;
	if (claim) {
		const step = index.claimPosition(claim.id) + 1;
		return {
			kind: 'claim',
			kicker: `${speakerLabel(claim, index)} · ${CLAIM_KIND_LABELS[claim.kind]} · step ${step} of ${index.content.claims.length}`,
			title: claim.title,
			text: claim.summary,
			speaker: claim.speaker,
			colour: voiceColour(claim.speaker, index)
		};
	}
	const event = selection.event ? index.eventById.get(selection.event) : undefined;
	if (event) {
		const where = index.placesOf(event).map((p) => p.name);
		return {
			kind: 'event',
			kicker: [formatDate(event.date), ...where].join(' · '),
			title: event.title,
			text: event.summary
		};
	}
	const country = selection.country ? index.countryById.get(selection.country) : undefined;
	if (country) {
		const claims = index.claimsAboutCountry(country.id).length;
		const events = index.eventsInCountry(country.id).length;
		return {
			kind: 'country',
			kicker: 'Country',
			title: country.name,
			text: `${claims} ${claims === 1 ? 'step' : 'steps'} of the argument and ${events} ${events === 1 ? 'event' : 'events'} concern ${country.name}.`
		};
	}
	const story = index.content.story;
	return { kind: 'story', kicker: 'Story map', title: story.title, text: story.subtitle };
}
