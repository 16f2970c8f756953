/**
 * What the prerendered static map draws: built once at build time (build.ts), passed to the page
 * as plain serialisable data, drawn by StaticMap.svelte. Coordinates are SVG user units of the
 * frame (`width` x `height`, y down) unless noted.
 */

import type { OverlayColour } from '../palette';

/** One overlay as the static map draws it (overlays.yaml, through the topology). */
export interface StaticOverlay {
	id: string;
	/** Its label; an approximate overlay's says "approximate". */
	name: string;
	style: 'hatch' | 'tint';
	colour: OverlayColour;
	/** A hand-drawn guess: its outline is dashed. */
	approximate: boolean;
	/** Compact SVG path text. */
	d: string;
}

/** A rectangle in user units: [x0, y0, x1, y1]. */
export type Box = [x0: number, y0: number, x1: number, y1: number];

export interface StaticCountry {
	/** ISO 3166-1 alpha-3. */
	iso3: string;
	/** English name (the accessible name of its link). */
	name: string;
	/** One of the essay's four countries: drawn in the warm colour. */
	focus: boolean;
	/** Compact SVG path text. */
	d: string;
	/** Where the country's link goes without JavaScript; absent: not a link (not in the content). */
	href?: string;
	/** Where its name label goes, in user units: where the WebGL map's keyboard focus shows it. */
	labelPoint?: [number, number];
}

/** Where a label's first baseline sits relative to its point, in CSS pixels. */
export interface LabelPlacement {
	dx: number;
	dy: number;
	anchor: 'start' | 'middle' | 'end';
}

export type LabelKind = 'focus' | 'country' | 'city' | 'water' | 'region';

export interface LabelLine {
	text: string;
	/** A local-script name (drawn smaller, under the English one). */
	local?: boolean;
	/**
	 * First size tier (see labelStyle.ts LABEL_TIERS) that shows this line; default 0 (all). Cities'
	 * local names wait for a wider map, as on the WebGL map's first view on a phone.
	 */
	fromTier?: number;
}

/**
 * A label at a point. `placements[t]` says where it goes when the map is at size tier `t` (phone,
 * tablet, desktop: labelStyle.ts LABEL_TIERS); null hides it there because it would collide.
 */
export interface StaticLabel {
	kind: LabelKind;
	/** A region's colour token (overlays.yaml), for its fill colour. */
	colour?: OverlayColour;
	lines: LabelLine[];
	x: number;
	y: number;
	placements: (LabelPlacement | null)[];
}

export interface StaticPlace {
	id: string;
	name: string;
	localName?: string;
	x: number;
	y: number;
	/** A key city (its name is among the labels). */
	label: boolean;
	/** The content's place kind (capital, city, town, site, district, corridor): styles the dot. */
	kind?: string;
	/** Where the place's link goes without JavaScript (e.g. its first event); absent: no link. */
	href?: string;
}

export interface StaticMapData {
	/** The frame, i.e. the viewBox: the WebGL map's first view (INITIAL_BOUNDS) with padding. */
	width: number;
	height: number;
	/** The drawn area (MAX_BOUNDS projected), larger than the frame; beyond it is only water. */
	extent: Box;
	/**
	 * The frame's Web Mercator, as d3 geoMercator has it: user units per radian and the
	 * translate, so the browser can turn a pan or zoom into a lon/lat view (view.ts).
	 */
	projection: { scale: number; translate: [number, number] };
	/** Focus countries first, then the other linked ones, then the rest. */
	countries: StaticCountry[];
	/** Land borders, each once. */
	borders: string;
	/** Coasts (the countries' outer edges without the clip box). */
	coastline: string;
	/** The story's overlays, in drawing order. */
	overlays: StaticOverlay[];
	/** In placement priority order. */
	labels: StaticLabel[];
	/** Places inside the drawn area, key cities last (drawn on top of sites at the same spot). */
	places: StaticPlace[];
}
