/**
 * Place dots on the static map, styled by the content's place kind as the WebGL map styles them
 * (placeKinds.ts): capitals and cities solid and larger, towns smaller and lighter, sites in the
 * accent colour, districts and corridors hollow rings. One size in CSS pixels: the WebGL map's at
 * about the zoom of its first view.
 */
import { HOLLOW_KINDS, KIND_RADIUS } from '../placeKinds';
import { PALETTE } from '../style';

export interface DotStyle {
	r: number;
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
		return { r, fill: 'none', stroke: PALETTE.placeDot, strokeWidth: 1.8 };
	}
	const fill =
		kind === 'capital' || kind === 'city'
			? PALETTE.placeDot
			: kind === 'town'
				? PALETTE.minorPlaceDot
				: kind === 'site'
					? PALETTE.khorasan
					: label
						? PALETTE.placeDot
						: PALETTE.minorPlaceDot;
	return { r, fill, stroke: PALETTE.halo, strokeWidth: 1 };
}
