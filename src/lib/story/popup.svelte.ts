/**
 * Which popup is open, kept in step with the story (the explore controller calls this once): the
 * current event's place gets the popup, and a place the reader opened is a state of its own
 * (?place=) that the URL and the popup share.
 */
import { untrack } from 'svelte';
import type { Place } from '$lib/content/types';
import type { ExploreUi } from './focus.svelte';
import type { StoryState } from './state.svelte';

export interface PopupOwner {
	readonly story: StoryState;
	readonly ui: ExploreUi;
	/** The place the reader opened (not the current event's), if a popup shows one. */
	readonly openedPlace: string | undefined;
	/** The current event's first place on the map. */
	readonly eventPopupPlace: Place | undefined;
}

/** Sets up the effects; call it where effects may be created (a component's or class's setup). */
export function followPopup(owner: PopupOwner): void {
	const { story, ui } = owner;
	// The current event's place gets the popup (a reader's click on a place replaces it).
	$effect(() => {
		const id = story.selection.event;
		untrack(() => {
			if (!id) {
				if (ui.popup?.eventId) ui.closePopup();
				return;
			}
			ui.showEventPopup(owner.eventPopupPlace?.id ?? null, id);
		});
	});
	// The URL follows the popup of a place the reader opened or closed, and the popup follows the
	// URL (a link, a reload, Back and Forward).
	let lastOpened: string | undefined;
	$effect(() => {
		const id = owner.openedPlace;
		if (id === lastOpened) return;
		lastOpened = id;
		untrack(() => {
			if (story.selection.place !== id) story.selectPlace(id);
		});
	});
	$effect(() => {
		const id = story.selection.place;
		untrack(() => {
			if (id === owner.openedPlace) return;
			if (id) ui.popup = { placeId: id };
			else if (owner.openedPlace) ui.closePopup();
		});
	});
}
