/**
 * Place dots on the static map, styled by the content's place kind as the WebGL map styles them
 * (placeKinds.ts): capitals and cities solid and larger, towns smaller and lighter, sites in the
 * accent colour, districts and corridors hollow rings. One size in CSS pixels: the WebGL map's at
 * about the zoom of its first view.
 */
import { HOLLOW_KINDS, KIND_RADIUS } from '../placeKindSizes';
import { PALETTE } from '../palette';

/** The dot's colour role, as a class, so the page's colour scheme can recolour it in CSS. */
export type DotTone = 'major' | 'minor' | 'site' | 'ring';

export interface DotStyle {
	r: number;
	tone: DotTone;
	fill: string;
	stroke: string;
	strokeWidth: number;
}

/** Where between the WebGL radii at zoom 3 and zoom 8 the static dots sit: about zoom 3.5. */
const ZOOM_SHARE = 0.1;

function radius(kind: string | undefined, label: boolean): number {
	const [z3, z8] = (kind && KIND_RADIUS[kind]) || (label ? [2.8, 4.8] : [1.9, 3.6]);
	return Math.round((z3 + (z8 - z3) * ZOOM_SHARE) * 10) / 10;
}

/** The dot of a place of this kind (and whether it is a key city, for places without a kind). */
export function dotStyle(kind: string | undefined, label: boolean): DotStyle {
	const r = radius(kind, label);
	if (kind && HOLLOW_KINDS.includes(kind)) {
		return { r, tone: 'ring', fill: 'none', stroke: PALETTE.placeDot, strokeWidth: 1.8 };
	}
	const tone: DotTone =
		kind === 'capital' || kind === 'city'
			? 'major'
			: kind === 'town'
				? 'minor'
				: kind === 'site'
					? 'site'
					: label
						? 'major'
						: 'minor';
	const fill = { major: PALETTE.placeDot, minor: PALETTE.minorPlaceDot, site: PALETTE.site }[tone];
	return { r, tone, fill, stroke: PALETTE.halo, strokeWidth: 1 };
}
