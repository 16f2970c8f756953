/**
 * Where the tour's panel sits. It takes the panels' placements (story/layout.ts) except on wide
 * screens, where it is wider than a side panel so that a claim and its answer fit side by side;
 * the camera's padding follows, so the step's places stay in the part of the map left visible.
 */
import type { PaddingOptions } from 'maplibre-gl';
import { SIDE_GAP, panelInsets, panelMode, type LayoutSize } from './layout.js';

/** Widest the tour card gets on wide screens, in CSS pixels. */
export const TOUR_SIDE_WIDTH = 600;
/** Most of the map's width the card (with its gaps) may cover. */
export const TOUR_SIDE_SHARE = 0.6;

/** The map padding while the tour is open: like an open panel's, with the wider side card. */
export function tourInsets(size: LayoutSize): PaddingOptions {
	const insets = panelInsets(true, size);
	if (size.mapWidth <= 0 || size.mapHeight <= 0 || panelMode(size.viewportWidth) !== 'side') {
		return insets;
	}
	const card = Math.min(TOUR_SIDE_WIDTH, size.mapWidth * TOUR_SIDE_SHARE - 2 * SIDE_GAP);
	return { ...insets, left: Math.round(Math.max(0, card) + 2 * SIDE_GAP) };
}

/** The sizes above as CSS custom properties (generated into the page's stylesheet, styles/tokens.ts). */
export function tourCssVars(): Record<string, string> {
	return {
		'--tour-side-width': `${TOUR_SIDE_WIDTH}px`,
		'--tour-side-share': `${TOUR_SIDE_SHARE * 100}%`
	};
}
