import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, joinList, parseCsv, toCsv } from '../../../src/lib/export/csv';

describe('csvField', () => {
	it('leaves plain text, numbers and booleans bare', () => {
		expect(csvField('Kerman')).toBe('Kerman');
		expect(csvField(30.2832)).toBe('30.2832');
		expect(csvField(0)).toBe('0');
		expect(csvField(false)).toBe('false');
	});

	it('writes null and undefined as an empty field', () => {
		expect(csvField(null)).toBe('');
		expect(csvField(undefined)).toBe('');
	});

	it('quotes commas, quotes, CR and LF, doubling inner quotes (RFC 4180)', () => {
		expect(csvField('Herat, Afghanistan')).toBe('"Herat, Afghanistan"');
		expect(csvField('the "Takfiri" label')).toBe('"the ""Takfiri"" label"');
		expect(csvField('line one\nline two')).toBe('"line one\nline two"');
		expect(csvField('a\r\nb')).toBe('"a\r\nb"');
		expect(csvField('"')).toBe('""""');
	});

	it('keeps right-to-left text and curly quotes exactly', () => {
		expect(csvField('کرمان')).toBe('کرمان');
		expect(csvField('Iran Isn’t')).toBe('Iran Isn’t');
	});
});

describe('toCsv', () => {
	it('starts with a BOM and ends every record with CRLF', () => {
		const text = toCsv(['id', 'name'], [['kerman', 'Kerman']]);
		expect(text.startsWith(CSV_BOM)).toBe(true);
		expect(text).toBe(`${CSV_BOM}id,name\r\nkerman,Kerman\r\n`);
	});

	it('can leave the BOM out', () => {
		expect(toCsv(['a'], [['1']], { bom: false })).toBe('a\r\n1\r\n');
	});

	it('refuses ragged rows', () => {
		expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields, the header has 2/);
	});

	it('round-trips through parseCsv, awkward fields included', () => {
		const rows = [
			['tehran', 'تهران', 'Capital, "the" city', 'first\nsecond', ''],
			['kabul', 'کابل', 'x', 'a\r\nb', ' padded ']
		];
		const header = ['id', 'name_fa', 'note', 'multi', 'empty'];
		expect(parseCsv(toCsv(header, rows))).toEqual([header, ...rows]);
	});
});

describe('parseCsv', () => {
	it('reads LF files and a last record without a line end', () => {
		expect(parseCsv('a,b\n1,2')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
	});

	it('rejects an unclosed quote', () => {
		expect(() => parseCsv('a,"b\n')).toThrow(/not closed/);
	});
});

describe('joinList', () => {
	it('joins with "; " and gives an empty cell for an empty list', () => {
		expect(joinList(['IRN', 'AFG'])).toBe('IRN; AFG');
		expect(joinList([4, 5])).toBe('4; 5');
		expect(joinList([])).toBe('');
	});
});
