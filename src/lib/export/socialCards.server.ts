/**
 * The site's social cards, one per shareable page: the main page (also used by the indexes and
 * the data page), each claim and each event. Built while prerendering by the /og/ routes.
 */
import { CLAIM_KIND_LABELS } from '$lib/content/labels';
import { loadContent } from '$lib/content/load.server';
import { createIndex, type ContentIndex } from '$lib/content/selectors';
import { staticMapFor } from '$lib/map/static/build.server';
import type { StaticMapData } from '$lib/map/static/types';
import { formatDate } from '$lib/utils/dates';
import { STRINGS, fill } from '$lib/strings';
import { speakerShort } from './pageMeta';
import { socialCardSvg, type SocialCard } from './socialCard';
import { rasterise } from './socialCard.server';

let cached: { index: ContentIndex; map: StaticMapData } | undefined;
function site() {
	if (!cached) {
		const content = loadContent();
		cached = { index: createIndex(content), map: staticMapFor(content, { links: false }) };
	}
	return cached;
}

export type CardKind = 'home' | 'claims' | 'events';

/** What a page's card shows; undefined for an unknown id. */
export function cardFor(kind: CardKind, id = ''): SocialCard | undefined {
	const { index } = site();
	const story = index.content.story;
	const siteName = story.title;
	if (kind === 'home') {
		return { kicker: 'Story map', title: story.title, subtitle: story.subtitle, siteName };
	}
	if (kind === 'claims') {
		const claim = index.claimById.get(id);
		if (!claim) return undefined;
		const step = index.claimPosition(claim.id) + 1;
		return {
			kicker: fill(STRINGS.claim.position, { step, total: index.content.claims.length }),
			title: claim.title,
			subtitle: `${speakerShort(claim, index)} · ${CLAIM_KIND_LABELS[claim.kind]}`,
			siteName,
			countries: claim.countries,
			places: claim.places
		};
	}
	const event = index.eventById.get(id);
	if (!event) return undefined;
	const places = index.placesOf(event).map((p) => p.name);
	return {
		kicker: 'Event',
		title: event.title,
		subtitle: [formatDate(event.date), ...places].join(' · '),
		siteName,
		countries: event.countries,
		places: event.places
	};
}

/** The ids each kind has a card for (the routes' prerender entries). */
export function cardIds(kind: 'claims' | 'events'): string[] {
	const { index } = site();
	return (kind === 'claims' ? index.content.claims : index.content.events).map((x) => x.id);
}

/** A card's PNG response. */
export function cardResponse(card: SocialCard | undefined): Response {
	if (!card) return new Response('Not found', { status: 404 });
	const png = rasterise(socialCardSvg(site().map, card));
	return new Response(new Uint8Array(png), {
		headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
	});
}
