/**
 * The story state: what the reader has selected (country, event, claim, map view), shared with
 * every component through a typed context. It knows nothing of URLs: each change made by the
 * reader is announced to commit listeners as 'push' (a step worth a history entry) or 'replace'
 * (the view, or automatic playback steps), and urlSync turns that into history. Changes that come
 * from the URL (apply) are not announced, so reading the URL never writes it back.
 *
 * Selection rules (see url.ts): a country or claim opens the panel (the claim wins and the country
 * stays as its context); the event is the timeline's current one and does not touch the panel;
 * every step drops the view, so the camera goes to what was selected. A place the reader opened
 * (selectPlace) keeps the view and the panel; every other step closes it. The argument tour (tourTo)
 * selects its step's claim alone; any other step, or closing the panel, leaves the tour.
 */
import { getContext, setContext } from 'svelte';
import { normaliseView, type ViewState } from './view';
import {
	focusOf,
	panelFor,
	sameSelection,
	type CameraFocus,
	type KnownIds,
	type Panel,
	type Selection
} from './url';
import { step as stepTo, type EventOrder, type StepAction } from '$lib/story/stepping';

/** 'push' for a reader's step, 'replace' for a view change or an automatic step. */
export type CommitKind = 'push' | 'replace';
export type CommitListener = (selection: Readonly<Selection>, kind: CommitKind) => void;

export interface StoryStateOptions {
	/** Event ids in date order (selectors' eventsInDateOrder). */
	eventOrder: EventOrder;
	/** The ids that exist; selecting anything else is a programming error and throws. */
	known: KnownIds;
	/** Starting selection (already validated, e.g. parsed from the URL). */
	initial?: Selection;
}

export class StoryState {
	/** The current selection; replaced as a whole on every change, never mutated. */
	selection: Readonly<Selection> = $state.raw({});
	readonly eventOrder: EventOrder;
	readonly known: KnownIds;

	/** Position of the current event in eventOrder; -1 when none. */
	currentEventIndex: number = $derived(this.#indexOf(this.selection.event));
	/** What the side panel shows. */
	panel: Panel = $derived(panelFor(this.selection));
	/** Where the camera should be. */
	focus: CameraFocus = $derived(focusOf(this.selection));

	#index: ReadonlyMap<string, number>;
	// Plain Set on purpose: listeners are wiring, not state anything renders.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#listeners = new Set<CommitListener>();

	constructor(options: StoryStateOptions) {
		this.eventOrder = options.eventOrder;
		this.known = options.known;
		this.#index = indexById(options.eventOrder);
		if (options.initial) this.apply(options.initial);
	}

	/** Opens a country's panel (closing a claim's); undefined deselects the country. */
	selectCountry(code: string | undefined): void {
		const country = code?.toUpperCase();
		if (country !== undefined) this.#check('country', country, this.known.countries);
		this.#commit(
			{
				...this.selection,
				country,
				claim: undefined,
				tour: undefined,
				place: undefined,
				view: undefined
			},
			'push'
		);
	}

	/**
	 * Makes an event current (timeline, popup, camera); undefined deselects it. `replace` keeps
	 * it out of history (automatic playback steps after the first).
	 */
	selectEvent(id: string | undefined, options: { replace?: boolean } = {}): void {
		if (id !== undefined) this.#check('event', id, this.known.events);
		this.#commit(
			{ ...this.selection, event: id, tour: undefined, place: undefined, view: undefined },
			options.replace ? 'replace' : 'push'
		);
	}

	/** Shows a claim in the panel (a selected country stays as context); undefined closes it. */
	selectClaim(id: string | undefined): void {
		if (id !== undefined) this.#check('claim', id, this.known.claims);
		this.#commit(
			{ ...this.selection, claim: id, tour: undefined, place: undefined, view: undefined },
			'push'
		);
	}

	/**
	 * Shows a claim as a step of the argument tour: the claim alone (no country, event or view,
	 * so the camera goes to the claim's places). `replace` keeps it out of history (the tour
	 * picking its first step for a bare ?tour=1).
	 */
	tourTo(id: string, options: { replace?: boolean } = {}): void {
		this.#check('claim', id, this.known.claims);
		this.#commit({ claim: id, tour: true }, options.replace ? 'replace' : 'push');
	}

	/**
	 * Opens a place (its popup), or closes it with undefined: a step of its own, which keeps the
	 * panel, the current event and the view (opening a place does not move the camera).
	 */
	selectPlace(id: string | undefined): void {
		if (id !== undefined) this.#check('place', id, this.known.places);
		this.#commit({ ...this.selection, place: id }, 'push');
	}

	/** Moves through the events; returns whether the current event changed. */
	stepEvent(action: StepAction): boolean {
		const target = stepTo(this.eventOrder, this.selection.event, action);
		if (target === undefined || target === this.selection.event) return false;
		this.selectEvent(target);
		return true;
	}

	/** Closes the panel (country, claim, tour); the current event stays. */
	closePanel(): void {
		this.#commit(
			{ ...this.selection, country: undefined, claim: undefined, tour: undefined },
			'push'
		);
	}

	/** Back to the default view: nothing selected, the map where it is. */
	clear(): void {
		this.#commit({ view: this.selection.view }, 'push');
	}

	/**
	 * Records the reader's own pan or zoom (call on user-initiated moves only, not on the camera
	 * moves the story makes). Rounded as in the URL; undefined or non-finite removes it.
	 */
	setView(view: ViewState | undefined): void {
		this.#commit({ ...this.selection, view: view && normaliseView(view) }, 'replace');
	}

	/** Sets the whole selection from outside (the URL) without announcing it. Must be valid. */
	apply(selection: Selection): void {
		const next = clean(selection);
		if (!sameSelection(next, this.selection)) this.selection = next;
	}

	/** Listens to the reader's changes; returns the function that stops listening. */
	onCommit(listener: CommitListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#indexOf(id: string | undefined): number {
		return id === undefined ? -1 : (this.#index.get(id) ?? -1);
	}

	#check(kind: string, id: string, known: ReadonlySet<string>): void {
		if (!known.has(id)) throw new RangeError(`StoryState: no ${kind} with id "${id}"`);
	}

	#commit(selection: Selection, kind: CommitKind): void {
		const next = clean(selection);
		if (sameSelection(next, this.selection)) return;
		this.selection = next;
		for (const listener of this.#listeners) listener(next, kind);
	}
}

/** Event id -> position, for O(1) lookups; built once, never changed. */
function indexById(order: EventOrder): ReadonlyMap<string, number> {
	return new Map(order.map((id, i) => [id, i]));
}

/** Drops undefined fields, so selections compare and serialise the same however they were built. */
function clean(s: Selection): Selection {
	const out: Selection = {};
	if (s.country) out.country = s.country;
	if (s.event) out.event = s.event;
	if (s.claim) out.claim = s.claim;
	if (s.tour) out.tour = true;
	if (s.place) out.place = s.place;
	if (s.view) {
		const view = normaliseView(s.view);
		if (view) out.view = view;
	}
	return out;
}

const STORY_KEY = Symbol('story-state');

/** Provides the story state to this component's descendants (call during initialisation). */
export function setStoryContext(story: StoryState): StoryState {
	return setContext(STORY_KEY, story);
}

/** The story state of the nearest provider; throws when there is none (call during init). */
export function getStoryContext(): StoryState {
	const story = getContext<StoryState | undefined>(STORY_KEY);
	if (!story) {
		throw new Error('getStoryContext(): no story state; call setStoryContext() in a parent');
	}
	return story;
}
