/**
 * The columns of the CSV tables (tables.ts): a column's name, description and value, the date
 * and fact-check columns that claims and events share, and a table's CSV text.
 */
import type { ContentIndex } from '../content/selectors.js';
import type { Claim, StoryEvent } from '../content/types.js';
import { joinList, toCsv, type CsvOptions, type CsvValue } from './csv.js';
import { dateFields } from './dates.js';

export interface ExportOptions {
	/** The site's public address (PUBLIC_SITE_URL), to make permalinks absolute. */
	siteUrl?: string;
}

export interface Column<T> {
	name: string;
	/** What the column holds, for the data page. */
	description: string;
	value: (item: T) => CsvValue;
}

/** A table's column names and descriptions, without the values. */
export interface ColumnDoc {
	name: string;
	description: string;
}

export interface Table {
	columns: ColumnDoc[];
	rows: CsvValue[][];
}

export function buildTable<T>(items: readonly T[], columns: readonly Column<T>[]): Table {
	return {
		columns: columns.map(({ name, description }) => ({ name, description })),
		rows: items.map((item) => columns.map((c) => c.value(item)))
	};
}

/** The CSV text of a table (BOM and CRLF: see csv.ts). */
export function tableToCsv(table: Table, options?: CsvOptions): string {
	return toCsv(
		table.columns.map((c) => c.name),
		table.rows,
		options
	);
}

export const urlsOf = (index: ContentIndex, ids: readonly string[]) =>
	joinList(index.sourcesById(ids).map((s) => s.url));

export function dateColumns<T>(get: (item: T) => string): Column<T>[] {
	const d = (item: T) => dateFields(get(item));
	return [
		{
			name: 'date',
			description:
				'The date as the content writes it (YYYY, YYYY-MM, YYYY-MM-DD, or A..B, A..present)',
			value: (x) => d(x).date
		},
		{
			name: 'date_text',
			description: 'The date in English, honest to its precision',
			value: (x) => d(x).dateText
		},
		{
			name: 'date_iso',
			description: 'ISO 8601 date or interval (start/end; ".." for an open end)',
			value: (x) => d(x).dateIso
		},
		{
			name: 'date_start',
			description: 'First day the date covers (YYYY-MM-DD), for sorting',
			value: (x) => d(x).dateStart
		},
		{
			name: 'date_end',
			description: 'Last day the date covers (YYYY-MM-DD); empty when ongoing',
			value: (x) => d(x).dateEnd
		},
		{
			name: 'date_precision',
			description: 'How precisely the start is known: year, month or day',
			value: (x) => d(x).datePrecision
		},
		{
			name: 'date_end_precision',
			description: 'How precisely the end is known: year, month, day, or present',
			value: (x) => d(x).dateEndPrecision
		}
	];
}

export function factCheckColumns<T extends Claim | StoryEvent>(index: ContentIndex): Column<T>[] {
	return [
		{
			name: 'fact_check_verdict',
			description:
				'Verdict of the fact-check note: accurate, partly-accurate, inaccurate, unverified or disputed; empty when none',
			value: (x) => x.factCheck?.verdict
		},
		{
			name: 'fact_check_note',
			description: 'What the sources say about the text, neutrally',
			value: (x) => x.factCheck?.note
		},
		{
			name: 'fact_check_source_urls',
			description: "URLs of the fact-check note's sources",
			value: (x) => urlsOf(index, x.factCheck?.sources ?? [])
		}
	];
}
