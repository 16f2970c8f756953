/**
 * Pure helpers of the benchmark: medians, the budget table and the Markdown report.
 */
import { BUDGETS, meets } from './budgets.js';
import { CLASS_LABELS } from './assets.js';

/**
 * @typedef {import('./assets.js').BuildSizes} BuildSizes
 * @typedef {import('./assets.js').AssetClassId} AssetClassId
 */

/**
 * Lighthouse results of one preset: the median of each value over the runs, and every run.
 * Scores are 0-100; times in ms; CLS unitless.
 * @typedef {object} LighthouseSummary
 * @property {'mobile' | 'desktop'} preset
 * @property {Record<string, number | null>} median
 * @property {Record<string, number | null>[]} runs
 */

/**
 * A timing measured in the browser: the median of several runs, or why it was not measured.
 * @typedef {object} Timing
 * @property {string} label
 * @property {number | null} median ms
 * @property {number[]} runs ms
 * @property {string} [method] how it was measured
 * @property {string} [notMeasured] why there is no number
 */

/**
 * Everything one benchmark run produced (the JSON file).
 * @typedef {object} BenchResult
 * @property {string} startedAt ISO time
 * @property {number} durationMs
 * @property {Record<string, string>} environment versions and commit
 * @property {Record<'mobile' | 'desktop', LighthouseSummary | null>} lighthouse
 * @property {BuildSizes} bytes
 * @property {Record<string, Timing>} timings keys: mapReadyDesktop, mapReadyPhone, countryPanel, nextEventPopup,
 *   countryPanelPresented, nextEventPopupPresented (Event Timing, for reference)
 * @property {string[]} notes
 */

/** Lighthouse categories and metrics, in table order. */
export const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const LH_METRICS = [
	['fcp', 'first-contentful-paint'],
	['lcp', 'largest-contentful-paint'],
	['tbt', 'total-blocking-time'],
	['cls', 'cumulative-layout-shift'],
	['si', 'speed-index']
];

/**
 * The median of the finite numbers in `values` (mean of the middle two when even), or null.
 * @param {(number | null | undefined)[]} values
 * @returns {number | null}
 */
export function median(values) {
	/** @type {number[]} */
	const xs = [];
	for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) xs.push(v);
	xs.sort((a, b) => a - b);
	if (xs.length === 0) return null;
	const hi = xs[Math.floor(xs.length / 2)] ?? 0;
	const lo = xs[Math.ceil(xs.length / 2) - 1] ?? 0;
	return (lo + hi) / 2;
}

/**
 * The numbers that matter from one Lighthouse JSON report (LHR).
 * @param {any} lhr a parsed Lighthouse result; its shape is Lighthouse's, not ours
 * @returns {Record<string, number | null>}
 */
export function extractLighthouse(lhr) {
	/** @type {Record<string, number | null>} */
	const out = {};
	for (const id of LH_CATEGORIES) {
		const score = lhr?.categories?.[id]?.score;
		out[id] = typeof score === 'number' ? Math.round(score * 100) : null;
	}
	for (const [key, audit] of LH_METRICS) {
		const value = lhr?.audits?.[/** @type {string} */ (audit)]?.numericValue;
		out[/** @type {string} */ (key)] = typeof value === 'number' ? value : null;
	}
	// Lighthouse's own CPU speed probe: low values mean a slow or busy machine, and scores to distrust.
	const index = lhr?.environment?.benchmarkIndex;
	out.benchmarkIndex = typeof index === 'number' ? index : null;
	return out;
}

/**
 * Median of each value over Lighthouse runs.
 * @param {'mobile' | 'desktop'} preset
 * @param {Record<string, number | null>[]} runs
 * @returns {LighthouseSummary}
 */
export function summariseLighthouse(preset, runs) {
	const keys = [
		...LH_CATEGORIES,
		...LH_METRICS.map(([key]) => /** @type {string} */ (key)),
		'benchmarkIndex'
	];
	return {
		preset,
		median: Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])),
		runs
	};
}

/**
 * The measured value for each budget id, or null.
 * @param {BenchResult} result
 * @returns {Record<string, number | null>}
 */
export function budgetValues(result) {
	/** @type {Record<string, number | null>} */
	const values = {};
	for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
		for (const id of LH_CATEGORIES) {
			values[`lh.${preset}.${id}`] = result.lighthouse[preset]?.median[id] ?? null;
		}
	}
	values['lh.mobile.tbt'] = result.lighthouse.mobile?.median.tbt ?? null;
	values['bytes.geodataPlusFonts'] = result.bytes.geodataPlusFontsGzip;
	values['latency.countryPanel'] = result.timings.countryPanel?.median ?? null;
	values['latency.nextEventPopup'] = result.timings.nextEventPopup?.median ?? null;
	values['latency.pressToMoveDesktop'] = result.timings.pressToMoveDesktop?.median ?? null;
	values['latency.pressToMovePhone'] = result.timings.pressToMovePhone?.median ?? null;
	return values;
}

/** @param {number} bytes */
export function formatBytes(bytes) {
	return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} KB`;
}

/** @param {number | null | undefined} ms */
export function formatMs(ms) {
	if (ms === null || ms === undefined) return 'n/a';
	return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/**
 * @param {number | null} value
 * @param {string} unit
 */
function formatValue(value, unit) {
	if (value === null) return 'n/a';
	if (unit === 'bytes') return formatBytes(value);
	if (unit === 'ms') return formatMs(value);
	return String(Math.round(value));
}

/**
 * The budget table: one row per budget with PASS, FAIL or "not measured".
 * @param {BenchResult} result
 * @returns {{ rows: { label: string, limit: string, value: string, status: string }[], failed: number, unmeasured: number }}
 */
export function budgetRows(result) {
	const values = budgetValues(result);
	let failed = 0;
	let unmeasured = 0;
	const rows = BUDGETS.map((budget) => {
		const value = values[budget.id] ?? null;
		const ok = meets(budget, value);
		if (ok === false) failed += 1;
		if (ok === null) unmeasured += 1;
		return {
			label: budget.label,
			limit: `${budget.op} ${formatValue(budget.limit, budget.unit)}`,
			value: formatValue(value, budget.unit),
			status: ok === null ? 'not measured' : ok ? 'PASS' : 'FAIL'
		};
	});
	return { rows, failed, unmeasured };
}

/** @param {string[][]} rows the first row is the header */
function table(rows) {
	const [head = [], ...body] = rows;
	return [
		`| ${head.join(' | ')} |`,
		`|${head.map(() => '---').join('|')}|`,
		...body.map((r) => `| ${r.join(' | ')} |`)
	].join('\n');
}

/**
 * The whole report as Markdown.
 * @param {BenchResult} result
 * @returns {string}
 */
export function renderMarkdown(result) {
	const env = result.environment;
	const lines = [
		`# Benchmark ${result.startedAt}`,
		'',
		`Commit ${env.commit ?? '?'}; Node ${env.node ?? '?'}; ${env.chromium ?? 'Chromium ?'}; Lighthouse ${env.lighthouse ?? '?'}; ${env.cpus ?? '?'} CPUs, load ${env.load ?? '?'}; took ${formatMs(result.durationMs)}. WebGL map starts: ${env.mapLoad ?? 'the page default'}.`,
		''
	];

	const budgets = budgetRows(result);
	lines.push(
		'## Budgets',
		'',
		table([
			['budget', 'limit', 'measured', 'status'],
			...budgets.rows.map((r) => [r.label, r.limit, r.value, r.status])
		]),
		'',
		`${budgets.rows.length - budgets.failed - budgets.unmeasured} passed, ${budgets.failed} failed, ${budgets.unmeasured} not measured.`,
		''
	);

	lines.push('## Lighthouse (median of each value over the runs)', '');
	const lhRows = [
		[
			'preset',
			'runs',
			'performance',
			'accessibility',
			'best practices',
			'SEO',
			'FCP',
			'LCP',
			'TBT',
			'CLS',
			'Speed Index'
		]
	];
	for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
		const s = result.lighthouse[preset];
		if (!s) {
			lhRows.push([preset, '0', ...Array(9).fill('n/a')]);
			continue;
		}
		const m = s.median;
		lhRows.push([
			preset,
			String(s.runs.length),
			...LH_CATEGORIES.map((c) => (m[c] === null || m[c] === undefined ? 'n/a' : String(m[c]))),
			formatMs(m.fcp),
			formatMs(m.lcp),
			formatMs(m.tbt),
			m.cls === null || m.cls === undefined ? 'n/a' : m.cls.toFixed(3),
			formatMs(m.si)
		]);
	}
	lines.push(table(lhRows), '');
	for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
		const s = result.lighthouse[preset];
		if (!s) continue;
		lines.push(
			`- ${preset} runs: performance ${s.runs.map((r) => r.performance ?? 'n/a').join(', ')}; TBT ${s.runs.map((r) => formatMs(r.tbt)).join(', ')}; LCP ${s.runs.map((r) => formatMs(r.lcp)).join(', ')}; Lighthouse CPU benchmark index ${s.runs.map((r) => (r.benchmarkIndex === null || r.benchmarkIndex === undefined ? 'n/a' : Math.round(r.benchmarkIndex))).join(', ')}`
		);
	}
	lines.push('');

	lines.push(`## Bytes (${result.bytes.buildDir}/, gzip level 9, 1 KB = 1000 B)`, '');
	const byteRows = [['asset class', 'files', 'raw', 'gzip']];
	for (const [id, label] of Object.entries(CLASS_LABELS)) {
		const c = result.bytes.classes[/** @type {AssetClassId} */ (id)];
		if (!c || c.files.length === 0) {
			byteRows.push([label, '0', '-', '-']);
			continue;
		}
		byteRows.push([label, String(c.files.length), formatBytes(c.raw), formatBytes(c.gzip)]);
	}
	byteRows.push(['Geodata + fonts', '', '', formatBytes(result.bytes.geodataPlusFontsGzip)]);
	lines.push(table(byteRows), '');
	if (result.bytes.mapLibraryUpfront) {
		lines.push('**maplibre-gl is among the JS loaded up front.**', '');
	}

	lines.push('## Map and interactions (Playwright, Chromium, unthrottled)', '');
	const timingRows = [['metric', 'median', 'runs']];
	for (const timing of Object.values(result.timings)) {
		timingRows.push([
			timing.label,
			timing.notMeasured ? `not measured: ${timing.notMeasured}` : formatMs(timing.median),
			timing.runs.map((r) => formatMs(r)).join(', ')
		]);
	}
	lines.push(table(timingRows), '');
	const methods = Object.values(result.timings).filter((t) => t.method);
	for (const timing of methods) lines.push(`- ${timing.label}: ${timing.method}`);
	if (methods.length > 0) lines.push('');
	for (const note of result.notes) lines.push(`- ${note}`);
	if (result.notes.length > 0) lines.push('');
	return lines.join('\n');
}
