import { describe, expect, it } from 'vitest';
import { debugEnabled, labelText } from '../../../src/lib/map/debug';

describe('debugEnabled', () => {
	it('is on under automation or with ?debug-map, off otherwise', () => {
		expect(debugEnabled('', true)).toBe(true);
		expect(debugEnabled('?debug-map', false)).toBe(true);
		expect(debugEnabled('?country=IRN&debug-map=1', false)).toBe(true);
		expect(debugEnabled('?country=IRN', false)).toBe(false);
		expect(debugEnabled('', false)).toBe(false);
	});
});

describe('labelText', () => {
	it('reads plain strings and MapLibre formatted values', () => {
		expect(labelText('Caspian Sea')).toBe('Caspian Sea');
		expect(labelText({ sections: [{ text: 'IRAN' }, { text: '\n' }, { text: 'ایران' }] })).toBe(
			'IRAN\nایران'
		);
		expect(labelText(42)).toBe('');
	});
});
