/**
 * Every download the site offers, built from the validated content: its file name under /data,
 * its Content-Type, a one-line description and its text. The /data routes serve these as
 * prerendered files; the /data page lists them from the same list.
 */
import type { ContentIndex } from '../content/selectors.js';
import { contentDocument, claimsDocument, eventsDocument, placesDocument, toJson } from './json.js';
import { eventsGeoJson, placesGeoJson } from './geojson.js';
import { tableToCsv, type ExportOptions } from './columns.js';
import { claimsTable, eventsTable, placesTable } from './tables.js';

export const EXPORT_FILES = [
	'claims.json',
	'claims.csv',
	'events.json',
	'events.csv',
	'events.geojson',
	'places.json',
	'places.csv',
	'places.geojson',
	'content.json'
] as const;

export type ExportFileName = (typeof EXPORT_FILES)[number];

export const CONTENT_TYPES = {
	json: 'application/json',
	csv: 'text/csv; charset=utf-8',
	geojson: 'application/geo+json'
} as const;

export type ExportFormat = keyof typeof CONTENT_TYPES;

/** What a download is, without its text. */
export interface ExportFileInfo {
	name: ExportFileName;
	format: ExportFormat;
	contentType: string;
	description: string;
}

export interface ExportFile extends ExportFileInfo {
	body: string;
}

export function isExportFileName(name: string): name is ExportFileName {
	return (EXPORT_FILES as readonly string[]).includes(name);
}

function formatOf(name: ExportFileName): ExportFormat {
	return name.slice(name.lastIndexOf('.') + 1) as ExportFormat;
}

const DESCRIPTIONS: Record<ExportFileName, string> = {
	'claims.json':
		'Every claim of the argument in its order, with the sources of its fact-check notes',
	'claims.csv': 'The claims as a spreadsheet, one row each',
	'events.json': 'Every event in date order, with date fields and the sources it cites',
	'events.csv': 'The events as a spreadsheet, one row each',
	'events.geojson':
		'One feature per event: a MultiPoint of its places (null geometry when it has none)',
	'places.json': 'Every place, with local names, precision and the sources for its coordinates',
	'places.csv': 'The places as a spreadsheet, one row each, a column per local-name language',
	'places.geojson': 'One Point feature per place',
	'content.json':
		'All the validated content in one file: story, countries, places, actors, sources, events, claims'
};

function body(index: ContentIndex, name: ExportFileName, options: ExportOptions): string {
	switch (name) {
		case 'claims.json':
			return toJson(claimsDocument(index, options));
		case 'claims.csv':
			return tableToCsv(claimsTable(index, options));
		case 'events.json':
			return toJson(eventsDocument(index, options));
		case 'events.csv':
			return tableToCsv(eventsTable(index, options));
		case 'events.geojson':
			return toJson(eventsGeoJson(index, options));
		case 'places.json':
			return toJson(placesDocument(index, options));
		case 'places.csv':
			return tableToCsv(placesTable(index));
		case 'places.geojson':
			return toJson(placesGeoJson(index, options));
		case 'content.json':
			return toJson(contentDocument(index, options));
	}
}

/** A download's name, format, Content-Type and description. */
export function exportFileInfo(name: ExportFileName): ExportFileInfo {
	const format = formatOf(name);
	return { name, format, contentType: CONTENT_TYPES[format], description: DESCRIPTIONS[name] };
}

/** One download, built. */
export function buildExportFile(
	index: ContentIndex,
	name: ExportFileName,
	options: ExportOptions = {}
): ExportFile {
	return { ...exportFileInfo(name), body: body(index, name, options) };
}

/** Every download, in EXPORT_FILES order. */
export function buildExportFiles(index: ContentIndex, options: ExportOptions = {}): ExportFile[] {
	return EXPORT_FILES.map((name) => buildExportFile(index, name, options));
}
