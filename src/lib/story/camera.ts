/**
 * Where the camera goes for a selection (url.ts `focusOf`): a pure function from the story's
 * camera focus to a MapView `CameraTarget`. Ids resolve through the content index; geometry
 * comes from country bounds computed at build time (see countryBounds.ts) and place points.
 * Anything the map cannot show (places or countries outside the region) is left out; a focus with
 * nothing left to show gives null, so the camera stays where it is.
 */
import type { ContentIndex } from '$lib/content/selectors';
import type { Iso3 } from '$lib/content/types';
import type { Bounds, LngLat } from '$lib/geo/region';
import type { CameraTarget } from '$lib/map/camera';
import type { CameraFocus } from '$lib/story/url';
import { inBounds, placesOnMap, pointOf } from './onMap';

export { inBounds, placesOnMap };

/** Zoom for an event at a single place: the city with its province and neighbours around it. */
export const PLACE_ZOOM = 5;
/** Closest zoom when fitting several places or a small country (Azerbaijan, Armenia). */
export const FIT_MAX_ZOOM = 6;
/** Padding around fitted bounds, in pixels (on top of the map's own padding for the panel). */
export const FIT_PADDING = 48;

export interface CameraContext {
	index: ContentIndex;
	/** ISO3 -> [[west, south], [east, north]] of the country as drawn; countries off the map are absent. */
	countryBounds: Readonly<Record<Iso3, Readonly<Bounds>>>;
	/** The map's maxBounds: places outside it are ignored and bounds are cut to it. */
	limits: Readonly<Bounds>;
	/** The first view, for the default focus: the region; places outside it are framed with it. */
	defaultBounds: Readonly<Bounds>;
}

/** The smallest box holding every box and point; undefined for none. */
export function enclose(
	boxes: readonly Readonly<Bounds>[],
	points: readonly Readonly<LngLat>[] = []
): Bounds | undefined {
	const all: Readonly<Bounds>[] = [...boxes, ...points.map((p): Bounds => [[...p], [...p]])];
	if (all.length === 0) return undefined;
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [[bw, bs], [be, bn]] of all) {
		w = Math.min(w, bw);
		s = Math.min(s, bs);
		e = Math.max(e, be);
		n = Math.max(n, bn);
	}
	return [
		[w, s],
		[e, n]
	];
}

/** A box cut to `limits`; undefined when they do not overlap. */
export function clip(box: Readonly<Bounds>, limits: Readonly<Bounds>): Bounds | undefined {
	const [[w, s], [e, n]] = box;
	const [[lw, ls], [le, ln]] = limits;
	const out: Bounds = [
		[Math.max(w, lw), Math.max(s, ls)],
		[Math.min(e, le), Math.min(n, ln)]
	];
	return out[0][0] <= out[1][0] && out[0][1] <= out[1][1] ? out : undefined;
}

function fit(box: Bounds | undefined, limits: Readonly<Bounds>): CameraTarget | null {
	const clipped = box && clip(box, limits);
	return clipped ? { bounds: clipped, padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM } : null;
}

function countryBoxes(ctx: CameraContext, countries: readonly Iso3[]): Readonly<Bounds>[] {
	return countries.flatMap((iso) => {
		const box = ctx.countryBounds[iso];
		return box ? [box] : [];
	});
}

/**
 * The story's home country: the one that more than half of the claims concern (Iran, in an
 * essay about Iran), or none. Nearly every step names it, so framing it with each step's other
 * countries would give every step the same wide view.
 */
export function homeCountry(index: ContentIndex): Iso3 | undefined {
	const counts = new Map<Iso3, number>();
	for (const claim of index.content.claims) {
		for (const iso of claim.countries) counts.set(iso, (counts.get(iso) ?? 0) + 1);
	}
	let best: Iso3 | undefined;
	let most = 0;
	for (const [iso, n] of counts) {
		if (n > most) [best, most] = [iso, n];
	}
	return most * 2 > index.content.claims.length ? best : undefined;
}

/** What a step of the argument concerns on the map: the countries to frame, and the places. */
export interface ClaimSubject {
	countries: Iso3[];
	places: LngLat[];
}

/**
 * The part of a claim the tour frames: its countries on the map other than the story's home
 * country, and its places in those; the home country (and its places) only when the claim
 * concerns nothing else on the map. Null for an unknown claim or one with nothing on the map.
 */
export function claimSubject(id: string, ctx: CameraContext): ClaimSubject | null {
	const claim = ctx.index.claimById.get(id);
	if (!claim) return null;
	const places = placesOnMap(ctx.index.placesOf(claim), ctx.limits);
	const drawn = claim.countries.filter((iso) => ctx.countryBounds[iso]);
	const home = homeCountry(ctx.index);
	const away = drawn.filter((iso) => iso !== home);
	const countries = away.length > 0 ? away : drawn;
	const kept = away.length > 0 ? places.filter((p) => countries.includes(p.country)) : places;
	if (countries.length === 0 && kept.length === 0) return null;
	return { countries, places: kept.map(pointOf) };
}

/**
 * The camera target for a step of the tour: its subject (claimSubject) fitted into the part of
 * the map the tour's card leaves free (the caller's padding), so a step about Tajikistan frames
 * Tajikistan rather than the whole region with Tajikistan at its edge.
 */
export function tourTargetFor(id: string, ctx: CameraContext): CameraTarget | null {
	const subject = claimSubject(id, ctx);
	if (!subject) return null;
	return fit(enclose(countryBoxes(ctx, subject.countries), subject.places), ctx.limits);
}

/**
 * The camera target for a focus: the view itself; an event's place (several places: their
 * bounds; none: its countries); a claim's places and countries together; a country's bounds;
 * the first view by default. Null when nothing of it is on the map.
 */
export function cameraTargetFor(focus: CameraFocus, ctx: CameraContext): CameraTarget | null {
	const { index, limits } = ctx;
	switch (focus.kind) {
		case 'view':
			return { center: [focus.view.lon, focus.view.lat], zoom: focus.view.zoom };
		case 'event': {
			const event = index.eventById.get(focus.id);
			if (!event) return null;
			const places = placesOnMap(index.placesOf(event), limits);
			if (places.length === 1) {
				const point = pointOf(places[0]!);
				// A place far from the region (Moscow, Damascus) is framed with the region, so the
				// reader sees where it lies, not an empty corner of the map with the place at its edge.
				if (!inBounds(ctx.defaultBounds, point)) {
					return fit(enclose([ctx.defaultBounds], [point]), limits);
				}
				return { center: point, zoom: PLACE_ZOOM };
			}
			if (places.length > 1) return fit(enclose([], places.map(pointOf)), limits);
			return fit(enclose(countryBoxes(ctx, event.countries)), limits);
		}
		case 'claim': {
			const claim = index.claimById.get(focus.id);
			if (!claim) return null;
			const points = placesOnMap(index.placesOf(claim), limits).map(pointOf);
			return fit(enclose(countryBoxes(ctx, claim.countries), points), limits);
		}
		case 'country':
			return fit(enclose(countryBoxes(ctx, [focus.id])), limits);
		case 'default':
			return { bounds: [...ctx.defaultBounds] as Bounds, padding: 16 };
	}
}
