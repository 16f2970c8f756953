/**
 * What a permalink page says about itself to browsers, search engines and link previews: its
 * <title>, description and Open Graph / Twitter fields, and its neighbours for prev/next links.
 * Pure: the page passes the content index and, when known, the site's public URL.
 */
import { CLAIM_KIND_LABELS, speakerLabel } from '../content/labels.js';
import type { ContentIndex } from '../content/selectors.js';
import type { Claim, StoryEvent } from '../content/types.js';
import { fill } from '../strings.js';
import { formatDate } from '../utils/dates.js';
import { absoluteUrl, permalinkPath } from './links.js';

/** Longest description: search engines and previews cut around 155–200 characters. */
export const DESCRIPTION_MAX = 200;

export interface PageMeta {
	/** The document <title>: what it is, then the site. */
	title: string;
	/** og:title / twitter:title: what it is, without the site's name. */
	shareTitle: string;
	description: string;
	siteName: string;
	/** Absolute URL of the page (og:url, canonical) when the site URL is known. */
	url?: string;
	/** Absolute URL of the page's social card when the site URL is known (else the page resolves it). */
	image?: string;
	/** What the social card shows, for og:image:alt. */
	imageAlt: string;
}

/** The social card's path under the site (the /og/ routes). */
export function cardPath(kind: 'claims' | 'events' | 'home', id?: string): string {
	return kind === 'home' ? 'og/home.png' : `og/${kind}/${id}.png`;
}

/** The social card's alt text: its title, and the countries marked on its map. */
export function cardAlt(title: string, countries: readonly string[]): string {
	const list =
		countries.length <= 1
			? countries.join('')
			: `${countries.slice(0, -1).join(', ')} and ${countries[countries.length - 1]}`;
	return `${title} — a map of the region${list ? `, with ${list} marked` : ''}.`;
}

function countryNames(index: ContentIndex, ids: readonly string[]): string[] {
	return ids.map((id) => index.countryById.get(id)?.name ?? id);
}

/** The main page's (and the indexes') share text and card. */
export function homePageMeta(index: ContentIndex, siteUrl?: string): PageMeta {
	const story = index.content.story;
	return {
		title: story.title,
		shareTitle: story.title,
		description: clip(story.intro[0] ?? story.subtitle),
		siteName: story.title,
		url: siteUrl,
		image: absoluteUrl(siteUrl, cardPath('home')),
		imageAlt: cardAlt(`${story.title}: ${story.subtitle}`, [])
	};
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max = DESCRIPTION_MAX): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Who makes a point, briefly: the voice's `short`, else its label (voices.yaml). */
export function speakerShort(claim: Claim, index: ContentIndex): string {
	const voice = index.voiceById.get(claim.speaker);
	return voice?.short ?? voice?.label ?? claim.speaker;
}

export function claimPageMeta(index: ContentIndex, claim: Claim, siteUrl?: string): PageMeta {
	const siteName = index.content.story.title;
	const shareTitle = `${speakerShort(claim, index)} — ${claim.title}`;
	const step = index.claimPosition(claim.id) + 1;
	const total = index.content.claims.length;
	const lead = `${speakerLabel(claim, index)} — ${CLAIM_KIND_LABELS[claim.kind].toLowerCase()}, ${fill(index.content.story.copy.claimMeta, { step, total })}`;
	return {
		title: `${shareTitle} | ${siteName}`,
		shareTitle,
		description: clip(`${lead} ${claim.summary}`),
		siteName,
		url: absoluteUrl(siteUrl, permalinkPath('claims', claim.id)),
		image: absoluteUrl(siteUrl, cardPath('claims', claim.id)),
		imageAlt: cardAlt(claim.title, countryNames(index, claim.countries))
	};
}

export function eventPageMeta(index: ContentIndex, event: StoryEvent, siteUrl?: string): PageMeta {
	const siteName = index.content.story.title;
	const date = formatDate(event.date);
	const shareTitle = `${date} — ${event.title}`;
	const places = index.placesOf(event).map((p) => p.name);
	const where = places.length ? ` — ${places.join(', ')}` : '';
	return {
		title: `${shareTitle} | ${siteName}`,
		shareTitle,
		description: clip(`${date}${where}. ${event.summary}`),
		siteName,
		url: absoluteUrl(siteUrl, permalinkPath('events', event.id)),
		image: absoluteUrl(siteUrl, cardPath('events', event.id)),
		imageAlt: cardAlt(event.title, countryNames(index, event.countries))
	};
}

/** The items before and after `id` in `list` (undefined at the ends or for an unknown id). */
export function neighbours<T extends { id: string }>(
	list: readonly T[],
	id: string
): { previous?: T; next?: T } {
	const i = list.findIndex((item) => item.id === id);
	if (i < 0) return {};
	return { previous: list[i - 1], next: list[i + 1] };
}
