/**
 * The performance budgets, in one place: what a reader feels (Lighthouse, blocking time, latency),
 * plus the geodata and fonts every reader downloads, which tests/e2e/budgets.e2e.ts also asserts.
 * JS before the map is reported in the bytes table, without a budget: a byte count is an
 * instrument, not a goal.
 */
import { KB } from './assets.js';

/** Byte budgets (gzip, 1 KB = 1000 bytes). */
export const BYTE_BUDGETS = {
	/**
	 * Everything under geo/ plus the font files under fonts/. It counts every font a story may
	 * need, though the map fetches a file only when a label has a character in its range (the
	 * Khorasan map never fetches the Greek one).
	 */
	geodataPlusFontsGzip: 130 * KB
};

/**
 * @typedef {object} Budget
 * @property {string} id
 * @property {string} label
 * @property {'>=' | '<='} op
 * @property {number} limit
 * @property {string} unit 'score' (0-100), 'ms' or 'bytes'
 */

/**
 * @param {string} id
 * @param {string} label
 * @param {'>=' | '<='} op
 * @param {number} limit
 * @param {string} unit
 * @returns {Budget}
 */
const budget = (id, label, op, limit, unit) => ({ id, label, op, limit, unit });

/** Every budget, in report order. */
export const BUDGETS = [
	...['mobile', 'desktop'].flatMap((preset) => [
		budget(
			`lh.${preset}.performance`,
			`Lighthouse ${preset} performance`,
			'>=',
			preset === 'mobile' ? 95 : 100,
			'score'
		),
		budget(`lh.${preset}.accessibility`, `Lighthouse ${preset} accessibility`, '>=', 100, 'score'),
		budget(
			`lh.${preset}.best-practices`,
			`Lighthouse ${preset} best practices`,
			'>=',
			100,
			'score'
		),
		budget(`lh.${preset}.seo`, `Lighthouse ${preset} SEO`, '>=', 100, 'score')
	]),
	budget('lh.mobile.tbt', 'Mobile Total Blocking Time', '<=', 200, 'ms'),
	budget(
		'bytes.geodataPlusFonts',
		'Geodata + fonts (gzip)',
		'<=',
		BYTE_BUDGETS.geodataPlusFontsGzip,
		'bytes'
	),
	budget('latency.countryPanel', 'Country click -> panel painted (desktop)', '<=', 50, 'ms'),
	budget('latency.nextEventPopup', 'Next event -> popup shown (desktop)', '<=', 100, 'ms'),
	budget('latency.pressToMoveDesktop', 'Press to map moving (desktop)', '<=', 100, 'ms'),
	budget('latency.pressToMovePhone', 'Press to map moving (phone)', '<=', 100, 'ms')
];

/**
 * Whether a measured value meets a budget; null when it was not measured.
 * @param {Budget} budget
 * @param {number | null | undefined} value
 * @returns {boolean | null}
 */
export function meets(budget, value) {
	if (value === null || value === undefined || Number.isNaN(value)) return null;
	return budget.op === '>=' ? value >= budget.limit : value <= budget.limit;
}
