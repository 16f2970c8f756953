import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import OffMapNote from '../../src/lib/map/OffMapNote.svelte';
import { MAX_BOUNDS } from '../../src/lib/geo/region';
import { offMapPlaces } from '../../src/lib/story/onMap';
import { index } from './content';

const placesOf = (eventId: string) => index.placesOf(index.eventById.get(eventId)!);

describe('OffMapNote', () => {
	it('says which of an event’s places sit on the map’s edge or beyond it, and where', async () => {
		const screen = await render(OffMapNote, {
			places: offMapPlaces(placesOf('crocus-city-hall-attack-2024-03-22'), MAX_BOUNDS)
		});
		const note = screen.getByTestId('off-map');
		await expect.element(note).toHaveAccessibleName('Places the map cannot frame');
		await expect
			.element(note)
			.toHaveTextContent('Crocus City Hall, Krasnogorsk: at the edge of the map, to the north');
	});

	it('names only the places beyond the map when the others are on it', async () => {
		const screen = await render(OffMapNote, {
			places: offMapPlaces(placesOf('tripp-announcement-2025-08-08'), MAX_BOUNDS)
		});
		const items = screen.getByTestId('off-map').getByRole('listitem');
		expect(items.elements().map((li) => li.textContent?.trim())).toEqual([
			'← White House, Washington, DC: beyond the map, to the west'
		]);
	});

	it('shows nothing for an event the map frames', async () => {
		const screen = await render(OffMapNote, {
			places: offMapPlaces(placesOf('kerman-bombings-2024'), MAX_BOUNDS)
		});
		await expect.element(screen.getByTestId('off-map')).not.toBeInTheDocument();
	});
});
