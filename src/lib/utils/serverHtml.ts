/**
 * Svelte's server output carries comments that only hydration reads: block markers ("[", "[!",
 * "]", "[<index>") and empty anchors. HTML that is never hydrated does without them.
 * Content is escaped text, so it can hold no comment of its own to lose.
 */
export function withoutHydrationMarkers(html: string): string {
	return html.replace(/<!--[[\]!0-9]*-->/g, '');
}
