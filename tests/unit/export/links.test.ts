import { describe, expect, it } from 'vitest';
import {
	absoluteUrl,
	parseSiteUrl,
	permalinkHref,
	permalinkPath
} from '../../../src/lib/export/links';

describe('permalinks', () => {
	it('are site-relative paths by kind and id', () => {
		expect(permalinkPath('claims', 'essay-thesis')).toBe('claims/essay-thesis');
		expect(permalinkPath('events', 'kerman-bombings-2024')).toBe('events/kerman-bombings-2024');
	});

	it('become absolute only when the site URL is known', () => {
		expect(permalinkHref(undefined, 'events', 'x')).toBe('events/x');
		expect(permalinkHref('https://example.org/khorasan', 'events', 'x')).toBe(
			'https://example.org/khorasan/events/x'
		);
		expect(absoluteUrl(undefined, 'data/claims.json')).toBeUndefined();
		expect(absoluteUrl('https://example.org', '/data/claims.json')).toBe(
			'https://example.org/data/claims.json'
		);
	});
});

describe('parseSiteUrl (PUBLIC_SITE_URL)', () => {
	it('is undefined when unset or blank', () => {
		expect(parseSiteUrl(undefined)).toBeUndefined();
		expect(parseSiteUrl('  ')).toBeUndefined();
	});

	it('keeps origin and base path, without a trailing slash', () => {
		expect(parseSiteUrl('https://example.org/')).toBe('https://example.org');
		expect(parseSiteUrl('https://example.org/khorasan/')).toBe('https://example.org/khorasan');
		expect(parseSiteUrl(' http://localhost:4173 ')).toBe('http://localhost:4173');
	});

	it('fails loudly on anything that would make broken share links', () => {
		expect(() => parseSiteUrl('example.org')).toThrow(/not a URL/);
		expect(() => parseSiteUrl('ftp://example.org')).toThrow(/https:\/\//);
		expect(() => parseSiteUrl('https://example.org/?a=1')).toThrow(/query/);
		expect(() => parseSiteUrl('https://example.org/#top')).toThrow(/fragment/);
	});
});
