/**
 * Updates to the live style, in place: filters and data change, the style is never rebuilt, so
 * the camera, loaded fonts and label placement survive every update.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setfilter
 */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { highlightFilter, placeFilter, selectedFilter } from './expressions';
import { LAYER, SOURCE, hatchImageId } from './ids';
import { placesCollection, type MapPlace } from './labels';
import type { Palette } from './palette';
import { hatchImage } from './overlayStyle';
import type { OverlayLook } from './data';
import { paletteUpdates } from './style';

/** Shows `isoList` in the highlight colour (e.g. countries that have claims). */
export function setHighlight(map: MaplibreMap, isoList: readonly string[]): void {
	map.setFilter(LAYER.countriesHighlight, highlightFilter(isoList));
}

/** Marks one country (or none) as selected: fill and outline. */
export function setSelectedCountry(map: MaplibreMap, iso: string | null | undefined): void {
	const filter = selectedFilter(iso);
	map.setFilter(LAYER.countriesSelected, filter);
	map.setFilter(LAYER.countriesSelectedOutline, filter);
}

/** Replaces the places drawn as dots and (where `label`) as city labels. */
export function setPlaces(map: MaplibreMap, places: readonly MapPlace[]): void {
	map.getSource<GeoJSONSource>(SOURCE.places)?.setData(placesCollection(places));
}

/** Rings one place (or none) as the active one. */
export function setActivePlace(map: MaplibreMap, id: string | null | undefined): void {
	map.setFilter(LAYER.placeActive, placeFilter(id));
}

type PaintName = Parameters<MaplibreMap['setPaintProperty']>[1];

/** The overlays the live style draws, as buildStyle recorded them in their fill layers. */
export function overlaysOf(map: MaplibreMap): OverlayLook[] {
	return map.getStyle().layers.flatMap((layer) => {
		const look = (layer.metadata as { overlay?: OverlayLook } | undefined)?.overlay;
		return layer.type === 'fill' && look ? [look] : [];
	});
}

/**
 * Recolours the map in place for another palette (the reader switched between light and dark):
 * every colour paint property, and the overlays' hatch images. No style rebuild, so the camera,
 * filters, data and label placement stay as they are.
 */
export function setPalette(map: MaplibreMap, palette: Palette, focus: readonly string[]): void {
	const overlays = overlaysOf(map);
	for (const { layer, property, value } of paletteUpdates(palette, focus, overlays)) {
		// The names come from the style's own paint objects, so they are valid paint properties.
		if (map.getLayer(layer)) map.setPaintProperty(layer, property as PaintName, value);
	}
	const colours = new Set(overlays.filter((o) => o.style === 'hatch').map((o) => o.colour));
	for (const colour of colours) {
		const id = hatchImageId(colour);
		const hatch = hatchImage(palette, colour);
		if (map.hasImage(id)) map.updateImage(id, hatch);
		else map.addImage(id, hatch, { pixelRatio: 2 });
	}
}
