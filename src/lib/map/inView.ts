/**
 * Keeping a point in the part of the map that nothing covers. Pure: the map components measure,
 * this decides.
 */
import type { PaddingOptions } from 'maplibre-gl';

/**
 * The pan, in pixels as MapLibre's `panBy` takes them (the view moves by that much, so the point
 * moves the other way), that brings a point of a map of `size` into the part `insets` leave
 * free, `margin` inside its edges: along each axis where it lies outside, to the middle of the
 * free part. Null when the point is in view already, or when no part is free.
 */
export function panToShow(
	[x, y]: readonly [number, number],
	size: { width: number; height: number },
	insets: PaddingOptions,
	margin = 0
): [number, number] | null {
	const free = {
		left: (insets.left ?? 0) + margin,
		right: size.width - (insets.right ?? 0) - margin,
		top: (insets.top ?? 0) + margin,
		bottom: size.height - (insets.bottom ?? 0) - margin
	};
	if (free.right <= free.left || free.bottom <= free.top) return null;
	const along = (at: number, low: number, high: number) =>
		at < low || at > high ? at - (low + high) / 2 : 0;
	const dx = along(x, free.left, free.right);
	const dy = along(y, free.top, free.bottom);
	return dx || dy ? [Math.round(dx), Math.round(dy)] : null;
}
