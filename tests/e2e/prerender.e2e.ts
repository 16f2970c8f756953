import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The prerendered HTML on its own (no JavaScript, no map): what readers without JavaScript and
 * search engines get. Read straight from the server, never from a browser.
 */
const read = <T>(file: string): T => parse(readFileSync(`src/content/${file}`, 'utf8')) as T;
const claims = read<{ id: string; title: string; speaker: string }[]>('claims.yaml');
const events = read<{ id: string; title: string; sources: string[] }[]>('events.yaml');
const sources = read<{ id: string; url: string }[]>('sources.yaml');
const story = read<{ title: string }>('story.yaml');

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

test.describe('prerendered page', () => {
	let html = '';
	test.beforeAll(async ({ request }) => {
		const response = await request.get('/');
		expect(response.status()).toBe(200);
		html = await response.text();
	});

	test('has the title and the introduction', () => {
		expect(html).toContain(`<h1`);
		expect(html).toContain(escapeHtml(story.title));
		expect(html).toMatch(/<title>[^<]+<\/title>/);
		expect(html).toContain('Epstein');
		expect(html).toContain('The National Interest');
	});

	test('carries every claim with its speaker and every event with its date and sources', () => {
		for (const claim of claims) {
			expect(html, claim.id).toContain(`id="claim-${claim.id}"`);
			expect(html, claim.id).toContain(escapeHtml(claim.title));
		}
		expect(html).toContain('Epstein, as the essay reports him');
		for (const event of events) {
			const start = html.indexOf(`id="event-${event.id}"`);
			expect(start, event.id).toBeGreaterThan(-1);
			const card = html.slice(start, html.indexOf('</article>', start));
			expect(card, event.id).toMatch(/<time datetime="\d{4}(-\d{2})?(-\d{2})?/);
			for (const sourceId of event.sources) {
				const url = sources.find((s) => s.id === sourceId)?.url;
				expect(url, `${event.id} cites unknown source ${sourceId}`).toBeDefined();
				expect(card, `${event.id} source ${sourceId}`).toContain(escapeHtml(url!));
			}
		}
	});

	test('loads nothing from another origin and leaves the map library out of the first load', async ({
		request
	}) => {
		const loaded = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map(
			(m) => m[1]!
		);
		for (const url of loaded) expect(url, url).not.toMatch(/^(https?:)?\/\//);
		// Every script the HTML names up front (preloads and the inline bootstrap's imports).
		const scripts = [...new Set(html.match(/_app\/immutable\/[\w/.-]+\.js/g) ?? [])];
		expect(scripts.length).toBeGreaterThan(0);
		for (const script of scripts) {
			const body = await (await request.get(`/${script}`)).text();
			// One of maplibre-gl's own error messages: only the library's file, loaded with the WebGL
			// map, holds its code (the page may name that file's URL, to fetch it ahead).
			expect(body, `${script} holds maplibre-gl`).not.toContain('Style is not done loading');
		}
	});
});
