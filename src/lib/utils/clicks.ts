/**
 * A plain primary click (or Enter on a link): not one that asks for a new tab or window, and not
 * one a handler already took. Only such a click is answered in place instead of by the link.
 */
export function isPlainClick(
	e: Pick<MouseEvent, 'defaultPrevented' | 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>
): boolean {
	return (
		!e.defaultPrevented && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey
	);
}
