#!/usr/bin/env node
/**
 * `npm run bench`: builds the site, serves it with `vite preview` on a loopback port, and
 * measures it (Lighthouse mobile + desktop, bytes per asset class, time to an interactive map,
 * interaction latencies). Writes bench/results/<time>.{json,md} and latest.{json,md}, and prints
 * the Markdown. Exits 0 whatever the budgets say (it is a report); non-zero only when the
 * benchmark itself breaks.
 *
 * It builds into its own folder, build-bench/ (BUILD_DIR, see svelte.config.js), and `vite
 * preview` serves kit's output for that folder only: a `npm run build` or `npm test` started
 * while the benchmark runs rewrites build/ and .svelte-kit/output, and would otherwise swap the
 * site under the browser mid-measurement.
 *
 * Options: --no-build (measure the existing build-bench/), --lighthouse-runs=N (default 3),
 * --browser-runs=N (default 5), --skip-lighthouse, --map-load=immediately|idle|interaction (when
 * the page starts the WebGL map: builds with VITE_MAP_LOAD, to compare them). Environment: BENCH_PORT (default 4196),
 * CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBuild } from './lib/assets.js';
import { measureBrowser } from './lib/browser.js';
import { runLighthouse } from './lib/lighthouse.js';
import { renderMarkdown, summariseLighthouse } from './lib/report.js';
import { startPreview } from './lib/server.js';

/** @typedef {import('./lib/report.js').BenchResult} BenchResult */
/** @typedef {import('./lib/server.js').PreviewServer} PreviewServer */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_DIR = 'build-bench';
const mapLoadArg = process.argv.find((a) => a.startsWith('--map-load='));
const mapLoad = mapLoadArg ? mapLoadArg.split('=')[1] : '';
/** The environment of the build and of `vite preview`: both must see the same BUILD_DIR. */
const buildEnv = { ...process.env, BUILD_DIR, VITE_MAP_LOAD: mapLoad };
const resultsDir = join(root, 'bench/results');

/** @param {string} name @param {number} fallback */
function intOption(name, fallback) {
	const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
	const value = arg ? Number(arg.split('=')[1]) : fallback;
	if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
	return value;
}

const options = {
	build: !process.argv.includes('--no-build'),
	lighthouse: !process.argv.includes('--skip-lighthouse'),
	lighthouseRuns: intOption('lighthouse-runs', 3),
	browserRuns: intOption('browser-runs', 5),
	port: Number(process.env.BENCH_PORT ?? 4196),
	chromePath: process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium'
};

const started = Date.now();
// Other work on the machine skews every timing: the report shows how busy it was.
const loadAtStart = loadavg()[0] ?? 0;
/** @param {string} message */
const log = (message) =>
	process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}\n`);

/** @param {string} command @param {string[]} args */
function tryRun(command, args) {
	try {
		// Debian's chromium wrapper script prints shell noise on stderr: keep only stdout.
		return execFileSync(command, args, {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return '';
	}
}

function environment() {
	const dirty = tryRun('git', ['status', '--porcelain']) !== '';
	const lighthouse = JSON.parse(
		readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')
	).version;
	return {
		commit: `${tryRun('git', ['rev-parse', '--short', 'HEAD']) || '?'}${dirty ? ' (uncommitted changes)' : ''}`,
		node: process.version,
		chromium: tryRun(options.chromePath, ['--version']) || options.chromePath,
		lighthouse: String(lighthouse),
		cpus: tryRun('nproc', []) || '?',
		mapLoad: mapLoad || 'the page default',
		load: `${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end (1-minute load average)`
	};
}

/** @type {PreviewServer | undefined} */
let server;
const stopServer = async () => {
	const current = server;
	server = undefined;
	if (current) {
		log(`stopping vite preview (pid ${current.pid})`);
		await current.stop();
	}
};
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		stopServer().finally(() => process.exit(130));
	});
}

async function main() {
	const startedAt = new Date(started).toISOString();
	if (options.build) {
		// tsconfig.json extends kit's generated .svelte-kit/tsconfig.json, which only a sync for the
		// default folder writes: on a fresh clone nothing has made it yet.
		const sync = spawnSync('npx', ['svelte-kit', 'sync'], {
			env: { ...process.env, BUILD_DIR: '' },
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit']
		});
		if (sync.status !== 0) throw new Error(`svelte-kit sync failed (exit ${sync.status})`);
		log(`BUILD_DIR=${BUILD_DIR} npm run build`);
		const build = spawnSync('npm', ['run', 'build'], {
			env: buildEnv,
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit']
		});
		if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
	}

	log(`measuring bytes in ${BUILD_DIR}/`);
	const bytes = measureBuild(join(root, BUILD_DIR));
	bytes.buildDir = BUILD_DIR;

	log(`starting vite preview on 127.0.0.1:${options.port}`);
	server = await startPreview({ port: options.port, cwd: root, env: buildEnv });
	const url = server.url;

	const stem = startedAt.replace(/[:.]/g, '-');
	const runDir = join(resultsDir, stem);
	mkdirSync(resultsDir, { recursive: true });
	/** @type {string[]} */
	const notes = [];
	/** @type {BenchResult['lighthouse']} */
	const lighthouse = { mobile: null, desktop: null };
	if (options.lighthouse && options.lighthouseRuns > 0) {
		mkdirSync(runDir, { recursive: true });
		for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
			/** @type {Record<string, number | null>[]} */
			const runs = [];
			for (let run = 1; run <= options.lighthouseRuns; run += 1) {
				log(`lighthouse ${preset} ${run}/${options.lighthouseRuns}`);
				const { values, warnings } = await runLighthouse({
					url,
					preset,
					outputPath: join(runDir, `lighthouse-${preset}-${run}.json`),
					chromePath: options.chromePath,
					cwd: root
				});
				runs.push(values);
				for (const w of warnings) notes.push(`Lighthouse ${preset} run ${run}: ${w}`);
			}
			lighthouse[preset] = summariseLighthouse(preset, runs);
		}
	} else {
		notes.push('Lighthouse skipped (--skip-lighthouse or --lighthouse-runs=0).');
	}

	log('playwright: map ready and interactions');
	const browser = await measureBrowser({
		url,
		chromePath: options.chromePath,
		runs: options.browserRuns,
		log
	});
	const uniqueErrors = [...new Set(browser.errors)];
	for (const error of uniqueErrors.slice(0, 10))
		notes.push(`Browser error during the runs: ${error}`);
	await stopServer();

	/** @type {BenchResult} */
	const result = {
		startedAt,
		durationMs: Date.now() - started,
		environment: environment(),
		lighthouse,
		bytes,
		timings: browser.timings,
		notes
	};
	const markdown = renderMarkdown(result);
	const json = `${JSON.stringify({ ...result, pageMarks: browser.marks }, null, '\t')}\n`;
	writeFileSync(join(resultsDir, `${stem}.json`), json);
	writeFileSync(join(resultsDir, `${stem}.md`), `${markdown}\n`);
	writeFileSync(join(resultsDir, 'latest.json'), json);
	writeFileSync(join(resultsDir, 'latest.md'), `${markdown}\n`);
	process.stdout.write(`${markdown}\n`);
	const reports = lighthouse.mobile ? ` (Lighthouse reports in bench/results/${stem}/)` : '';
	log(`wrote bench/results/${stem}.{json,md}${reports}`);
}

main().catch(async (error) => {
	await stopServer().catch(() => {});
	process.stderr.write(
		`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
	);
	process.exit(1);
});
