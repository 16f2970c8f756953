/** The real content's index and a fresh story state, for rendering components on their own. */
import type { Component, Snippet } from 'svelte';
import { inject } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { createIndex, type ContentIndex } from '../../src/lib/content/selectors';
import { StoryState } from '../../src/lib/story/state.svelte';
import type { Selection } from '../../src/lib/story/url';
import { ExploreUi } from '../../src/lib/story/focus.svelte';
import Harness from './Harness.svelte';

export const index: ContentIndex = createIndex(inject('content'));

export function newStory(initial?: Selection): StoryState {
	return new StoryState({
		eventOrder: index.eventsInDateOrder().map((e) => e.id),
		known: {
			countries: new Set(index.content.countries.map((c) => c.id)),
			events: new Set(index.content.events.map((e) => e.id)),
			claims: new Set(index.content.claims.map((c) => c.id)),
			places: new Set(index.content.places.map((p) => p.id))
		},
		initial
	});
}

/**
 * Renders `component` below the page's contexts: the real content, `story` and `ui` (fresh ones
 * by default). `props` is an object, or a function of the state (read again when it changes).
 */
export function renderInPage<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P | (() => P),
	options: { story?: StoryState; ui?: ExploreUi; before?: Snippet } = {}
) {
	return render(Harness, {
		props: {
			index,
			story: options.story ?? newStory(),
			ui: options.ui ?? new ExploreUi(),
			component: component as Component<Record<string, unknown>>,
			props: typeof props === 'function' ? props : () => props,
			before: options.before
		}
	});
}
