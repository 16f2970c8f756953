/** Shared inputs for the map tests: the real built topology and the style-spec's own evaluator. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	createPropertyExpression,
	latest,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import { regionData } from '../../../src/lib/map/data';
import type { MapPlace } from '../../../src/lib/map/labels';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** src/content/geo/region.topo.json, parsed. */
export function readTopology(): unknown {
	return JSON.parse(readFileSync(`${ROOT}src/content/geo/region.topo.json`, 'utf8'));
}

export const SAMPLE_PLACES: MapPlace[] = [
	{ id: 'tehran', name: 'Tehran', localName: 'تهران', lon: 51.389, lat: 35.689, label: true },
	{ id: 'danghara', name: 'Danghara', lon: 69.34, lat: 38.1, label: false }
];

export function realData() {
	return regionData(readTopology(), { places: SAMPLE_PLACES });
}

type Reference = Record<string, Record<string, StylePropertySpecification>>;

/**
 * Evaluates a paint or layout value as MapLibre would, for a feature with these properties, at
 * this zoom. `group` is e.g. "paint_fill" or "layout_symbol".
 */
export function evaluate(
	group: string,
	property: string,
	value: unknown,
	properties: Record<string, unknown>,
	zoom = 4
): unknown {
	const spec = (latest as unknown as Reference)[group]?.[property];
	if (!spec) throw new Error(`no such property ${group}.${property}`);
	const parsed = createPropertyExpression(value, property, spec);
	if (parsed.result === 'error') {
		throw new Error(parsed.value.map((e) => `${e.key}: ${e.message}`).join('; '));
	}
	return parsed.value.evaluate({ zoom }, { type: 'Point', properties, geometry: [] } as never);
}
