/**
 * Runs the content validation as part of every Vite build (and of `vite dev`): any content error
 * fails `npm run build` with the full list, one error per line.
 *
 * vite.config.ts loads this module and, through it, load.server.ts, validate/, schema.ts,
 * errors.ts, essay.ts, countryShapes.ts and utils/dates.ts. Their relative imports carry a `.js`
 * extension (TypeScript maps it to the .ts file) because Vite's config loader warns on
 * extensionless ones.
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentErrors, type ContentError } from './errors.js';
import { CONTENT_DIR, checkContent, readContentInputs } from './load.server.js';

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
