/**
 * The timeline soak (`npm run test:long`): 500+ timeline steps on the built site with the WebGL
 * map, then the JS objects on the heap (after forced GC) within 10% of where they were after a
 * warm-up, and no more layers, sources, popups, map listeners or DOM listeners. It logs the heap
 * after each round trip: a leak climbs, a cache levels off.
 */
import { expect, test } from '../fixtures';
import {
	cdpListeners,
	jsObjectHeap,
	listenerCounterScript,
	mapCounts,
	openReady,
	settle,
	usedHeap
} from '../robustness.helpers';

test('500 timeline steps leak no heap, layers, sources, popups or listeners', async ({ page }) => {
	test.setTimeout(900_000);
	await page.addInitScript(listenerCounterScript);
	// Camera moves jump, so each step finishes before the next; the steps are what is measured.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openReady(page);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');

	const order = await page
		.getByTestId('timeline-jump')
		.locator('option')
		.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
	expect(order.length).toBeGreaterThan(3);
	const card = page.getByTestId('timeline-card');

	// Back and forth between the ends: Right to the last event, then Left to the first, and so on.
	let at = -1;
	let dir = 1;
	let steps = 0;
	async function stepOnce() {
		if (at + dir < 0 || at + dir >= order.length) dir = -dir;
		at += dir;
		await page.keyboard.press(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
		await expect(card).toHaveAttribute('data-event-id', order[at]!);
		steps++;
		if (steps % 25 === 0) {
			expect(await page.locator('.maplibregl-popup').count()).toBeLessThanOrEqual(1);
		}
		if (steps % 100 === 0) console.log(`soak: ${steps} steps`);
	}
	// Keys go to the window's handler; start from a neutral focus.
	await page.locator('h1').click();

	// Warm-up: one round trip, so every event's place has been visited once and what fills up
	// once and then stays (tile and glyph caches, compiled code) is in the baseline.
	const roundTrip = 2 * (order.length - 1);
	for (let i = 0; i < roundTrip; i++) await stepOnce();
	await settle(page);
	const before = await mapCounts(page);
	const heapBefore = await usedHeap(cdp);
	const objectsBefore = await jsObjectHeap(cdp);
	const cdpBefore = {
		window: await cdpListeners(cdp, 'window'),
		document: await cdpListeners(cdp, 'document'),
		canvas: await cdpListeners(cdp, 'window.__storyMap.map.getCanvas()')
	};

	// Whole round trips, so the camera, popup and card end where they were measured; 500 steps
	// in all at least. The heap after each round trip is logged: a leak climbs, a cache levels off.
	const rounds = Math.ceil((500 - roundTrip) / roundTrip);
	const measured = rounds * roundTrip;
	const heapByRound: number[] = [];
	const started = Date.now();
	for (let round = 0; round < rounds; round++) {
		for (let i = 0; i < roundTrip; i++) await stepOnce();
		heapByRound.push(Math.round((await usedHeap(cdp)) / 1e3));
	}
	await settle(page);
	const seconds = (Date.now() - started) / 1000;

	const after = await mapCounts(page);
	const heapAfter = await usedHeap(cdp);
	const objectsAfter = await jsObjectHeap(cdp);
	const cdpAfter = {
		window: await cdpListeners(cdp, 'window'),
		document: await cdpListeners(cdp, 'document'),
		canvas: await cdpListeners(cdp, 'window.__storyMap.map.getCanvas()')
	};
	const growth = (heapAfter - heapBefore) / heapBefore;
	const objectGrowth = (objectsAfter - objectsBefore) / objectsBefore;
	const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
	console.log(
		`soak: ${steps} steps (${measured} measured in ${seconds.toFixed(1)} s); JS heap used ${mb(heapBefore)} -> ${mb(heapAfter)} (${(growth * 100).toFixed(1)}%), of which JS objects ${mb(objectsBefore)} -> ${mb(objectsAfter)} (${(objectGrowth * 100).toFixed(1)}%)`
	);
	console.log(`soak heap after each round trip (kB): ${heapByRound.join(', ')}`);
	console.log(`soak counts before ${JSON.stringify(before)} / after ${JSON.stringify(after)}`);
	console.log(
		`soak CDP listeners before ${JSON.stringify(cdpBefore)} / after ${JSON.stringify(cdpAfter)}`
	);

	expect(steps).toBeGreaterThanOrEqual(500);
	// The JS objects a leak would grow; the whole used heap also counts code V8 compiles as it
	// optimises (see jsObjectHeap), which is logged above but not a leak.
	expect(objectGrowth, 'JS object heap growth over the measured steps').toBeLessThan(0.1);
	expect(after.layers).toBe(before.layers);
	expect(after.sources).toBe(before.sources);
	expect(after.popups).toBeLessThanOrEqual(1);
	expect(after.popups).toBe(before.popups);
	expect(after.mapListeners).toBeLessThanOrEqual(before.mapListeners);
	expect(after.liveListeners).toBeLessThanOrEqual(before.liveListeners);
	expect(after.nodes).toBeLessThanOrEqual(before.nodes);
	expect(cdpAfter).toEqual(cdpBefore);
});
