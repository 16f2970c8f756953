import { describe, expect, it } from 'vitest';
import { languageName, textDirection } from '$lib/utils/lang';

describe('textDirection', () => {
	it('treats Persian, Dari, Pashto and Arabic as right to left', () => {
		for (const tag of ['fa', 'fa-AF', 'ps', 'ar', 'FA']) expect(textDirection(tag)).toBe('rtl');
	});
	it('treats Tajik Cyrillic, Azerbaijani Latin and Armenian as left to right', () => {
		for (const tag of ['tg', 'az', 'hy', 'ru', 'en']) expect(textDirection(tag)).toBe('ltr');
	});
});

describe('languageName', () => {
	it('names Dari by its regional tag, any language the platform knows, and an unknown one by its tag', () => {
		expect(languageName('fa-AF')).toBe('Dari');
		expect(languageName('fa')).toBe('Persian');
		expect(languageName('el')).toBe('Greek');
		expect(languageName('az-Latn')).toBe('Azerbaijani (Latin)');
		expect(languageName('xx')).toBe('xx');
		expect(languageName('not a tag')).toBe('not a tag');
	});
});
