/**
 * The static map's overlay (dots, labels, the popup) is sized by CSS, not by the viewBox, so its
 * coordinates are percentages of the frame: text and dots keep their pixel size at any width.
 */
export function overlayPercent(value: number, extent: number): string {
	return `${Math.round((value / extent) * 1e4) / 100}%`;
}
