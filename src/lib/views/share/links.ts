/**
 * The links the Share dialog offers, built in the browser from the page's location (the origin
 * is only known there) and the story's selection. Pure: location and titles come in as values.
 *
 * Paths: the main page sits at the site's root (`/`, or `/<base>` under a BASE_PATH, without a
 * trailing slash); the embed view at `<root>/embed`, permalinks at `<root>/claims/<id>` and
 * `<root>/events/<id>`.
 */
import { urlFor, type Selection } from '$lib/story/url';
import { HEIGHT_MESSAGE_TYPE } from './embed';

export interface ShareLocation {
	origin: string;
	/** Path of the page the dialog opens on: the main page (or the embed view). */
	pathname: string;
}

export interface Permalink {
	kind: 'claim' | 'event';
	href: string;
	title: string;
}

export interface ShareLinks {
	/** This state on the full map. */
	page: string;
	/** The permalink pages of the selected claim and event, if any. */
	permalinks: Permalink[];
	/** The embed view in this state. */
	embed: string;
	/** The iframe snippet for other sites, with the listener that sizes it to its content. */
	snippet: string;
}

export interface ShareTitles {
	/** The story's title (the iframe's accessible name ends with it). */
	story: string;
	claim?: string;
	event?: string;
}

/** The site's root path with a trailing slash, from the main page's or the embed's path. */
export function siteRoot(pathname: string): string {
	const path = pathname.replace(/\/embed\/?$/, '/');
	return path.endsWith('/') ? path : `${path}/`;
}

/** The main page's path (no trailing slash except for the bare root). */
export function mapPath(pathname: string): string {
	const root = siteRoot(pathname);
	return root === '/' ? root : root.slice(0, -1);
}

/** Text safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** What an embed shows: the selection without the tour (the embed has no tour). */
export function embedSelection(selection: Readonly<Selection>): Selection {
	const { country, event, claim, view } = selection;
	return { country, event, claim, view };
}

export function shareLinks(
	location: ShareLocation,
	selection: Readonly<Selection>,
	titles: ShareTitles
): ShareLinks {
	const root = siteRoot(location.pathname);
	const page = location.origin + urlFor(mapPath(location.pathname), selection);
	const permalinks: Permalink[] = [];
	if (selection.claim) {
		permalinks.push({
			kind: 'claim',
			href: `${location.origin}${root}claims/${encodeURIComponent(selection.claim)}`,
			title: titles.claim ?? selection.claim
		});
	}
	if (selection.event) {
		permalinks.push({
			kind: 'event',
			href: `${location.origin}${root}events/${encodeURIComponent(selection.event)}`,
			title: titles.event ?? selection.event
		});
	}
	const embed = location.origin + urlFor(`${root}embed`, embedSelection(selection));
	const name = [titles.claim ?? titles.event, titles.story].filter(Boolean).join(' — ');
	const snippet =
		`<iframe src="${escapeAttribute(embed)}" title="${escapeAttribute(`${name} (map)`)}" ` +
		`width="100%" height="600" loading="lazy" style="border:0"></iframe>\n` +
		resizeScript(location.origin);
	return { page, permalinks, embed, snippet };
}

/**
 * The host page's half of the embed's height messages (embed.ts): sets the height of the iframe
 * that sent one, from the embed's origin only. Written for any page (no module, no arrow
 * functions), and safe to paste once per embed: each listener only resizes its sender.
 */
export function resizeScript(origin: string): string {
	// JSON strings are JavaScript strings; "<" escaped so no "</script>" can end the element.
	const js = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');
	return (
		`<script>addEventListener("message",function(e){` +
		`if(e.origin!==${js(origin)}||!e.data||e.data.type!==${js(HEIGHT_MESSAGE_TYPE)})return;` +
		`document.querySelectorAll("iframe").forEach(function(f){` +
		`if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`
	);
}
