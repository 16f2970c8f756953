/**
 * CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds a comma, a double quote,
 * a CR or an LF (quotes doubled inside), every record with the same number of fields. The text is
 * UTF-8 and starts with a byte order mark by default, because Excel otherwise reads UTF-8 as the
 * local code page and mangles Persian, Pashto, Tajik and Armenian names; other readers skip it.
 */

/** What a cell may hold; null and undefined are written as an empty field. */
export type CsvValue = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
/** How list fields (ids, names, URLs) are joined into one cell. */
export const LIST_SEPARATOR = '; ';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted only when it must be. Numbers and booleans are written as JavaScript does. */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins a list for one cell ("a; b"); an empty list is an empty cell. */
export function joinList(values: readonly (string | number)[]): string {
	return values.join(LIST_SEPARATOR);
}

export interface CsvOptions {
	/** Start with a UTF-8 byte order mark (default true, for Excel). */
	bom?: boolean;
}

/**
 * The CSV text of a header and its rows, each record ending in CRLF. Throws when a row's length
 * differs from the header's: a ragged file would shift every later column in a spreadsheet.
 */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly CsvValue[])[],
	options: CsvOptions = {}
): string {
	const lines = [header, ...rows].map((row, i) => {
		if (row.length !== header.length) {
			throw new Error(`toCsv: row ${i} has ${row.length} fields, the header has ${header.length}`);
		}
		return row.map(csvField).join(',');
	});
	return (options.bom === false ? '' : CSV_BOM) + lines.map((l) => `${l}\r\n`).join('');
}

/**
 * Reads RFC 4180 CSV back into rows of strings (a leading BOM is skipped; CRLF or LF line ends).
 * The inverse of toCsv, for the tests and for anyone checking a download.
 */
export function parseCsv(text: string): string[][] {
	const input = text.startsWith(CSV_BOM) ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	while (i < input.length) {
		const ch = input[i]!;
		if (quoted) {
			if (ch === '"' && input[i + 1] === '"') {
				field += '"';
				i += 2;
				continue;
			}
			if (ch === '"') quoted = false;
			else field += ch;
			i += 1;
			continue;
		}
		if (ch === '"' && field === '') {
			quoted = true;
		} else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			if (ch === '\r' && input[i + 1] === '\n') i += 1;
		} else {
			field += ch;
		}
		i += 1;
	}
	if (quoted) throw new Error('parseCsv: a quoted field is not closed');
	// A last record without a line end.
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
