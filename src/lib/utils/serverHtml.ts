import type { Component } from 'svelte';
import { render } from 'svelte/server';

/**
 * Svelte's server output carries comments that only hydration reads: block markers ("[", "[!",
 * "]", "[<index>") and empty anchors. HTML that is never hydrated does without them.
 * Content is escaped text, so it can hold no comment of its own to lose.
 */
export function withoutHydrationMarkers(html: string): string {
	return html.replace(/<!--[[\]!0-9]*-->/g, '');
}

/**
 * The value of an {@html} that holds a component rendered on the server only (an island the
 * client keeps as prerendered): the component's markup on the server; on the client, and where
 * there is no component, a single space. Hydration keeps the server's HTML for an {@html} whose
 * value differs (it never repairs), so the space is never shown; an empty string would not keep
 * it. The dev server hydrates islands as ordinary components, so there it is a space too.
 */
export function serverOnlyHtml<Props extends Record<string, unknown>>(
	component: Component<Props> | null,
	options: { props?: Props; context?: Map<unknown, unknown> } = {}
): string {
	if (!import.meta.env.SSR || import.meta.env.DEV || !component) return ' ';
	return withoutHydrationMarkers(render(component as Component, options).body);
}
