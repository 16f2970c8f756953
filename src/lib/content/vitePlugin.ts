/**
 * Runs the content validation as part of every Vite build (and of `vite dev`): any content error
 * fails `npm run build` with the full list, one error per line.
 *
 * vite.config.ts loads this module and, through it, load.server.ts, validate/, schema.ts,
 * errors.ts, essay.ts, countryShapes.ts and utils/dates.ts. Their relative imports carry a `.js`
 * extension (TypeScript maps it to the .ts file) because Vite's config loader warns on
 * extensionless ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentErrors, type ContentError } from './errors.js';
import { TOPOLOGY_PATH } from '../../../geo/config.js';
import { CONTENT_DIR, GEODATA_FILE, checkContent, readContentInputs } from './load.server.js';

export interface ContentValidationOptions {
	/** Repository root; defaults to Vite's root. */
	root?: string;
}

/** The message shown when content is invalid. */
export function formatValidationReport(errors: readonly ContentError[]): string {
	return `Content validation failed with ${errors.length} error${errors.length === 1 ? '' : 's'} (see the README's content guide):\n${formatContentErrors(errors)}`;
}

/**
 * Vite plugin: validate the content (CONTENT_DIR, default src/content) at build start; in dev,
 * again whenever a content file changes.
 */
export function contentValidation(options: ContentValidationOptions = {}): Plugin {
	let root = options.root === undefined ? undefined : resolve(options.root);
	let isBuild = true;

	return {
		name: 'story-map:content-validation',
		// Vitest also loads vite.config.ts; its content tests call the validator directly.
		apply: () => !process.env.VITEST,
		configResolved(config) {
			root ??= config.root;
			isBuild = config.command === 'build';
		},
		buildStart() {
			const dir = root ?? process.cwd();
			// Rebuilds in `vite build --watch` follow the content too.
			for (const path of readContentInputs(dir).paths) this.addWatchFile(path);
			const { errors } = checkContent(dir);
			if (errors.length === 0) return;
			// The dev server stays up so the editor can fix the content and watch it turn valid.
			if (isBuild) this.error(formatValidationReport(errors));
			else this.warn(formatValidationReport(errors));
		},
		configureServer(server) {
			const dir = root ?? server.config.root;
			const contentDir = join(dir, CONTENT_DIR);
			server.watcher.add(contentDir);
			const onChange = (file: string) => {
				if (!file.startsWith(contentDir) || !/\.(ya?ml|txt)$/.test(file)) return;
				const { errors } = checkContent(dir);
				if (errors.length > 0) {
					const message = formatValidationReport(errors);
					server.config.logger.error(message, { timestamp: true });
					server.ws.send({ type: 'error', err: { message, stack: '' } });
				} else {
					server.config.logger.info('content valid', { timestamp: true });
					// Pages read the content on the server; reload them to show the change.
					server.ws.send({ type: 'full-reload' });
				}
			};
			server.watcher.on('add', onChange);
			server.watcher.on('change', onChange);
			server.watcher.on('unlink', onChange);
		}
	};
}

/**
 * Vite plugin: ships the story's built topology (geo/ in the content folder) at the same path under
 * the site's base, so each story's folder carries its own geography: copied into the client build,
 * served from the folder in dev.
 */
export function storyGeodata(options: ContentValidationOptions = {}): Plugin {
	let root = options.root === undefined ? undefined : resolve(options.root);
	let base = '/';
	const file = () => join(root ?? process.cwd(), GEODATA_FILE);

	return {
		name: 'story-map:geodata',
		apply: () => !process.env.VITEST,
		configResolved(config) {
			root ??= config.root;
			base = config.base;
		},
		generateBundle() {
			// The server build has no use for it; the client's output is what the adapter publishes.
			if (this.environment.name !== 'client' || !existsSync(file())) return;
			this.emitFile({ type: 'asset', fileName: TOPOLOGY_PATH, source: readFileSync(file()) });
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const path = req.url?.split('?')[0];
				if (path !== `${base}${TOPOLOGY_PATH}` || !existsSync(file())) return next();
				res.setHeader('Content-Type', 'application/json');
				res.end(readFileSync(file()));
			});
		}
	};
}
