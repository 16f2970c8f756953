/**
 * A map camera position as the URL keeps it (?view=lon,lat,zoom): parsed strictly, clamped to
 * valid ranges and rounded, so that a view written and read back is the same view.
 */

/** A map camera position, as kept in the URL. */
export interface ViewState {
	lon: number;
	lat: number;
	zoom: number;
}

/** Valid camera ranges (Web Mercator); MapLibre's maxBounds narrows them further. */
export const VIEW_LIMITS = {
	lon: [-180, 180],
	lat: [-85.0511, 85.0511],
	zoom: [0, 22]
} as const;

function clamp(x: number, [lo, hi]: readonly [number, number]): number {
	return Math.min(hi, Math.max(lo, x));
}

function round(x: number, decimals: number): number {
	const r = Number(x.toFixed(decimals));
	// -0 would print as "0" but compare unequal in Object.is-based deep equality.
	return r === 0 ? 0 : r;
}

/**
 * Clamps a view to valid ranges and rounds it to what the URL keeps (lon/lat 4 decimals, about
 * 11 m; zoom 2). Returns undefined for non-finite input. Setting a view through this first makes
 * the URL round trip exact.
 */
export function normaliseView(view: ViewState): ViewState | undefined {
	const { lon, lat, zoom } = view;
	if (![lon, lat, zoom].every(Number.isFinite)) return undefined;
	return {
		lon: round(clamp(lon, VIEW_LIMITS.lon), 4),
		lat: round(clamp(lat, VIEW_LIMITS.lat), 4),
		zoom: round(clamp(zoom, VIEW_LIMITS.zoom), 2)
	};
}

// Plain decimals only: no exponents, hex, Infinity or empty parts.
const DECIMAL = /^[+-]?(?:\d{1,12}(?:\.\d{0,12})?|\.\d{1,12})$/;

/** Parses "lon,lat,zoom"; undefined when it is not three plain decimal numbers. */
export function parseView(value: string): ViewState | undefined {
	const parts = value.split(',').map((p) => p.trim());
	if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) return undefined;
	const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
	return normaliseView({ lon, lat, zoom });
}

/** Writes a normalised view as "lon,lat,zoom" (shortest decimal form). */
export function formatView(view: ViewState): string {
	const v = normaliseView(view);
	return v ? `${v.lon},${v.lat},${v.zoom}` : '';
}
