/**
 * The timeline's controls on their own (no page, no map): stepping by buttons, keys, the jump
 * select and the scrubber, what the buttons are named and what the live region says. The URL,
 * history, Play on a fake clock and the map's own arrow keys are end-to-end tests
 * (tests/e2e/timeline.e2e.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import Timeline from '../../src/lib/views/timeline/Timeline.svelte';
import { formatDate } from '../../src/lib/utils/dates';
import type { CommitKind } from '../../src/lib/story/state.svelte';
import { index, newStory, renderInPage } from './content';

const order = index.eventsInDateOrder().map((e) => e.id);
const label = (id: string) => {
	const e = index.eventById.get(id)!;
	return `${formatDate(e.date)} — ${e.title}`;
};

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function mount(initial?: { event?: string }) {
	const story = newStory(initial);
	const commits: CommitKind[] = [];
	cleanup = story.onCommit((_, kind) => commits.push(kind));
	const screen = await renderInPage(Timeline, {}, { story });
	await expect.element(screen.getByTestId('timeline')).toHaveAttribute('data-ready');
	const at = async (i: number, announced = true) => {
		expect(story.selection.event).toBe(order[i]);
		await expect
			.element(screen.getByTestId('timeline-card'))
			.toHaveAttribute('data-event-id', order[i]);
		if (announced)
			await expect
				.element(screen.getByTestId('timeline-announcer'))
				.toHaveTextContent(`Event ${i + 1} of ${order.length}: ${label(order[i]!)}`);
	};
	return {
		story,
		commits,
		screen,
		at,
		prev: screen.getByTestId('timeline-prev'),
		next: screen.getByTestId('timeline-next'),
		jump: screen.getByTestId('timeline-jump')
	};
}

describe('Timeline', () => {
	it('starts with nothing selected and steps forward and back with the buttons', async () => {
		const { story, commits, screen, at, prev, next } = await mount();
		expect(order.length).toBeGreaterThan(3);
		expect(story.selection.event).toBeUndefined();
		await expect.element(screen.getByRole('button', { name: 'Start the timeline' })).toBeVisible();
		await expect.element(prev).toHaveAttribute('aria-disabled', 'true');
		// Next names where it leads: the first event.
		await expect.element(next).toHaveAccessibleName(`Next event: ${label(order[0]!)}`);

		await next.click();
		await at(0);
		await expect.element(prev).toHaveAttribute('aria-disabled', 'true');
		await next.click();
		await at(1);
		await expect.element(prev).toHaveAttribute('aria-disabled', 'false');
		await expect.element(prev).toHaveAccessibleName(`Previous event: ${label(order[0]!)}`);
		await prev.click();
		await at(0);
		// A disabled Previous does nothing and keeps focus (aria-disabled, not disabled).
		await prev.click({ force: true });
		await at(0);
		await expect.element(prev).toHaveFocus();
		// Each reader's step is a history entry.
		expect(commits).toEqual(['push', 'push', 'push']);
	});

	it('Start the timeline goes to the first event; Next stops at the last', async () => {
		const { screen, at, next, jump } = await mount();
		await screen.getByRole('button', { name: 'Start the timeline' }).click();
		await at(0);
		const last = order.length - 1;
		await jump.selectOptions(order[last - 1]!);
		await at(last - 1);
		await next.click();
		await at(last);
		await expect.element(next).toHaveAttribute('aria-disabled', 'true');
		await expect.element(next).toHaveAccessibleName('Next event (none)');
		await next.click({ force: true });
		await at(last);
	});

	it('the arrow keys step anywhere on the page; Home and End only inside the timeline', async () => {
		const { at, next } = await mount();
		await userEvent.keyboard('{ArrowRight}');
		await at(0);
		await userEvent.keyboard('{ArrowRight}{ArrowRight}');
		await at(2);
		await userEvent.keyboard('{ArrowLeft}');
		await at(1);
		// Shift+Right selects text: never a step.
		await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
		await at(1);
		// Outside the timeline Home and End scroll the page; inside they go to the ends.
		await userEvent.keyboard('{End}');
		await at(1);
		(next.element() as HTMLElement).focus();
		await userEvent.keyboard('{End}');
		await at(order.length - 1);
		await userEvent.keyboard('{Home}');
		await at(0);
	});

	it('keys typed in the jump select are the select’s own', async () => {
		const { at, jump } = await mount();
		await jump.selectOptions(order[2]!);
		await at(2);
		(jump.element() as HTMLElement).focus();
		// The select moves itself by one; the page-wide listener must not add a second step.
		await userEvent.keyboard('{ArrowRight}');
		await at(3);
		await expect.element(jump).toHaveFocus();
		await expect.element(jump).toHaveValue(order[3]!);
	});

	it('the jump select selects an event, with its date shown to its precision', async () => {
		const { screen, at, jump } = await mount();
		const war = order.indexOf('twelve-day-war-2025');
		expect(war).toBeGreaterThan(0);
		await jump.selectOptions('twelve-day-war-2025');
		await at(war);
		const card = screen.getByTestId('timeline-card');
		// A range is shown as a range, not as its first day.
		await expect.element(card.getByRole('time')).toHaveTextContent('13–24 June 2025');
		await expect.element(card.getByRole('time')).toHaveAttribute('datetime', '2025-06-13');
		await expect.element(card.getByRole('heading')).toHaveTextContent('The Twelve-Day War');
		await expect
			.element(card.getByRole('link', { name: /Read more/ }))
			.toHaveAttribute('href', '#event-twelve-day-war-2025');
	});

	it('the scrubber jumps by click and steps once per arrow key; ticks show each phase', async () => {
		const { screen, at } = await mount();
		const scrubber = screen.getByTestId('timeline-scrubber');
		await expect.element(scrubber).toHaveAttribute('role', 'slider');
		const target = 5;
		const tick = scrubber
			.element()
			.querySelector<HTMLElement>(`[data-event-id="${order[target]}"]`)!;
		const box = tick.getBoundingClientRect();
		const rect = scrubber.element().getBoundingClientRect();
		await userEvent.click(scrubber, {
			position: { x: box.x + box.width / 2 - rect.x, y: box.y + box.height / 2 - rect.y }
		});
		await at(target);
		await expect.element(scrubber).toHaveFocus();
		await expect.element(scrubber).toHaveAttribute('aria-valuenow', String(target + 1));

		// The slider handles its own arrows; the page listener must leave them alone.
		await userEvent.keyboard('{ArrowRight}');
		await at(target + 1);
		await userEvent.keyboard('{ArrowLeft}');
		await at(target);
		await userEvent.keyboard('{End}');
		await at(order.length - 1);
		await userEvent.keyboard('{Home}{PageUp}');
		await at(5);
		const phase = (i: number) =>
			scrubber.element().querySelector(`[data-event-id="${order[i]}"]`)?.getAttribute('data-phase');
		expect([phase(4), phase(5), phase(6)]).toEqual(['past', 'current', 'future']);
	});

	it('an event already selected (a deep link) is shown but not announced', async () => {
		const { screen, at, prev, next } = await mount({ event: order[10] });
		await at(10, false);
		await expect.element(screen.getByTestId('timeline-announcer')).toHaveTextContent('');
		await expect.element(prev).toHaveAccessibleName(`Previous event: ${label(order[9]!)}`);
		await expect.element(next).toHaveAccessibleName(`Next event: ${label(order[11]!)}`);
		await next.click();
		await at(11);
	});
});
