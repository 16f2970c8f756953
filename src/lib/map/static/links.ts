import { isPlainClick } from '$lib/utils/clicks';

/**
 * Runs a handler instead of following a static map link, for a plain click or Enter. The link
 * takes focus first (a mouse click on an SVG link does not give it focus), so that a panel or
 * popup that opens can hand focus back to it.
 */
export function activateLink(
	event: MouseEvent,
	handler: ((id: string) => void) | undefined,
	id: string
): void {
	if (!handler || !isPlainClick(event)) return;
	event.preventDefault();
	if (event.currentTarget instanceof SVGElement) event.currentTarget.focus({ preventScroll: true });
	handler(id);
}
