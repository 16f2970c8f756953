import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

/** Code and stylesheets under src/, the story's content folder aside. */
function codeFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return path === join(SRC, 'content') ? [] : codeFiles(path);
		return /\.(ts|js|svelte|css)$/.test(entry.name) ? [path] : [];
	});
}

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;

/** Files over `limit` lines, as "path: n lines". */
function over(files: string[], limit: number): string[] {
	return files
		.map((file) => ({ file: relative(ROOT, file), n: lines(file) }))
		.filter(({ n }) => n > limit)
		.map(({ file, n }) => `${file}: ${n} lines`);
}

// Small files read in one sitting: a file that outgrows this has grown a second concern.
describe('file sizes', () => {
	const files = codeFiles(SRC);

	it('finds the code it measures', () => {
		expect(files.length).toBeGreaterThan(50);
	});

	it('keeps every file under src/ to at most 300 lines', () => {
		expect(over(files, 300)).toEqual([]);
	});

	it('keeps every route file under 150 lines: routes only compose', () => {
		expect(
			over(
				files.filter((f) => f.startsWith(join(SRC, 'routes'))),
				149
			)
		).toEqual([]);
	});
});
