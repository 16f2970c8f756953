import { describe, expect, it } from 'vitest';
import { BUDGETS, BYTE_BUDGETS, meets } from '../../../bench/lib/budgets.js';
import type { BuildSizes } from '../../../bench/lib/assets.js';
import {
	budgetRows,
	extractLighthouse,
	median,
	renderMarkdown,
	summariseLighthouse,
	type BenchResult
} from '../../../bench/lib/report.js';

describe('median', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
	});

	it('ignores missing values and is null without any', () => {
		expect(median([null, 5, undefined, Number.NaN, 1])).toBe(3);
		expect(median([])).toBeNull();
		expect(median([null])).toBeNull();
	});
});

describe('extractLighthouse', () => {
	it('reads category scores as 0-100 and metrics in ms', () => {
		const lhr = {
			environment: { benchmarkIndex: 1500 },
			categories: {
				performance: { score: 0.73 },
				accessibility: { score: 1 },
				'best-practices': { score: 0.96 },
				seo: { score: null }
			},
			audits: {
				'first-contentful-paint': { numericValue: 900.5 },
				'largest-contentful-paint': { numericValue: 1400 },
				'total-blocking-time': { numericValue: 1710 },
				'cumulative-layout-shift': { numericValue: 0.01 },
				'speed-index': { numericValue: 1200 }
			}
		};
		expect(extractLighthouse(lhr)).toEqual({
			performance: 73,
			accessibility: 100,
			'best-practices': 96,
			seo: null,
			fcp: 900.5,
			lcp: 1400,
			tbt: 1710,
			cls: 0.01,
			si: 1200,
			benchmarkIndex: 1500
		});
	});
});

describe('summariseLighthouse', () => {
	it('takes the median of each value separately', () => {
		const run = (performance: number, tbt: number) => ({ performance, tbt });
		const s = summariseLighthouse('mobile', [run(70, 300), run(90, 100), run(80, 900)]);
		expect(s.median.performance).toBe(80);
		expect(s.median.tbt).toBe(300);
		expect(s.median.seo).toBeNull();
		expect(s.runs).toHaveLength(3);
	});
});

describe('meets', () => {
	const floor = BUDGETS.find((b) => b.id === 'lh.mobile.performance');
	const ceiling = BUDGETS.find((b) => b.id === 'bytes.geodataPlusFonts');

	it('compares with the budget operator, limits included', () => {
		if (!floor || !ceiling) throw new Error('budgets missing');
		expect(meets(floor, 95)).toBe(true);
		expect(meets(floor, 94)).toBe(false);
		expect(meets(ceiling, BYTE_BUDGETS.geodataPlusFontsGzip)).toBe(true);
		expect(meets(ceiling, BYTE_BUDGETS.geodataPlusFontsGzip + 1)).toBe(false);
		expect(meets(ceiling, null)).toBeNull();
	});
});

function sizes(jsGzip: number, geoFontsGzip: number): BuildSizes {
	const cls = (id: string, gzip = 0) => ({ id, label: id, files: [], raw: gzip, gzip });
	return {
		buildDir: 'build',
		page: 'index.html',
		classes: {
			html: cls('html'),
			jsBeforeMap: cls('jsBeforeMap', jsGzip),
			mapLibrary: cls('mapLibrary'),
			mapWorker: cls('mapWorker'),
			jsLater: cls('jsLater'),
			cssApp: cls('cssApp'),
			cssMapLibre: cls('cssMapLibre'),
			geodata: cls('geodata', geoFontsGzip),
			fonts: cls('fonts'),
			other: cls('other')
		},
		geodataPlusFontsGzip: geoFontsGzip,
		mapLibraryUpfront: false
	} as BuildSizes;
}

function result(): BenchResult {
	const scores = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
	return {
		startedAt: '2026-01-01T00:00:00.000Z',
		durationMs: 1000,
		environment: { commit: 'abc' },
		lighthouse: {
			mobile: summariseLighthouse('mobile', [{ ...scores, performance: 73, tbt: 1710 }]),
			desktop: summariseLighthouse('desktop', [{ ...scores, tbt: 0 }])
		},
		bytes: sizes(70_000, 100_000),
		timings: {
			countryPanel: { label: 'Country click -> panel painted (desktop)', median: 20, runs: [20] },
			nextEventPopup: {
				label: 'Next event -> popup shown (desktop)',
				median: null,
				runs: [],
				notMeasured: 'no timeline yet'
			},
			pressToMoveDesktop: {
				label: 'Press to map moving (static map, desktop 1440x900)',
				median: 40,
				runs: [40]
			},
			pressToMovePhone: {
				label: 'Press to map moving (static map, phone 375x667)',
				median: 140,
				runs: [140]
			}
		},
		notes: []
	};
}

describe('budgetRows', () => {
	it('marks each budget PASS, FAIL or not measured', () => {
		const { rows, failed, unmeasured } = budgetRows(result());
		const status = (label: string) => rows.find((r) => r.label === label)?.status;
		expect(status('Lighthouse mobile performance')).toBe('FAIL');
		expect(status('Lighthouse desktop performance')).toBe('PASS');
		expect(status('Mobile Total Blocking Time')).toBe('FAIL');
		expect(status('JS before the map (gzip)')).toBeUndefined();
		expect(status('Geodata + fonts (gzip)')).toBe('PASS');
		expect(status('Country click -> panel painted (desktop)')).toBe('PASS');
		expect(status('Next event -> popup shown (desktop)')).toBe('not measured');
		expect(status('Press to map moving (desktop)')).toBe('PASS');
		expect(status('Press to map moving (phone)')).toBe('FAIL');
		expect(failed).toBe(3);
		expect(unmeasured).toBe(1);
	});
});

describe('renderMarkdown', () => {
	it('shows budgets, Lighthouse medians, bytes and why a timing is missing', () => {
		const md = renderMarkdown(result());
		expect(md).not.toContain('| JS before the map (gzip) |');
		const budget = (BYTE_BUDGETS.geodataPlusFontsGzip / 1000).toFixed(1);
		expect(md).toContain(`| Geodata + fonts (gzip) | <= ${budget} KB | 100.0 KB | PASS |`);
		expect(md).toContain('| mobile | 1 | 73 | 100 | 100 | 100 |');
		expect(md).toContain('| Next event -> popup shown (desktop) | not measured: no timeline yet |');
		expect(md).toContain('| Geodata + fonts |  |  | 100.0 KB |');
	});
});
