/**
 * The tour panel on its own (no page, no map): stepping by buttons and keys, what each step is
 * announced as, the ends staying put, and "Go to step" on an answered claim. A step per history
 * entry, the timeline keeping still, Exit and Escape, and the layouts are end-to-end
 * (tests/e2e/tour.e2e.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import TourPanel from '../../src/lib/views/tour/TourPanel.svelte';
import type { CommitKind } from '../../src/lib/story/state.svelte';
import { index, newStory, renderInPage } from './content';

const order = index.content.claims.map((c) => c.id);
const who = (id: string) =>
	index.claimById.get(id)!.speaker === 'epstein'
		? 'Epstein, as the essay reports him'
		: 'The essay';

async function mount(step: number) {
	const story = newStory({ claim: order[step], tour: true });
	const commits: CommitKind[] = [];
	story.onCommit((_, kind) => commits.push(kind));
	const onExit = vi.fn();
	const screen = await renderInPage(
		TourPanel,
		() => ({ id: story.panel?.kind === 'tour' ? story.panel.id : null, onExit }),
		{ story }
	);
	const at = async (i: number) => {
		expect(story.selection).toEqual({ claim: order[i], tour: true });
		await expect
			.element(screen.getByTestId('tour-step'))
			.toHaveTextContent(`Step ${i + 1} of ${order.length}`);
		await expect
			.element(screen.getByTestId('tour').getByRole('heading', { level: 2 }))
			.toHaveTextContent(index.claimById.get(order[i]!)!.title);
	};
	await at(step);
	return {
		story,
		commits,
		screen,
		at,
		onExit,
		prev: screen.getByTestId('tour-prev'),
		next: screen.getByTestId('tour-next')
	};
}

describe('TourPanel', () => {
	it('steps by buttons and announces each step; the ends do not move', async () => {
		const { screen, at, commits, prev, next } = await mount(0);
		await expect.element(prev).toHaveAttribute('aria-disabled', 'true');
		// The step read on arrival is not announced.
		await expect.element(screen.getByTestId('tour-live')).toHaveTextContent('');
		// aria-disabled keeps it focusable and clickable; the click does nothing.
		await prev.click({ force: true });
		await at(0);
		await next.click();
		await at(1);
		await expect
			.element(screen.getByTestId('tour-live'))
			.toHaveTextContent(
				`Step 2 of ${order.length}: ${who(order[1]!)} — ${index.claimById.get(order[1]!)!.title}`
			);
		// Focus stays on the button the reader uses.
		await expect.element(next).toHaveFocus();
		await prev.click();
		await at(0);
		expect(commits).toEqual(['push', 'push']);
	});

	it('stays at the last step', async () => {
		const last = order.length - 1;
		const { at, next } = await mount(last);
		await expect.element(next).toHaveAttribute('aria-disabled', 'true');
		await next.click({ force: true });
		await at(last);
	});

	it('the arrow keys step it from anywhere; Home and End inside it', async () => {
		const { at, next } = await mount(0);
		await userEvent.keyboard('{ArrowRight}{ArrowRight}');
		await at(2);
		await userEvent.keyboard('{ArrowLeft}');
		await at(1);
		await userEvent.keyboard('{End}');
		await at(1);
		(next.element() as HTMLElement).focus();
		await userEvent.keyboard('{End}');
		await at(order.length - 1);
		await userEvent.keyboard('{Home}');
		await at(0);
	});

	it('a rebuttal shows the claim it answers beside it, with a way to that step', async () => {
		const step = order.findIndex(
			(id) =>
				index.claimById.get(id)!.speaker === 'essay-author' &&
				index.respondsTo(id).some((c) => c.speaker === 'epstein')
		);
		expect(step).toBeGreaterThanOrEqual(0);
		const { screen, at } = await mount(step);
		const compare = screen.getByTestId('tour-compare');
		// Where it sits (beside or stacked) is the layout's, tested end-to-end.
		await expect.element(compare).toBeInTheDocument();
		const answered = index.respondsTo(order[step]!)[0]!;
		await expect
			.element(compare.getByRole('heading', { level: 4, name: answered.title }))
			.toBeVisible();
		await compare
			.getByRole('button', { name: /Go to step/ })
			.first()
			.click();
		await at(order.indexOf(answered.id));
		// The button went away with its step: focus is on the new step's heading.
		await expect
			.element(screen.getByTestId('tour').getByRole('heading', { level: 2 }))
			.toHaveFocus();
	});

	it('Exit asks the page to leave the tour', async () => {
		const { screen, onExit } = await mount(3);
		await screen.getByTestId('tour-exit').click();
		expect(onExit).toHaveBeenCalledOnce();
	});
});
