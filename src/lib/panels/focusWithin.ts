/**
 * Whether focus is inside an element, kept up to date from its focus events so that it can still
 * be asked once the element has left the document: Svelte removes a block's DOM before it runs
 * the block's teardowns, and by then the browser has already moved focus to the body, so
 * `el.contains(document.activeElement)` is always false in a teardown.
 */
export interface FocusWithin {
	/** Whether focus was inside the element when it was last in the document. */
	holds(): boolean;
	/** Stops listening. */
	stop(): void;
}

export function focusWithin(el: HTMLElement): FocusWithin {
	let inside = el.contains(document.activeElement);
	const onFocusIn = () => (inside = true);
	const onFocusOut = (e: FocusEvent) => {
		if (e.relatedTarget instanceof Node) {
			inside = el.contains(e.relatedTarget);
			return;
		}
		// Focus went nowhere, or the element is being removed (some browsers blur on removal):
		// decide once the change under way is done, after any teardown has read the old value.
		queueMicrotask(() => (inside = el.isConnected && el.contains(document.activeElement)));
	};
	el.addEventListener('focusin', onFocusIn);
	el.addEventListener('focusout', onFocusOut);
	return {
		holds: () => inside,
		stop() {
			el.removeEventListener('focusin', onFocusIn);
			el.removeEventListener('focusout', onFocusOut);
		}
	};
}
