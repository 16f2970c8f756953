import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex, relativeLuminance } from '../../../src/lib/utils/contrast';

describe('contrast', () => {
	it('parses long and short hex colours and rejects anything else', () => {
		expect(parseHex('#8a3b12')).toEqual([138, 59, 18]);
		expect(parseHex('#FFF')).toEqual([255, 255, 255]);
		expect(() => parseHex('red')).toThrow(/red/);
		expect(() => parseHex('#12345')).toThrow();
	});

	it('gives the WCAG luminance of black, white and a mid grey', () => {
		expect(relativeLuminance('#000000')).toBe(0);
		expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
		// #777777 is the textbook grey at about 4.48:1 on white.
		expect(relativeLuminance('#777777')).toBeCloseTo(0.1845, 3);
	});

	it('computes ratios symmetrically, from 1 to 21', () => {
		expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
		expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 10);
		expect(contrastRatio('#8a3b12', '#8a3b12')).toBe(1);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
	});
});
