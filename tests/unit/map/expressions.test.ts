import { describe, expect, it } from 'vitest';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
	LABELLED_PLACES,
	MATCH_NONE,
	bilingualLabel,
	byZoom,
	focusFill,
	highlightFilter,
	isoIn,
	normaliseIsoList,
	placeFilter,
	selectedFilter
} from '../../../src/lib/map/expressions';
import { evaluate } from './helpers';

/** Runs a filter the way MapLibre does, on a polygon feature with these properties. */
function matches(filter: FilterSpecification, properties: Record<string, unknown>): boolean {
	const compiled = featureFilter(filter, 'filter');
	return compiled.filter({ zoom: 4 }, { type: 3, properties, geometry: [] } as never);
}

describe('normaliseIsoList', () => {
	it('upper-cases, trims, deduplicates and sorts', () => {
		expect(normaliseIsoList([' irn', 'AFG', 'IRN', ''])).toEqual(['AFG', 'IRN']);
	});
});

describe('focusFill', () => {
	const fill = focusFill(['IRN', 'AFG'], '#aa0000', '#00bb00');
	it('gives focus countries the focus colour and others the neighbour colour', () => {
		const irn = evaluate('paint_fill', 'fill-color', fill, { iso3: 'IRN' });
		const tur = evaluate('paint_fill', 'fill-color', fill, { iso3: 'TUR' });
		expect(String(irn)).toBe('rgba(170,0,0,1)');
		expect(String(tur)).toBe('rgba(0,187,0,1)');
	});
	it('treats a feature without a code as a neighbour', () => {
		expect(String(evaluate('paint_fill', 'fill-color', fill, {}))).toBe('rgba(0,187,0,1)');
	});
});

describe('filters', () => {
	it('isoIn matches exactly the listed codes', () => {
		expect(matches(isoIn(['aze']), { iso3: 'AZE' })).toBe(true);
		expect(matches(isoIn(['AZE']), { iso3: 'ARM' })).toBe(false);
	});
	it('highlightFilter matches nothing for an empty list', () => {
		expect(highlightFilter([])).toBe(MATCH_NONE);
		expect(matches(highlightFilter([]), { iso3: 'IRN' })).toBe(false);
		expect(matches(highlightFilter(['IRN', 'TJK']), { iso3: 'TJK' })).toBe(true);
	});
	it('selectedFilter selects one country, or none', () => {
		expect(matches(selectedFilter('irn'), { iso3: 'IRN' })).toBe(true);
		expect(matches(selectedFilter('IRN'), { iso3: 'AFG' })).toBe(false);
		expect(matches(selectedFilter(null), { iso3: 'IRN' })).toBe(false);
	});
	it('placeFilter selects one place by id, or none', () => {
		expect(matches(placeFilter('kabul'), { id: 'kabul' })).toBe(true);
		expect(matches(placeFilter('kabul'), { id: 'herat' })).toBe(false);
		expect(matches(placeFilter(undefined), { id: 'kabul' })).toBe(false);
	});
	it('LABELLED_PLACES keeps only places marked label: true', () => {
		expect(matches(LABELLED_PLACES, { label: true })).toBe(true);
		expect(matches(LABELLED_PLACES, { label: false })).toBe(false);
	});
});

describe('bilingualLabel', () => {
	const text = (value: unknown) =>
		(value as { sections: { text: string; fontStack: string | null }[] }).sections;
	const label = bilingualLabel({ upcase: true, englishFont: 'Bold', localFont: 'Regular' });

	it('puts the local name on a second line in the local font', () => {
		const sections = text(
			evaluate('layout_symbol', 'text-field', label, { name: 'Iran', localName: 'ایران' })
		);
		expect(sections.map((s) => s.text).join('')).toBe('IRAN\nایران');
		expect(sections[0]?.fontStack).toBe('Bold');
		expect(sections.at(-1)?.fontStack).toBe('Regular');
	});
	it('shows the English name alone when there is no local name', () => {
		const sections = text(evaluate('layout_symbol', 'text-field', label, { name: 'Turkey' }));
		expect(sections.map((s) => s.text).join('')).toBe('TURKEY');
	});
	it('can hold the local name back until a zoom level', () => {
		const zoomed = bilingualLabel({ englishFont: 'A', localFont: 'B', localFromZoom: 4 });
		const props = { name: 'Kabul', localName: 'کابل' };
		const at3 = text(evaluate('layout_symbol', 'text-field', zoomed, props, 3));
		const at5 = text(evaluate('layout_symbol', 'text-field', zoomed, props, 5));
		expect(at3.map((s) => s.text).join('')).toBe('Kabul');
		expect(at5.map((s) => s.text).join('')).toBe('Kabul\nکابل');
	});
});

describe('byZoom', () => {
	it('interpolates linearly between its stops and clamps outside them', () => {
		const size = byZoom(3, 10, 8, 20);
		expect(evaluate('layout_symbol', 'text-size', size, {}, 5.5)).toBeCloseTo(15);
		expect(evaluate('layout_symbol', 'text-size', size, {}, 1)).toBe(10);
		expect(evaluate('layout_symbol', 'text-size', size, {}, 12)).toBe(20);
	});
});
