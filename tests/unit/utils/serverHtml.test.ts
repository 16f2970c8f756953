import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LocalName } from '../../../src/lib/content/types';
import LocalNames from '../../../src/lib/views/panels/LocalNames.svelte';
import { serverOnlyHtml, withoutHydrationMarkers } from '../../../src/lib/utils/serverHtml';

describe('withoutHydrationMarkers', () => {
	it("removes Svelte's block markers and empty anchors, and nothing else", () => {
		const html =
			'<!--[--><ol><!--[--><li>a</li><!--]--><!--[!--><li>b</li><!--]--><!--[1--></ol><!---->' +
			'<p>&lt;!-- text --&gt;</p><!--]-->';
		expect(withoutHydrationMarkers(html)).toBe(
			'<ol><li>a</li><li>b</li></ol><p>&lt;!-- text --&gt;</p>'
		);
	});
});

describe('serverOnlyHtml', () => {
	afterEach(() => vi.unstubAllEnvs());
	const names: LocalName[] = [{ lang: 'fa', text: 'ایران' }];

	it("is the component's server markup without hydration markers in a production render", () => {
		vi.stubEnv('DEV', false);
		const html = serverOnlyHtml(LocalNames, { props: { names } });
		expect(html).toContain('ایران');
		expect(html).toContain('class="local-names');
		expect(html).not.toMatch(/<!--[[\]!0-9]*-->/);
	});

	it('is a single space without a component, and on the dev server', () => {
		vi.stubEnv('DEV', false);
		expect(serverOnlyHtml(null)).toBe(' ');
		vi.stubEnv('DEV', true);
		expect(serverOnlyHtml(LocalNames, { props: { names } })).toBe(' ');
	});
});
