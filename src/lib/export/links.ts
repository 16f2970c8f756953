/**
 * Where things live on the built site, for the exports and the permalink pages' metadata. Paths
 * are relative to the site's root (the main page), so they hold under any BASE_PATH; they become
 * absolute URLs only when the site's public address is known (PUBLIC_SITE_URL at build time),
 * because a static build has no origin of its own.
 */

export type PermalinkKind = 'events' | 'claims';

/** "claims/<id>": the permalink page of an event or a claim, relative to the site's root. */
export function permalinkPath(kind: PermalinkKind, id: string): string {
	return `${kind}/${encodeURIComponent(id)}`;
}

/**
 * Reads PUBLIC_SITE_URL: the public address of the main page, with its base path
 * ("https://example.org/khorasan"). Empty or unset gives undefined; anything but an absolute
 * http(s) URL without query or fragment throws, so a typo fails the build instead of shipping
 * broken share links. The result has no trailing slash.
 */
export function parseSiteUrl(raw: string | undefined): string | undefined {
	const value = raw?.trim();
	if (!value) return undefined;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`PUBLIC_SITE_URL "${value}" is not a URL (expected e.g. https://example.org/story)`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`PUBLIC_SITE_URL "${value}" must start with https:// or http://`);
	}
	if (url.search || url.hash || url.username || url.password) {
		throw new Error(`PUBLIC_SITE_URL "${value}" must not carry a query, fragment or credentials`);
	}
	return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The absolute URL of a site-relative path when the site URL is known, otherwise undefined. */
export function absoluteUrl(siteUrl: string | undefined, path: string): string | undefined {
	return siteUrl === undefined ? undefined : `${siteUrl}/${path.replace(/^\/+/, '')}`;
}

/** The permalink as the exports write it: absolute when the site URL is known, else relative. */
export function permalinkHref(
	siteUrl: string | undefined,
	kind: PermalinkKind,
	id: string
): string {
	const path = permalinkPath(kind, id);
	return absoluteUrl(siteUrl, path) ?? path;
}
