/**
 * The explore view's UI state that is not part of the URL: which place popup is open, and where
 * keyboard focus goes when a panel or popup opens or closes. Owned by the explore controller.
 *
 * Focus rules: when the reader opens a panel or a place popup, focus moves to
 * its heading, and back to what they used to open it when they close it. A panel or popup that
 * opens from the URL (load, Back/Forward) or from a timeline step leaves focus where it is.
 */
import { getContext, setContext } from 'svelte';

/** The place popup: which place, and which of its events is the current one (if any). */
export interface PopupState {
	placeId: string;
	eventId?: string;
}

/** What focus can return to: HTML elements, and the static map's SVG links. */
export type Focusable = HTMLElement | SVGElement;

/** Something focusable that may have left the document since it was remembered. */
function usable(el: Focusable | null): el is Focusable {
	return el !== null && el.isConnected && el !== el.ownerDocument.body;
}

const rendered = (el: Element) => el.getClientRects().length > 0;

/**
 * What focus returns to for a remembered element: itself while it is rendered, else the same
 * place or country on the map that is shown now (the static map, hidden once the WebGL map takes
 * over, marks its links as the WebGL map's keyboard controls are marked), else nothing.
 */
function standIn(el: Focusable | null): Focusable | null {
	if (!usable(el)) return null;
	if (rendered(el)) return el;
	for (const name of ['data-place', 'data-iso3']) {
		const value = el.getAttribute(name);
		if (!value) continue;
		const same = el.ownerDocument.querySelectorAll<Focusable>(
			`a[${name}="${CSS.escape(value)}"], button[${name}="${CSS.escape(value)}"]`
		);
		const shown = [...same].find((other) => other !== el && rendered(other));
		if (shown) return shown;
	}
	return null;
}

function focusedElement(): Focusable | null {
	const el = globalThis.document?.activeElement;
	if (!el) return null;
	return el instanceof HTMLElement || el instanceof SVGElement ? el : null;
}

export class ExploreUi {
	/** The open place popup; null when none. One at a time. */
	popup: PopupState | null = $state.raw(null);

	/** Where focus goes when what it should return to is gone (set by the page). */
	fallbackFocus: HTMLElement | null = null;
	/** Where focus goes after a tour that a link opened: where a reader starts it. */
	tourStart: HTMLElement | null = null;
	/** Where focus goes after a popup that nothing opened (the URL did): the map's canvas. */
	popupFallbackFocus: HTMLElement | null = null;
	/** The open popup's content element (set when it opens), to tell whether it holds focus. */
	popupElement: HTMLElement | null = null;

	#panelTrigger: Focusable | null = null;
	#panelWantsFocus = false;
	#popupTrigger: Focusable | null = null;
	#popupWantsFocus = false;

	/**
	 * The reader acted to open or change the panel (call before the panel renders). The element
	 * focused now is where focus returns on close, unless a panel was already open: then the
	 * first trigger stays, so closing a claim opened from a country panel returns to the list.
	 */
	panelOpenedByReader(wasOpen: boolean, trigger: Focusable | null = focusedElement()): void {
		if (!wasOpen || !usable(this.#panelTrigger)) this.#panelTrigger = trigger;
		this.#panelWantsFocus = true;
	}

	/** Whether the panel that just rendered should take focus (answers once per request). */
	takePanelFocus(): boolean {
		const wants = this.#panelWantsFocus;
		this.#panelWantsFocus = false;
		return wants;
	}

	/**
	 * Returns focus to what opened the panel (or the fallback) after it closed. Deferred by a
	 * microtask, until the page has updated: the trigger may be inert while the panel covers it.
	 */
	restorePanelFocus(fallback: HTMLElement | null = this.fallbackFocus): void {
		const target = standIn(this.#panelTrigger) ?? fallback;
		this.#panelTrigger = null;
		this.#panelWantsFocus = false;
		queueMicrotask(() => target && focusInView(target));
	}

	/**
	 * A panel holding focus is going away without the reader closing it (Back, a link that
	 * replaced it). If another panel renders at once, it takes focus; otherwise focus returns to
	 * what opened the first one, so it is never dropped on the page's body.
	 */
	panelFocusLost(): void {
		this.#panelWantsFocus = true;
		queueMicrotask(() => {
			if (this.#panelWantsFocus) this.restorePanelFocus();
		});
	}

	/** Opens a place's popup because the reader asked (a dot or a button); focus moves into it. */
	openPlace(placeId: string, trigger: Focusable | null = focusedElement()): void {
		this.#popupTrigger = trigger;
		this.#popupWantsFocus = true;
		this.popup = { placeId };
	}

	/**
	 * Shows the popup of the current event's place (null: none). Focus stays where it is, unless
	 * it was inside the popup being replaced (a link in it chose the event): then it moves into
	 * the new one, and the old popup's trigger stays the place to return to.
	 */
	showEventPopup(placeId: string | null, eventId: string): void {
		const focusInside = this.#popupHoldsFocus();
		if (!focusInside) this.#popupTrigger = null;
		this.#popupWantsFocus = focusInside && placeId !== null;
		this.popup = placeId ? { placeId, eventId } : null;
		if (!placeId && focusInside) this.#returnFocus();
	}

	/** Whether the popup that just opened should take focus (answers once per request). */
	takePopupFocus(): boolean {
		const wants = this.#popupWantsFocus;
		this.#popupWantsFocus = false;
		return wants;
	}

	/**
	 * Closes the popup. `restoreFocus`: the reader closed it (Escape, its close button), so focus
	 * returns to what opened it, if the popup had taken focus from something.
	 */
	closePopup(restoreFocus = false): void {
		if (!this.popup) return;
		const restore = restoreFocus || this.#popupHoldsFocus();
		this.popup = null;
		this.#popupWantsFocus = false;
		if (restore) this.#returnFocus();
		this.#popupTrigger = null;
	}

	#popupHoldsFocus(): boolean {
		const focused = focusedElement();
		return focused !== null && (this.popupElement?.contains(focused) ?? false);
	}

	/** Back to what opened the popup, or the fallback: never to the page's body. */
	#returnFocus(): void {
		const target = standIn(this.#popupTrigger) ?? this.popupFallbackFocus ?? this.fallbackFocus;
		target?.focus({ preventScroll: true });
	}
}

/**
 * Focuses an element and scrolls only as far as it takes to show it: the browser's own focus
 * scroll centres it, which on a phone sends the map out of the window.
 */
function focusInView(target: Focusable): void {
	target.focus({ preventScroll: true });
	if (!(target instanceof Element)) return;
	const rect = target.getBoundingClientRect();
	if (rect.top < 0 || rect.bottom > window.innerHeight) target.scrollIntoView({ block: 'nearest' });
}

const KEY = Symbol('explore-ui');

/** Provides the explore UI state to descendants (call during initialisation). */
export function setUiContext(ui: ExploreUi): ExploreUi {
	return setContext(KEY, ui);
}

/** The explore UI state of the nearest provider; throws when there is none. */
export function getUiContext(): ExploreUi {
	const ui = getContext<ExploreUi | undefined>(KEY);
	if (!ui) throw new Error('getUiContext(): no explore UI; call setUiContext() in a parent');
	return ui;
}
