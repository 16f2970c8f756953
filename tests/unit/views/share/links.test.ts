import { describe, expect, it } from 'vitest';
import {
	embedSelection,
	escapeAttribute,
	mapPath,
	resizeScript,
	shareLinks,
	siteRoot
} from '../../../../src/lib/views/share/links';
import { HEIGHT_MESSAGE_TYPE } from '../../../../src/lib/views/share/embed';

const origin = 'https://example.org';

describe('paths', () => {
	it('finds the site root from the main page or the embed, under any base path', () => {
		expect(siteRoot('/')).toBe('/');
		expect(siteRoot('/embed')).toBe('/');
		expect(siteRoot('/khorasan')).toBe('/khorasan/');
		expect(siteRoot('/khorasan/')).toBe('/khorasan/');
		expect(siteRoot('/khorasan/embed')).toBe('/khorasan/');
		expect(mapPath('/khorasan/embed')).toBe('/khorasan');
		expect(mapPath('/embed')).toBe('/');
	});
});

describe('shareLinks', () => {
	it('builds the page link, both permalinks and the embed for a claim and an event', () => {
		const links = shareLinks(
			{ origin, pathname: '/khorasan' },
			{ claim: 'essay-omission-kerman-bombing', event: 'kerman-2024', tour: true },
			{ story: 'The Khorasan map', claim: 'Kerman left out', event: 'Kerman bombings' }
		);
		expect(links.page).toBe(
			'https://example.org/khorasan?event=kerman-2024&claim=essay-omission-kerman-bombing&tour=1'
		);
		expect(links.permalinks).toEqual([
			{
				kind: 'claim',
				href: 'https://example.org/khorasan/claims/essay-omission-kerman-bombing',
				title: 'Kerman left out'
			},
			{
				kind: 'event',
				href: 'https://example.org/khorasan/events/kerman-2024',
				title: 'Kerman bombings'
			}
		]);
		// The embed has no tour.
		expect(links.embed).toBe(
			'https://example.org/khorasan/embed?event=kerman-2024&claim=essay-omission-kerman-bombing'
		);
		expect(links.snippet.split('\n')[0]).toBe(
			'<iframe src="https://example.org/khorasan/embed?event=kerman-2024&amp;claim=essay-omission-kerman-bombing" ' +
				'title="Kerman left out — The Khorasan map (map)" width="100%" height="600" loading="lazy" style="border:0"></iframe>'
		);
		expect(links.snippet.split('\n')[1]).toBe(resizeScript(origin));
	});

	it('gives the bare map and embed for the default view, and no permalink', () => {
		const links = shareLinks({ origin, pathname: '/' }, {}, { story: 'Map' });
		expect(links.page).toBe('https://example.org/');
		expect(links.embed).toBe('https://example.org/embed');
		expect(links.permalinks).toEqual([]);
		expect(links.snippet).toContain('title="Map (map)"');
	});

	it('keeps the view and country', () => {
		const links = shareLinks(
			{ origin, pathname: '/' },
			{ country: 'IRN', view: { lon: 59.6, lat: 36.3, zoom: 6 } },
			{ story: 'Map' }
		);
		expect(links.page).toBe('https://example.org/?country=IRN&view=59.6,36.3,6');
		expect(links.embed).toBe('https://example.org/embed?country=IRN&view=59.6,36.3,6');
	});

	it('escapes titles inside the snippet', () => {
		const links = shareLinks({ origin, pathname: '/' }, {}, { story: 'A "map" <b>&</b>' });
		expect(links.snippet).toContain('title="A &quot;map&quot; &lt;b&gt;&amp;&lt;/b&gt; (map)"');
		expect(escapeAttribute('"&<>')).toBe('&quot;&amp;&lt;&gt;');
	});

	it('embedSelection drops the tour only', () => {
		expect(embedSelection({ claim: 'c', tour: true, country: 'IRN' })).toEqual({
			claim: 'c',
			country: 'IRN',
			event: undefined,
			view: undefined
		});
	});
});

describe('resizeScript', () => {
	/** Runs the snippet's script against a fake window with one iframe; returns its height. */
	function run(origin: string, event: { origin: string; data: unknown; fromFrame: boolean }) {
		const code = resizeScript(origin).replace(/^<script>|<\/script>$/g, '');
		const frameWindow = {};
		const iframe = { contentWindow: frameWindow, style: { height: '600px' } };
		let listener: ((e: unknown) => void) | undefined;
		const addEventListener = (type: string, fn: (e: unknown) => void) => {
			if (type === 'message') listener = fn;
		};
		const document = { querySelectorAll: () => [iframe] };
		new Function('addEventListener', 'document', code)(addEventListener, document);
		listener!({ ...event, source: event.fromFrame ? frameWindow : {} });
		return iframe.style.height;
	}
	const message = { type: HEIGHT_MESSAGE_TYPE, height: 412 };

	it('sizes the iframe that sent a height message from the embed origin', () => {
		expect(run(origin, { origin, data: message, fromFrame: true })).toBe('412px');
	});

	it('ignores other origins, other messages and other frames', () => {
		expect(run(origin, { origin: 'https://evil.example', data: message, fromFrame: true })).toBe(
			'600px'
		);
		expect(run(origin, { origin, data: { type: 'other', height: 1 }, fromFrame: true })).toBe(
			'600px'
		);
		expect(run(origin, { origin, data: message, fromFrame: false })).toBe('600px');
	});

	it('cannot be closed early by the origin it quotes', () => {
		expect(resizeScript('https://a.example/</script><b>')).not.toContain('</script><b>');
	});
});
