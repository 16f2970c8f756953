import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryBoundsFrom } from '../../../src/lib/geo/countryBounds';

const topology: unknown = JSON.parse(readFileSync('src/content/geo/region.topo.json', 'utf8'));

describe('countryBoundsFrom', () => {
	const bounds = countryBoundsFrom(topology, ['IRN', 'AZE', 'TJK', 'AFG', 'USA']);

	it('gives the bounds of the requested countries that the map draws', () => {
		expect(Object.keys(bounds).sort()).toEqual(['AFG', 'AZE', 'IRN', 'TJK']);
		const [[w, s], [e, n]] = bounds.IRN!;
		// Iran spans roughly 44–63.3°E and 25–39.8°N.
		expect(w).toBeCloseTo(44, 0);
		expect(e).toBeCloseTo(63.3, 0);
		expect(s).toBeCloseTo(25.1, 0);
		expect(n).toBeCloseTo(39.8, 0);
	});

	it('includes exclaves (Nakhchivan in Azerbaijan) and rounds outwards to 0.01°', () => {
		const [[w], [e]] = bounds.AZE!;
		expect(w).toBeLessThan(45.1); // Nakhchivan's western tip, about 44.8°E
		expect(e).toBeGreaterThan(50.3); // the Absheron peninsula
		for (const v of bounds.AZE!.flat()) expect(Math.round(v * 100) / 100).toBe(v);
	});

	it('names the problem in a malformed topology', () => {
		expect(() => countryBoundsFrom({ type: 'Nope' }, ['IRN'])).toThrow(/region\.topo\.json/);
	});
});
