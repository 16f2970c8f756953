/**
 * The explore controller: the one owner of the reader's state on a page with the map. It holds the
 * story state, the URL sync, the popup and focus rules, the layout the panels leave to the map, and
 * one view-model for the map (`map`). Views read it and call its methods; routes only compose.
 * The embed passes `history: null`: in an iframe, history entries would land in the parent's Back.
 */
import { untrack } from 'svelte';
import type { PaddingOptions } from 'maplibre-gl';
import type { ContentIndex } from '$lib/content/selectors';
import { INITIAL_BOUNDS, MAX_BOUNDS, type Bounds } from '$lib/geo/region';
import type { CameraTarget } from '$lib/map/camera';
import type { LoadTrigger } from '$lib/map/static/schedule';
import { cameraTargetFor, tourTargetFor, type CameraContext } from './camera';
import { ExploreUi } from './focus.svelte';
import { followPopup } from './popup.svelte';
import { cameraPadding, panelInsets, popupIsSheet } from './layout';
import { Viewport } from './viewport.svelte';
import { offMapPlaces, placesOnMap } from './onMap';
import { StoryState } from './state.svelte';
import { tourHighlight } from './tourHighlight';
import { tourInsets } from './tourLayout';
import { knownIds, panelFor, type KnownIds, type Panel } from './url';
import { formatView, type ViewState } from './view';
import { UrlSync, type HistoryWriter } from './urlSync.svelte';
import { stable } from './equal';
import { afterNextPaint } from '$lib/utils/afterPaint';

export interface ExploreOptions {
	index: ContentIndex;
	/** Country bounds computed at build time (the page's load). */
	countryBounds: Record<string, Bounds>;
	/** SvelteKit's shallow routing; null: read the URL once and never write history. */
	history: HistoryWriter | null;
	/** When the WebGL map starts without a selection (the bench overrides it). */
	firstLoad?: LoadTrigger;
	/**
	 * The selected claim's countries stand out and its first place is ringed, outside the tour
	 * too: for the embed, which has no panel to name them.
	 */
	markSelectedClaim?: boolean;
}

/** What the map shows: one value, so that the map stage reads one place. */
export interface MapModel {
	highlightCountries: readonly string[];
	selectedCountry: string | null;
	activePlace: string | null;
	/** Where the camera goes; null: leave it where it is. */
	camera: CameraTarget | null;
	cameraPadding: PaddingOptions;
	popupPadding: PaddingOptions;
	loadWebGL: LoadTrigger;
}

const panelKey = (p: Panel) => (p ? `${p.kind}:${p.id}` : null);

export class Explore {
	readonly index: ContentIndex;
	readonly known: KnownIds;
	readonly story: StoryState;
	readonly sync: UrlSync | null;
	readonly ui = new ExploreUi();

	/** Countries with claims: the hover tint and the highlight. */
	readonly claimCountries: ReadonlySet<string>;
	readonly #camera: CameraContext;
	readonly #firstLoad: LoadTrigger;
	readonly #markClaim: boolean;

	/** The window's and the map area's sizes, measured by the page. */
	readonly viewport = new Viewport();
	/** Whether the WebGL map is running (its canvas exists). */
	mapReady = $state(false);
	panelOpen = $derived.by(() => this.story.panel !== null);
	touring = $derived.by(() => this.story.panel?.kind === 'tour');

	// --- The popup.
	popupPlace = $derived.by(() =>
		this.ui.popup ? this.index.placeById.get(this.ui.popup.placeId) : undefined
	);
	/** A place the reader opened (not the current event's): a state of its own, ?place=. */
	openedPlace = $derived(
		this.ui.popup && this.ui.popup.eventId === undefined ? this.ui.popup.placeId : undefined
	);
	sheetPlace = $derived(this.viewport.sheet && this.openedPlace ? this.popupPlace : undefined);
	mapPopupPlace = $derived(this.viewport.sheet ? undefined : this.popupPlace);
	/** The current event's first place on the map: it gets the popup, the camera leaves room. */
	eventPopupPlace = $derived.by(() => {
		const id = this.story.selection.event;
		const event = id ? this.index.eventById.get(id) : undefined;
		return event ? placesOnMap(this.index.placesOf(event), MAX_BOUNDS)[0] : undefined;
	});
	/** The places the map cannot frame, of the current event or else of the open place. */
	offMap = $derived.by(() => {
		const id = this.story.selection.event;
		const event = id ? this.index.eventById.get(id) : undefined;
		const places = event ? this.index.placesOf(event) : this.popupPlace ? [this.popupPlace] : [];
		return offMapPlaces(places, MAX_BOUNDS);
	});
	/** What the sheet covers: what an open panel's would. */
	sheetInsets = $derived(panelInsets(true, this.viewport.size));

	// --- The map's view-model.
	#readerView = '';
	#stepped = false;
	#cameraTarget = $derived.by(
		stable(() => {
			const focus = this.story.focus;
			if (focus.kind !== 'default') this.#stepped = true;
			if (focus.kind === 'view' && formatView(focus.view) === this.#readerView) return null;
			// Until the reader's first step the WebGL map keeps the view the static map handed it.
			if (focus.kind === 'default' && !this.#stepped) return null;
			// A step of the tour frames what it concerns beside the card.
			return this.touring && focus.kind === 'claim'
				? tourTargetFor(focus.id, this.#camera)
				: cameraTargetFor(focus, this.#camera);
		})
	);
	#cameraPadding = $derived.by(
		stable(() =>
			this.touring
				? tourInsets(this.viewport.size)
				: cameraPadding(
						this.panelOpen,
						this.eventPopupPlace !== undefined && !this.viewport.sheet,
						this.viewport.size
					)
		)
	);
	#popupPadding = $derived.by(
		stable(() =>
			this.touring
				? tourInsets(this.viewport.size)
				: panelInsets(this.panelOpen, this.viewport.size)
		)
	);
	#live: MapModel = $derived.by(() => {
		const { selection } = this.story;
		const tour = tourHighlight(this.index, {
			tour: selection.tour || this.#markClaim,
			claim: selection.claim
		});
		const hasSelection = Object.values(selection).some((v) => v !== undefined);
		return {
			highlightCountries: tour?.countries ?? this.#highlight,
			selectedCountry: selection.country ?? null,
			activePlace: this.ui.popup?.placeId ?? tour?.place ?? null,
			camera: this.#cameraTarget,
			cameraPadding: this.#cameraPadding,
			popupPadding: this.#popupPadding,
			// The WebGL map waits for the reader's first press, wheel or key on the map, or for a
			// selection for the camera to frame (a deep link, or the reader's first step).
			loadWebGL: hasSelection ? 'immediately' : this.#firstLoad
		};
	});
	/**
	 * What the maps show: the view-model, applied once the page has painted its response to the
	 * reader (a panel, a popup, the timeline's card), so that no map work holds that frame up. The
	 * one place where the map waits for a paint; its first value is there at once.
	 */
	declare map: MapModel;
	readonly #highlight: readonly string[];

	#shownPanel: string | null = null;

	constructor(options: ExploreOptions) {
		this.index = options.index;
		this.known = knownIds(options.index.content);
		this.story = new StoryState({
			eventOrder: options.index.eventsInDateOrder().map((e) => e.id),
			known: this.known
		});
		this.sync = options.history
			? new UrlSync({ story: this.story, known: this.known, history: options.history })
			: null;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once, never changed
		this.claimCountries = new Set(options.index.countriesWithClaims().map((c) => c.id));
		this.#highlight = [...this.claimCountries];
		this.#camera = {
			index: options.index,
			countryBounds: options.countryBounds,
			limits: MAX_BOUNDS,
			defaultBounds: INITIAL_BOUNDS
		};
		this.#firstLoad = options.firstLoad ?? 'interaction';
		this.#markClaim = options.markSelectedClaim ?? false;

		$effect.pre(() => {
			this.#shownPanel = panelKey(this.story.panel);
		});
		this.map = $state.raw(untrack(() => this.#live));
		$effect(() => {
			const next = this.#live;
			if (next !== untrack(() => this.map)) return afterNextPaint(() => (this.map = next));
		});
		followPopup(this);
	}

	/**
	 * Starts following the URL and the reader's steps (call on mount); returns the stop function.
	 * `fallbackFocus`: where focus goes when nothing better is left.
	 */
	start(fallbackFocus: HTMLElement | null): () => void {
		this.ui.fallbackFocus = fallbackFocus;
		const stopFocus = this.story.onCommit((selection) => {
			const next = panelKey(panelFor(selection));
			if (!next || next === this.#shownPanel) return;
			// On a phone the place's sheet would cover the panel: it closes first, so that focus
			// returns from it to what opened it, and from the panel to there later.
			if (popupIsSheet(window.innerWidth)) this.ui.closePopup();
			this.ui.panelOpenedByReader(this.#shownPanel !== null);
		});
		const stopSync = this.sync?.start() ?? (() => {});
		return () => {
			stopSync();
			stopFocus();
		};
	}

	// --- What the reader does. The reading lists' links select through these (StateSelector).

	selectCountry(iso3: string): void {
		this.ui.closePopup();
		this.story.selectCountry(iso3);
	}

	/**
	 * Makes an event current. The current event selects nothing new, but the reader who closed
	 * its popup expects it back: it reopens.
	 */
	selectEvent(id: string): void {
		if (id !== this.story.selection.event) this.story.selectEvent(id);
		else if (this.ui.popup?.eventId !== id)
			this.ui.showEventPopup(this.eventPopupPlace?.id ?? null, id);
	}

	selectClaim(id: string): void {
		this.story.selectClaim(id);
	}

	openPlace(id: string): void {
		this.ui.openPlace(id);
	}

	/** Closes the panel; focus returns to what opened it (a tour a link opened: its start). */
	closePanel(): void {
		const fallback = this.story.panel?.kind === 'tour' ? this.ui.tourStart : null;
		this.story.closePanel();
		this.ui.restorePanelFocus(fallback ?? undefined);
	}

	/** Escape: closes the topmost thing, the popup, then the panel. Returns whether it did. */
	closeTopmost(): boolean {
		if (this.ui.popup) {
			this.ui.closePopup(true);
			return true;
		}
		if (this.story.panel) {
			this.closePanel();
			return true;
		}
		return false;
	}

	/** A pan or zoom settled; only the reader's own are a state (?view=). */
	moveEnded(view: ViewState, byUser: boolean): void {
		if (!byUser) return;
		this.#readerView = formatView(view);
		this.story.setView(view);
	}

	/** A popup (or the sheet) opened: it takes focus if the reader opened it. */
	popupOpened(element: HTMLElement): void {
		this.ui.popupElement = element;
		if (this.ui.takePopupFocus()) {
			element.querySelector<HTMLElement>('[data-popup-heading]')?.focus({ preventScroll: true });
		}
	}

	/** The WebGL map started (its canvas) or stopped (null). */
	mapStarted(canvas: HTMLElement | null): void {
		this.mapReady = canvas !== null;
		this.ui.popupFallbackFocus = canvas;
	}
}
