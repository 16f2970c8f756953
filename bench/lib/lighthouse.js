/**
 * Runs Lighthouse 12.2.3's CLI in Debian's Chromium, one fresh browser per run (the CLI's
 * chrome-launcher starts Chromium with a new temporary profile and stops it afterwards).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractLighthouse } from './report.js';
import { chromiumArgs } from '../../tests/chromium.js';

/** The tests' Chromium flags (tests/chromium.js), headless as Lighthouse launches its own browser. */
export const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', ...chromiumArgs];

/**
 * One Lighthouse run; writes the full JSON report to `outputPath` and returns the numbers.
 * @param {object} options
 * @param {string} options.url
 * @param {'mobile' | 'desktop'} options.preset
 * @param {string} options.outputPath
 * @param {string} options.chromePath
 * @param {string} [options.cwd]
 * @returns {Promise<{ values: Record<string, number | null>, warnings: string[] }>}
 */
export async function runLighthouse({ url, preset, outputPath, chromePath, cwd = process.cwd() }) {
	const cli = join(cwd, 'node_modules/lighthouse/cli/index.js');
	const args = [
		cli,
		url,
		'--output=json',
		`--output-path=${outputPath}`,
		`--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS.join(' ')}`,
		'--only-categories=performance,accessibility,best-practices,seo',
		'--quiet'
	];
	// The default config is mobile (Moto G Power, simulated slow 4G and 4x CPU slowdown).
	if (preset === 'desktop') args.push('--preset=desktop');
	await new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			cwd,
			env: { ...process.env, CHROME_PATH: chromePath },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let err = '';
		child.stderr.on('data', (chunk) => (err += chunk));
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code === 0) resolve(undefined);
			else reject(new Error(`lighthouse (${preset}) exited with ${code}:\n${err.slice(-2000)}`));
		});
	});
	const lhr = JSON.parse(readFileSync(outputPath, 'utf8'));
	if (lhr.runtimeError) {
		throw new Error(`lighthouse (${preset}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	}
	/** @type {unknown[]} */
	const warnings = Array.isArray(lhr.runWarnings) ? lhr.runWarnings : [];
	return { values: extractLighthouse(lhr), warnings: warnings.map(String) };
}
