/**
 * Scrolls a place popup's own box (never the page or the map) to its current event; call once the
 * popup is in the document (MapPopup's onOpen), since a detached element has no layout.
 */
export function scrollToCurrent(root: HTMLElement): void {
	const body = root.querySelector<HTMLElement>('[data-popup-body]');
	const current = body?.querySelector<HTMLElement>('[data-current="true"]');
	if (body && current) body.scrollTop = current.offsetTop - 8;
}
