/**
 * Where the panel sits, by screen size, and how much of the map it covers, so the camera can
 * frame its target in the part of the map that stays visible. The page sets
 * `data-panel-mode` from `panelMode()` and the panel's CSS reads the sizes below as custom
 * properties, generated from `panelCssVars` (styles/tokens.ts).
 *
 * - 'side': wide screens; a card over the map's left edge.
 * - 'column': narrow desktops, where the map is too narrow to give up a side; the panel covers
 *   the text column (as tall as the window) and leaves the whole map free.
 * - 'phone': phones (<= 860 px, where the map sits above the text); a bottom sheet fixed to the
 *   window, covering at most its lower half, so the map above stays visible and pannable.
 */
import type { PaddingOptions } from 'maplibre-gl';

export type PanelMode = 'side' | 'column' | 'phone';

/** Widest viewport laid out as a phone (map above the text); matches the page's media query. */
export const PHONE_MAX_WIDTH = 860;
/** Narrowest viewport that keeps the panel beside the map rather than under it. */
export const SIDE_MIN_WIDTH = 1180;
/** Width of the side panel and its gap to the map's edges, in CSS pixels. */
export const SIDE_WIDTH = 400;
export const SIDE_GAP = 12;
/** Width of the text column on desktops (the page's grid); the 'column' panel covers it. */
export const TEXT_COLUMN_WIDTH = 460;
/** Share of the window the phone sheet covers. */
export const PHONE_SHEET_SHARE = 0.5;

/** The panel's placement for a viewport width. */
export function panelMode(viewportWidth: number): PanelMode {
	if (viewportWidth <= PHONE_MAX_WIDTH) return 'phone';
	return viewportWidth >= SIDE_MIN_WIDTH ? 'side' : 'column';
}

export interface LayoutSize {
	viewportWidth: number;
	viewportHeight: number;
	/** Size of the map's box (the map area), in CSS pixels. */
	mapWidth: number;
	mapHeight: number;
	/** Top of the map's box in the window (phones scroll it away). */
	mapTop?: number;
}

const NONE: PaddingOptions = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The map padding that keeps camera targets (and popups) out from under an open panel: the
 * side panel's width plus its gaps on the left, or the part of the map the phone sheet covers
 * at the bottom. Zero when the panel is closed or covers the text column instead of the map.
 */
export function panelInsets(open: boolean, size: LayoutSize): PaddingOptions {
	if (!open || size.mapWidth <= 0 || size.mapHeight <= 0) return NONE;
	const mode = panelMode(size.viewportWidth);
	if (mode === 'side') {
		// Never more than half the map: what stays visible must still show a country.
		const left = Math.min(SIDE_WIDTH + 2 * SIDE_GAP, size.mapWidth / 2);
		return { ...NONE, left: Math.round(left) };
	}
	if (mode === 'column') return NONE;
	const sheetTop = size.viewportHeight * (1 - PHONE_SHEET_SHARE);
	const mapBottom = (size.mapTop ?? 0) + size.mapHeight;
	const covered = Math.max(0, Math.min(size.mapHeight, mapBottom - sheetTop));
	// Keep at least a third of the map for the target, even if the sheet covers more.
	return { ...NONE, bottom: Math.round(Math.min(covered, (size.mapHeight * 2) / 3)) };
}

/**
 * Share of the map's height kept free above a camera target whose place gets a popup, so the
 * point sits low in the frame and the popup (at most 45% of the map tall) opens above it.
 */
export const POPUP_ROOM = 0.4;

/** The camera's padding: the panel's insets, plus room above the point when a popup will open. */
export function cameraPadding(
	panelOpen: boolean,
	popupExpected: boolean,
	size: LayoutSize
): PaddingOptions {
	const insets = panelInsets(panelOpen, size);
	if (!popupExpected || size.mapHeight <= 0) return insets;
	return { ...insets, top: Math.round(size.mapHeight * POPUP_ROOM) };
}

/**
 * Whether a place's popup is a bottom sheet (phones) rather than a popup on the map: on a phone a
 * popup on the map is a small scroll window, and it runs off the screen when the map pans.
 */
export function popupIsSheet(viewportWidth: number): boolean {
	return panelMode(viewportWidth) === 'phone';
}

/** The sizes above as CSS custom properties (generated into the page's stylesheet, styles/tokens.ts). */
export function panelCssVars(): Record<string, string> {
	return {
		'--panel-side-width': `${SIDE_WIDTH}px`,
		'--panel-gap': `${SIDE_GAP}px`,
		'--text-column': `${TEXT_COLUMN_WIDTH}px`,
		'--panel-phone-share': `${PHONE_SHEET_SHARE * 100}`
	};
}
