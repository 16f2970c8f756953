/** The real content's index and a fresh story state, for rendering components on their own. */
import { inject } from 'vitest';
import { createIndex, type ContentIndex } from '../../src/lib/content/selectors';
import { StoryState } from '../../src/lib/state/story.svelte';
import type { Selection } from '../../src/lib/state/url';

export const index: ContentIndex = createIndex(inject('content'));

export function newStory(initial?: Selection): StoryState {
	return new StoryState({
		eventOrder: index.eventsInDateOrder().map((e) => e.id),
		known: {
			countries: new Set(index.content.countries.map((c) => c.id)),
			events: new Set(index.content.events.map((e) => e.id)),
			claims: new Set(index.content.claims.map((c) => c.id))
		},
		initial
	});
}
