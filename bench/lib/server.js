/**
 * Starts `vite preview` of the build on a loopback port and stops it again. It runs as
 * `node node_modules/vite/bin/vite.js preview`, not through npx, so the PID we hold is the server
 * itself (stopping an npx wrapper leaves the real server running: ../shared/TOOLCHAIN.md).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * @typedef {object} PreviewServer
 * @property {string} url e.g. http://127.0.0.1:4196/
 * @property {number} pid
 * @property {() => Promise<void>} stop
 */

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {object} options
 * @param {number} options.port
 * @param {string} [options.cwd]
 * @param {NodeJS.ProcessEnv} [options.env] e.g. with BUILD_DIR, which decides what preview serves
 * @param {number} [options.timeoutMs]
 * @returns {Promise<PreviewServer>}
 */
export async function startPreview({
	port,
	cwd = process.cwd(),
	env = process.env,
	timeoutMs = 30_000
}) {
	const child = spawn(
		process.execPath,
		[
			join(cwd, 'node_modules/vite/bin/vite.js'),
			'preview',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--strictPort'
		],
		{ cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	/** @type {number | null} */
	let exitCode = null;
	child.on('exit', (code) => (exitCode = code ?? -1));
	if (child.pid === undefined) throw new Error('vite preview did not start');
	const pid = child.pid;

	const stop = async () => {
		if (exitCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		const timer = setTimeout(() => {
			if (exitCode === null) child.kill('SIGKILL');
		}, 5000);
		await exited;
		clearTimeout(timer);
	};

	const url = `http://127.0.0.1:${port}/`;
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (exitCode !== null) {
			throw new Error(`vite preview exited with ${exitCode}:\n${output.slice(-2000)}`);
		}
		try {
			const response = await fetch(url);
			if (response.ok) return { url, pid, stop };
		} catch {
			// not listening yet
		}
		await sleep(200);
	}
	await stop();
	throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
