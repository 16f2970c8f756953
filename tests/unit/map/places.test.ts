import { describe, expect, it } from 'vitest';
import type { Country } from '../../../src/lib/content/types';
import { COUNTRY_LABELS } from '../../../src/lib/geo/region';
import { toCountryLocalNames } from '../../../src/lib/map/places';

const country = (id: string, ...texts: string[]): Country => ({
	id,
	name: id,
	localNames: texts.map((text, i) => ({ lang: i === 0 ? 'fa' : 'ps', text })),
	focus: false,
	onMap: true
});

describe('toCountryLocalNames', () => {
	const listed = COUNTRY_LABELS.localNames[0]!;

	it("gives the first local name of each country the region lists, and no other's", () => {
		const names = toCountryLocalNames([
			country(listed, 'first', 'second'),
			country('XXA', 'unlisted')
		]);
		expect(names).toEqual({ [listed]: 'first' });
	});

	it('skips a listed country without a local name', () => {
		expect(toCountryLocalNames([country(listed)])).toEqual({});
	});
});
