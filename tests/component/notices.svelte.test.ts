import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import Notices from '../../src/lib/views/page/Notices.svelte';
import { parseUrlState } from '../../src/lib/story/url';
import { index } from './content';

const known = {
	countries: new Set(index.content.countries.map((c) => c.id)),
	events: new Set(index.content.events.map((e) => e.id)),
	claims: new Set(index.content.claims.map((c) => c.id)),
	places: new Set(index.content.places.map((p) => p.id))
};

describe('Notices', () => {
	it('shows what a hostile link held as text, and Dismiss asks to hide it', async () => {
		const { notices } = parseUrlState(
			new URLSearchParams('?claim=<img src=x onerror="window.__pwned=1">&country=XXX'),
			known
		);
		const onDismiss = vi.fn();
		const screen = await render(Notices, { notices, onDismiss });
		const box = screen.getByTestId('url-notices');
		await expect.element(box).toBeVisible();
		expect(box.getByRole('listitem').elements()).toHaveLength(2);
		await expect.element(box).toHaveTextContent('<img src=x onerror=');
		expect(screen.container.querySelector('img')).toBeNull();
		expect('__pwned' in window).toBe(false);
		await screen.getByRole('button', { name: 'Dismiss' }).click();
		expect(onDismiss).toHaveBeenCalledOnce();
	});

	it('shows nothing without notices', async () => {
		const screen = await render(Notices, { notices: [], onDismiss: () => {} });
		await expect.element(screen.getByTestId('url-notices')).not.toBeInTheDocument();
	});
});
