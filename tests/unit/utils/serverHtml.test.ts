import { describe, expect, it } from 'vitest';
import { withoutHydrationMarkers } from '../../../src/lib/utils/serverHtml';

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
