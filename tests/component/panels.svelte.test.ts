/**
 * The country and claim panels on their own (no page, no map): what they show, focus on the
 * heading when the reader opened them and back to what opened them when they go, and the claim
 * panel's way back to its country. The page's wiring (map clicks, the country list, Escape, the
 * close button) is end-to-end (tests/e2e/explore.e2e.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import ClaimPanel from '../../src/lib/views/panels/ClaimPanel.svelte';
import CountryPanel from '../../src/lib/views/panels/CountryPanel.svelte';
import { ExploreUi } from '../../src/lib/story/focus.svelte';
import { index, newStory, renderInPage } from './content';

const CLAIM = 'epstein-tajik-accusations-danghara';
const EVENT = 'kerman-bombings-2024';

describe('CountryPanel', () => {
	it("groups a country's claims by who makes them, with names, fact-checks and evidence", async () => {
		const story = newStory({ country: 'IRN' });
		const screen = await renderInPage(
			CountryPanel,
			{ iso3: 'IRN', mapReady: false, onClose() {} },
			{ story }
		);
		const panel = screen.getByTestId('panel');
		await expect.element(panel).toHaveAttribute('data-panel-kind', 'country');
		await expect.element(panel.getByRole('heading', { level: 2 })).toHaveTextContent('Iran');
		// All the cards arrive after the first frame.
		await expect
			.poll(() => panel.element().querySelectorAll('article.claim').length)
			.toBe(index.claimsAboutCountry('IRN').length);
		const groups = [...panel.element().querySelectorAll('section[data-group]')];
		expect(groups.map((g) => g.querySelector('h3')?.textContent)).toEqual([
			"Epstein's case, as the essay reports it",
			"The essay's answer"
		]);
		// Each claim shows who says it; Epstein's are all in the first group.
		const speakers = [...groups[0]!.querySelectorAll('article.claim')].map((a) =>
			a.getAttribute('data-speaker')
		);
		expect(speakers.length).toBeGreaterThan(0);
		expect(new Set(speakers)).toEqual(new Set(['epstein']));
		// The Persian name is marked up as right-to-left Persian.
		await expect.element(panel.getByText('ایران').first()).toHaveAttribute('dir', 'rtl');
		expect(panel.element().querySelector('bdi[lang="fa"]')?.getAttribute('dir')).toBe('rtl');
		expect(panel.element().querySelector('[role=note].fact-check')).not.toBeNull();
		// An evidence link selects its event in place, one step of the story.
		const evidence = panel
			.element()
			.querySelector<HTMLAnchorElement>(`article.claim a[href*="event=${EVENT}"]`)!;
		evidence.click();
		expect(story.selection).toEqual({ country: 'IRN', event: EVENT });
	});

	it('says so when the argument makes no claim about a country, and lists its events', async () => {
		const screen = await renderInPage(CountryPanel, { iso3: 'IRQ', mapReady: false, onClose() {} });
		const panel = screen.getByTestId('panel');
		await expect.element(panel.getByRole('heading', { level: 2 })).toHaveTextContent('Iraq');
		await expect
			.element(panel.getByTestId('no-claims'))
			.toHaveTextContent('The argument makes no claim about Iraq');
		await expect
			.poll(() => panel.element().querySelectorAll('ol.event-rows li').length)
			.toBe(index.eventsInCountry('IRQ').length);
		expect(index.eventsInCountry('IRQ').length).toBeGreaterThan(0);
	});

	it('takes focus when the reader opened it; closing it returns focus to what opened it', async () => {
		const trigger = document.body.appendChild(document.createElement('button'));
		trigger.textContent = 'Afghanistan';
		trigger.focus();
		const story = newStory();
		story.selectCountry('AFG');
		const ui = new ExploreUi();
		ui.panelOpenedByReader(false);
		// What the page's close handler does: close the panel, give focus back.
		const onClose = vi.fn(() => {
			story.closePanel();
			ui.restorePanelFocus();
		});
		const screen = await renderInPage(
			CountryPanel,
			{ iso3: 'AFG', mapReady: false, onClose },
			{ story, ui }
		);
		await expect.element(screen.getByRole('heading', { level: 2 })).toHaveFocus();
		const close = screen.getByTestId('panel-close');
		await expect.element(close).toHaveAccessibleName('Close the panel on Afghanistan');
		await close.click();
		expect(onClose).toHaveBeenCalledOnce();
		expect(story.panel).toBeNull();
		await expect.poll(() => document.activeElement).toBe(trigger);
		trigger.remove();
	});

	it('leaves focus alone when it opened from the URL', async () => {
		const trigger = document.body.appendChild(document.createElement('button'));
		trigger.focus();
		const screen = await renderInPage(CountryPanel, { iso3: 'TJK', mapReady: false, onClose() {} });
		await expect.element(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Tajikistan');
		expect(document.activeElement).toBe(trigger);
		trigger.remove();
	});
});

describe('ClaimPanel', () => {
	it('shows what a claim answers and what answers it, and leads back to its country', async () => {
		const story = newStory({ country: 'TJK', claim: CLAIM });
		const claim = index.claimById.get(CLAIM)!;
		const screen = await renderInPage(
			ClaimPanel,
			() => ({ id: story.selection.claim ?? CLAIM, mapReady: false, onClose() {} }),
			{ story }
		);
		const panel = screen.getByTestId('panel');
		await expect.element(panel).toHaveAttribute('data-panel-kind', 'claim');
		await expect.element(panel.getByRole('heading', { level: 2 })).toHaveTextContent(claim.title);
		await expect.element(panel.getByRole('heading', { name: 'What answers it' })).toBeVisible();
		expect(panel.element().querySelectorAll('article.claim').length).toBe(
			index.answeredBy(CLAIM).length + index.respondsTo(CLAIM).length
		);
		expect(index.answeredBy(CLAIM).length).toBeGreaterThan(0);
		await panel.getByRole('button', { name: /Back to Tajikistan/ }).click();
		expect(story.selection).toEqual({ country: 'TJK' });
		expect(story.panel).toEqual({ kind: 'country', id: 'TJK' });
	});
});
