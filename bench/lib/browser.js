/**
 * Timings measured with Playwright in Debian's Chromium, unthrottled: navigation -> interactive
 * map, and two interaction latencies. Each run uses a fresh browser context (empty cache).
 */
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../../tests/chromium.js';
import { median } from './report.js';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('./report.js').Timing} Timing */

/** The Chromium flags the tests use: one list (tests/chromium.js). */
export const BROWSER_ARGS = chromiumArgs;

export const MAP_READY = '[data-testid="map"][data-map-state="ready"]';
/** Ways to select a country without the map canvas, tried in order (the first visible wins). */
export const COUNTRY_TRIGGERS = [
	'[data-testid="country-list"] [data-country="IRN"]',
	'[data-testid="country-list"] a',
	'[data-testid="country-list"] button',
	'a[href$="?country=IRN"]',
	'a[href*="?country="]'
];
export const COUNTRY_PANEL = '[data-testid="panel"][data-panel-kind="country"]';
export const NEXT_EVENT = '[data-testid="timeline-next"]';
export const POPUP = '.maplibregl-popup';

const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = {
	viewport: { width: 375, height: 667 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2
};

/**
 * Records, from the first byte of the document, when the map container first reports "ready".
 * performance.now() counts from the navigation's start (the time origin).
 */
function installMapReadyProbe() {
	const probe = { mapReady: /** @type {number | null} */ (null) };
	Object.defineProperty(window, '__benchMap', { value: probe });
	const check = () => {
		if (probe.mapReady !== null) return;
		const map = document.querySelector('[data-testid="map"]');
		if (map?.getAttribute('data-map-state') === 'ready') {
			probe.mapReady = performance.now();
			observer.disconnect();
		}
	};
	const observer = new MutationObserver(check);
	observer.observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-map-state']
	});
}

/**
 * Opens the page in a fresh context and waits for the interactive map.
 * @param {Browser} browser
 * @param {string} url
 * @param {object} contextOptions
 * @param {string[]} errors collects page errors and console errors
 * @param {boolean} startMapByPress press the map as soon as the static map is there
 */
async function openPage(browser, url, contextOptions, errors, startMapByPress) {
	const context = await browser.newContext(contextOptions);
	const page = await context.newPage();
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	await page.addInitScript(installMapReadyProbe);
	await page.goto(url);
	if (startMapByPress) {
		// The page starts the WebGL map on the first press on the map (by default, or with
		// --map-load=interaction): a reader starting to pan. A bare pointerdown, so that no country
		// or place gets clicked; harmless where the map has started already.
		await page.waitForSelector('[data-testid="static-map"]', { timeout: 30_000 });
		// A press before hydration reaches no handler (as it would not for a reader): press again
		// until the stage says the WebGL map is on its way.
		for (let tries = 0; tries < 80; tries += 1) {
			await page.dispatchEvent('[data-testid="map-stage"]', 'pointerdown');
			const state = await page.getAttribute('[data-testid="map-stage"]', 'data-webgl');
			if (state !== 'off') break;
			await page.waitForTimeout(250);
		}
	}
	try {
		await page.waitForSelector(MAP_READY, { timeout: 60_000, state: 'attached' });
	} catch {
		errors.push(`the map did not report ready within 60 s (${JSON.stringify(contextOptions)})`);
	}
	const mapReady = await page.evaluate(
		() => /** @type {{ mapReady: number | null }} */ (Reflect.get(window, '__benchMap')).mapReady
	);
	return { context, page, mapReady };
}

/**
 * In the page, from document start: when the reader's first press on the map happened (its
 * timeStamp), when the first frame after the static map moved was painted, and when the WebGL
 * map took over (data-webgl="ready"). "Painted" as in armInteractionProbe: a
 * requestAnimationFrame callback, then a user-blocking task.
 */
function installPressProbe() {
	const probe = {
		press: /** @type {number | null} */ (null),
		moved: /** @type {number | null} */ (null),
		ready: /** @type {number | null} */ (null)
	};
	Object.defineProperty(window, '__benchPress', { value: probe });
	/** @param {(time: number) => void} set */
	const afterPaint = (set) =>
		requestAnimationFrame(() =>
			Reflect.get(window, 'scheduler').postTask(() => set(performance.now()), {
				priority: 'user-blocking'
			})
		);
	addEventListener(
		'pointerdown',
		(event) => {
			const target = /** @type {Element | null} */ (event.target);
			if (probe.press === null && target?.closest?.('[data-testid="map-stage"]')) {
				probe.press = event.timeStamp;
			}
		},
		{ capture: true }
	);
	const observer = new MutationObserver((records) => {
		if (probe.press === null) return;
		for (const record of records) {
			const target = /** @type {Element} */ (record.target);
			if (probe.moved === null && target.closest('[data-testid="static-map"]')) {
				probe.moved = -1;
				afterPaint((time) => (probe.moved = time));
			}
			if (probe.ready === null && target.getAttribute('data-webgl') === 'ready') {
				probe.ready = -1;
				afterPaint((time) => (probe.ready = time));
			}
		}
	});
	observer.observe(document, {
		subtree: true,
		attributes: true,
		attributeFilter: ['transform', 'style', 'data-zoomed', 'data-webgl']
	});
}

/**
 * A reader's first drag on the map, once the page has fetched the map's files at idle: from the
 * press to the static map's first moved frame, and to the WebGL map taking over.
 * @param {Browser} browser
 * @param {string} url
 * @param {object} contextOptions
 * @param {string[]} errors
 * @returns {Promise<{ moved: number | null, ready: number | null }>}
 */
export async function measurePress(browser, url, contextOptions, errors) {
	const context = await browser.newContext(contextOptions);
	const page = await context.newPage();
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	try {
		await page.addInitScript(installPressProbe);
		await page.goto(url);
		await page.waitForSelector('[data-testid="timeline"][data-ready]', {
			state: 'attached',
			timeout: 30_000
		});
		// The idle prefetch: its links are there, and the network has gone quiet.
		await page
			.waitForSelector('link[rel="prefetch"]', { state: 'attached', timeout: 10_000 })
			.catch(() => errors.push('press probe: the page prefetched nothing at idle'));
		await page.waitForLoadState('networkidle');
		const box = await page.locator('[data-testid="map-stage"]').boundingBox();
		if (!box) throw new Error('press probe: no map stage');
		// Open sea south of Iran: nothing to click there.
		const [x, y] = [box.x + box.width * 0.55, box.y + box.height * 0.9];
		if (/** @type {{ hasTouch?: boolean }} */ (contextOptions).hasTouch) {
			const cdp = await context.newCDPSession(page);
			/** @param {'touchStart' | 'touchMove' | 'touchEnd'} type @param {number} dx */
			const touch = (type, dx) =>
				cdp.send('Input.dispatchTouchEvent', {
					type,
					touchPoints: type === 'touchEnd' ? [] : [{ x: x - dx, y: y - dx }]
				});
			await touch('touchStart', 0);
			for (let i = 1; i <= 5; i += 1) await touch('touchMove', 8 * i);
			await touch('touchEnd', 0);
		} else {
			await page.mouse.move(x, y);
			await page.mouse.down();
			await page.mouse.move(x - 40, y - 40, { steps: 5 });
			await page.mouse.up();
		}
		await page
			.waitForFunction(
				() => {
					const probe = Reflect.get(window, '__benchPress');
					return probe.ready !== null && probe.ready > 0;
				},
				null,
				{ timeout: 60_000 }
			)
			.catch(() => errors.push('press probe: the WebGL map did not take over within 60 s'));
		const probe = await page.evaluate(() => Reflect.get(window, '__benchPress'));
		const since = (/** @type {number | null} */ time) =>
			probe.press !== null && time !== null && time > 0 ? time - probe.press : null;
		return { moved: since(probe.moved), ready: since(probe.ready) };
	} finally {
		await context.close();
	}
}

/** Waits until the page is idle: no network for 500 ms, then an idle callback. @param {Page} page */
async function settle(page) {
	await page.waitForLoadState('networkidle');
	await page.evaluate(
		() => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 2000 }))
	);
}

/**
 * In the page: watch for `target` to appear (or, if already there, to change) and become
 * visible after the next click anywhere, and note when the frame after that was painted.
 * Start: the click event's timeStamp (the input's time). Painted: a requestAnimationFrame
 * callback after the target is visible, then a user-blocking task (scheduler.postTask), which
 * runs as soon as that frame was produced. A plain setTimeout 0 would queue behind tasks the page
 * itself scheduled from the same frame (work it defers until after the paint) and so count them.
 * Also kept, for reference: the click's Event Timing entry, whose duration runs to the
 * presentation of the next frame (what INP measures; includes the compositor's work, and is
 * rounded to 8 ms).
 * @param {string} target
 */
function armInteractionProbe(target) {
	/** @type {{ t0: number | null, visible: number | null, painted: number | null, presented: number | null, done: Promise<void> }} */
	const probe = {
		t0: null,
		visible: null,
		painted: null,
		presented: null,
		done: Promise.resolve()
	};
	Reflect.set(window, '__benchInteraction', probe);
	/** @param {() => void} task */
	const afterFrame = (task) =>
		'scheduler' in window
			? /** @type {{ postTask: (t: () => void, o: object) => Promise<void> }} */ (
					Reflect.get(window, 'scheduler')
				).postTask(task, { priority: 'user-blocking' })
			: setTimeout(task, 0);
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			const timing = /** @type {PerformanceEventTiming} */ (entry);
			// Only a frame that could show the target: it was there when the handlers finished.
			if (
				timing.name === 'click' &&
				probe.t0 !== null &&
				Math.abs(timing.startTime - probe.t0) < 1 &&
				probe.visible !== null &&
				probe.visible <= timing.processingEnd + 1
			)
				probe.presented = timing.duration;
		}
	}).observe({ type: 'event', durationThreshold: 16 });
	const before = new Set(document.querySelectorAll(target));
	/** @type {Set<Element>} */
	const changed = new Set();
	/** @param {Element} el */
	const isVisible = (el) =>
		typeof el.checkVisibility === 'function'
			? el.checkVisibility({ visibilityProperty: true })
			: el.getClientRects().length > 0;
	probe.done = new Promise((resolve) => {
		const tick = () => {
			if (probe.t0 === null || probe.visible !== null) return;
			const hit = [...document.querySelectorAll(target)].some(
				(el) => (!before.has(el) || changed.has(el)) && isVisible(el)
			);
			if (!hit) return;
			probe.visible = performance.now();
			observer.disconnect();
			requestAnimationFrame(() =>
				afterFrame(() => {
					probe.painted = performance.now();
					resolve();
				})
			);
		};
		const observer = new MutationObserver((records) => {
			if (probe.t0 === null) return;
			for (const record of records) {
				// New content in a target that was already there counts; its attributes (a popup's
				// transform while the camera moves) do not.
				if (record.type === 'attributes') continue;
				for (const el of before) if (el.contains(record.target)) changed.add(el);
			}
			tick();
		});
		observer.observe(document.body, {
			subtree: true,
			childList: true,
			attributes: true,
			characterData: true
		});
		const poll = () => {
			tick();
			if (probe.visible === null) requestAnimationFrame(poll);
		};
		addEventListener(
			'click',
			(event) => {
				probe.t0 = Math.min(event.timeStamp, performance.now());
				queueMicrotask(tick);
				poll();
			},
			{ capture: true, once: true }
		);
	});
}

/** The click loaded a new document instead of updating the page. */
class NavigatedError extends Error {
	/** @param {string} url where the page went */
	constructor(url) {
		super(`the click loaded a new document (${url}), not an in-page update`);
	}
}

/**
 * Clicks `trigger` (a real, trusted click through the browser's input pipeline) and returns ms
 * from the click to the frame painted after `target` became visible (null on timeout), and the
 * click's Event Timing duration when that frame could show the target (null otherwise).
 * @param {Page} page
 * @param {import('@playwright/test').Locator} trigger
 * @param {string} target
 * @param {number} timeoutMs
 */
async function measureClick(page, trigger, target, timeoutMs) {
	await page.evaluate(armInteractionProbe, target);
	await trigger.click();
	const result = await page.evaluate(async (timeout) => {
		const probe =
			/** @type {{ t0: number | null, visible: number | null, painted: number | null, presented: number | null, done: Promise<void> } | undefined} */ (
				Reflect.get(window, '__benchInteraction')
			);
		// Gone: the click loaded a new document.
		if (!probe) return null;
		await Promise.race([probe.done, new Promise((resolve) => setTimeout(resolve, timeout))]);
		// Event Timing entries arrive once the frame was presented.
		for (let i = 0; i < 20 && probe.presented === null && probe.painted !== null; i += 1)
			await new Promise((resolve) => setTimeout(resolve, 25));
		return {
			painted: probe.t0 !== null && probe.painted !== null ? probe.painted - probe.t0 : null,
			presented: probe.presented
		};
	}, timeoutMs);
	if (result === null) throw new NavigatedError(page.url());
	return result;
}

/**
 * The first visible element among the selectors, or null.
 * @param {Page} page
 * @param {string[]} selectors
 */
async function firstVisible(page, selectors) {
	for (const selector of selectors) {
		const locator = page.locator(selector);
		const count = await locator.count();
		for (let i = 0; i < count; i += 1) {
			const candidate = locator.nth(i);
			if (await candidate.isVisible()) return { selector, locator: candidate };
		}
	}
	return null;
}

/**
 * Performance marks and measures the page recorded itself (the app may add its own around
 * interactions); kept in the JSON for reference.
 * @param {Page} page
 */
function pageMarks(page) {
	return page.evaluate(() =>
		performance
			.getEntries()
			.filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
			.map((e) => ({ name: e.name, type: e.entryType, start: e.startTime, duration: e.duration }))
	);
}

/**
 * @param {object} options
 * @param {string} options.url
 * @param {string} options.chromePath
 * @param {number} options.runs
 * @param {boolean} [options.startMapByPress] press the map first (default true: the page starts
 *   the WebGL map on the first press)
 * @param {(message: string) => void} [options.log]
 * @returns {Promise<{ timings: Record<string, Timing>, errors: string[], marks: unknown[] }>}
 */
export async function measureBrowser({
	url,
	chromePath,
	runs,
	startMapByPress = true,
	log = () => {}
}) {
	const browser = await chromium.launch({ executablePath: chromePath, args: BROWSER_ARGS });
	/** @type {string[]} */
	const errors = [];
	/** @type {unknown[]} */
	const marks = [];
	/** @type {number[]} */
	const readyDesktop = [];
	/** @type {number[]} */
	const readyPhone = [];
	/** Press -> static map moving, press -> WebGL map ready, per size. @type {Record<string, number[]>} */
	const press = { movedDesktop: [], movedPhone: [], readyDesktop: [], readyPhone: [] };
	/** @type {number[]} */
	const country = [];
	/** @type {number[]} */
	const popup = [];
	/** Event Timing durations of the same clicks (reference). @type {number[]} */
	const countryPresented = [];
	/** @type {number[]} */
	const popupPresented = [];
	/** @type {string | undefined} */
	let countryMissing;
	/** @type {string | undefined} */
	let popupMissing;
	let countrySelector = '';
	let stepsWithoutPopup = 0;

	try {
		for (let run = 1; run <= runs; run += 1) {
			log(`browser run ${run}/${runs}`);
			try {
				await measureRun(run);
			} catch (error) {
				// One broken run is a result to report, not a reason to lose the others.
				errors.push(
					`run ${run} stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
				);
			}
		}
	} finally {
		await browser.close();
	}

	/** @param {number} run */
	async function measureRun(run) {
		const phone = await openPage(browser, url, PHONE, errors, startMapByPress);
		if (phone.mapReady !== null) readyPhone.push(phone.mapReady);
		await phone.context.close();

		const { context, page, mapReady } = await openPage(
			browser,
			url,
			DESKTOP,
			errors,
			startMapByPress
		);
		try {
			if (mapReady !== null) readyDesktop.push(mapReady);
			await measureInteractions(page, run);
		} finally {
			await context.close();
		}

		for (const [size, options] of /** @type {const} */ ([
			['Desktop', DESKTOP],
			['Phone', PHONE]
		])) {
			const { moved, ready } = await measurePress(browser, url, options, errors);
			if (moved !== null) press[`moved${size}`]?.push(moved);
			if (ready !== null) press[`ready${size}`]?.push(ready);
		}
	}

	/** @param {Page} page @param {number} run */
	async function measureInteractions(page, run) {
		await settle(page);

		const trigger = await firstVisible(page, COUNTRY_TRIGGERS);
		if (!trigger) {
			countryMissing = `no country control on the page (looked for ${COUNTRY_TRIGGERS.join(', ')})`;
		} else {
			countrySelector = trigger.selector;
			try {
				const { painted, presented } = await measureClick(
					page,
					trigger.locator,
					COUNTRY_PANEL,
					5000
				);
				if (painted === null) {
					countryMissing = `clicked ${trigger.selector} but no ${COUNTRY_PANEL} became visible within 5 s`;
				} else country.push(painted);
				if (presented !== null) countryPresented.push(presented);
			} catch (error) {
				if (!(error instanceof NavigatedError)) throw error;
				countryMissing = `clicking ${trigger.selector}: ${error.message}`;
				errors.push(`run ${run}: ${countryMissing}`);
				await page
					.waitForSelector(MAP_READY, { timeout: 60_000, state: 'attached' })
					.catch(() => errors.push('the map did not get ready again after the reload'));
			}
			await settle(page);
		}

		const next = page.locator(NEXT_EVENT).first();
		if ((await next.count()) === 0 || !(await next.isVisible())) {
			popupMissing = `no visible ${NEXT_EVENT} button on the page`;
		} else {
			// Events without a place open no popup: step up to 3 times, keep the steps that did.
			for (let step = 0; step < 3 && (await next.isEnabled()); step += 1) {
				try {
					const { painted, presented } = await measureClick(page, next, POPUP, 3000);
					if (painted === null) stepsWithoutPopup += 1;
					else popup.push(painted);
					if (presented !== null) popupPresented.push(presented);
				} catch (error) {
					if (!(error instanceof NavigatedError)) throw error;
					popupMissing = `clicking ${NEXT_EVENT}: ${error.message}`;
					errors.push(`run ${run}: ${popupMissing}`);
					break;
				}
				await settle(page);
			}
			if (popup.length === 0) {
				popupMissing ??= `clicked ${NEXT_EVENT} but no ${POPUP} became visible within 3 s`;
			}
		}
		if (run === 1) marks.push(...(await pageMarks(page)));
	}

	const clickMethod =
		'from the trusted click event (its timeStamp) to the first frame painted after the element is visible (requestAnimationFrame, then a user-blocking scheduler.postTask), detected with a MutationObserver; one sample per run';
	const presentedMethod =
		"the click's Event Timing duration (as INP counts it: to the presentation of the next frame, compositor included, rounded to 8 ms), where the element was there when the click's handlers finished; no budget";
	/**
	 * @param {string} label
	 * @param {number[]} samples
	 * @param {string | undefined} method
	 * @param {string} missing why there is no sample, if there is none
	 * @returns {Timing}
	 */
	const timing = (label, samples, method, missing) => ({
		label,
		median: median(samples),
		runs: samples,
		...(method ? { method } : {}),
		...(samples.length === 0 ? { notMeasured: missing } : {})
	});
	const neverReady = 'the map never reported ready';
	const timings = {
		mapReadyDesktop: timing(
			'Navigation -> map ready (desktop 1440x900)',
			readyDesktop,
			`performance.now() when ${MAP_READY} first matches (MutationObserver from document start)`,
			neverReady
		),
		mapReadyPhone: timing(
			'Navigation -> map ready (phone 375x667, unthrottled)',
			readyPhone,
			undefined,
			neverReady
		),
		pressToMoveDesktop: timing(
			'Press to map moving (static map, desktop 1440x900)',
			press.movedDesktop ?? [],
			"from a drag's pointerdown (its timeStamp) to the first frame painted after the static map moved, once the page has fetched the map's files at idle; a mouse drag on desktop, a finger (CDP touch events) on the phone",
			'the static map never moved under the drag'
		),
		pressToMovePhone: timing(
			'Press to map moving (static map, phone 375x667)',
			press.movedPhone ?? [],
			undefined,
			'the static map never moved under the drag'
		),
		pressToWebglDesktop: timing(
			'Press to WebGL ready (fetch started at idle, desktop)',
			press.readyDesktop ?? [],
			'from the same pointerdown to the first frame painted after the WebGL map took over (data-webgl="ready"), its files fetched at idle before the press',
			'the WebGL map never took over'
		),
		pressToWebglPhone: timing(
			'Press to WebGL ready (fetch started at idle, phone)',
			press.readyPhone ?? [],
			undefined,
			'the WebGL map never took over'
		),
		countryPanel: timing(
			'Country click -> panel painted (desktop)',
			country,
			`${clickMethod}; control: ${countrySelector || 'none'}, panel: ${COUNTRY_PANEL}`,
			countryMissing ?? 'no sample'
		),
		nextEventPopup: timing(
			'Next event -> popup shown (desktop)',
			popup,
			`${clickMethod.replace('one sample per run', 'up to 3 steps per run')}; ${NEXT_EVENT} -> ${POPUP}${stepsWithoutPopup ? ` (${stepsWithoutPopup} steps opened no popup and are left out)` : ''}`,
			popupMissing ?? 'no sample'
		),
		countryPanelPresented: timing(
			'Country click -> next frame presented (Event Timing, reference)',
			countryPresented,
			presentedMethod,
			'no Event Timing entry (under 16 ms, or the panel came in a later frame)'
		),
		nextEventPopupPresented: timing(
			'Next event -> next frame presented (Event Timing, reference)',
			popupPresented,
			presentedMethod,
			'no Event Timing entry (under 16 ms, or the popup came in a later frame)'
		)
	};
	return { timings, errors, marks };
}
