/**
 * What the map shows during the tour, apart from tour.ts: the page needs it on every load (to know
 * that no tour is on), the rest of the tour's logic only once a reader starts it.
 */
import type { ContentIndex } from '$lib/content/selectors';

/** What the map shows for a step: its countries highlighted, its first place ringed. */
export interface TourHighlight {
	countries: readonly string[];
	place: string | null;
}

/** The map's highlight for a tour step, or null outside the tour (or for an unknown claim). */
export function tourHighlight(
	index: ContentIndex,
	selection: { tour?: boolean; claim?: string }
): TourHighlight | null {
	if (!selection.tour || !selection.claim) return null;
	const claim = index.claimById.get(selection.claim);
	if (!claim) return null;
	return { countries: claim.countries, place: claim.places[0] ?? null };
}
