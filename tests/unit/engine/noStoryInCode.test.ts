import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

/** The words that name the Khorasan story: none may be in code outside the content folder. */
const FORBIDDEN =
	/epstein|Epstein|essay-author|khorasan|Khorasan|Kerman|ISIS|Iran|Azerbaijan|Tajikistan|Afghanistan|\b(?:IRN|AZE|TJK|AFG)\b/g;

/**
 * Files that may still name it, each with its reason. Keep this short: a file leaves the list
 * when the work it waits for lands, and the test fails on an entry that has no hit any more.
 */
const ALLOWED: Readonly<Record<string, string>> = {};

/** The text with its comments blanked out, lines kept, so a hit's line number holds. */
function withoutComments(source: string, file: string): string {
	const blank = (match: string) => match.replace(/[^\n]/g, ' ');
	let text = source.replace(/\/\*[\s\S]*?\*\//g, blank);
	if (file.endsWith('.svelte')) text = text.replace(/<!--[\s\S]*?-->/g, blank);
	if (!file.endsWith('.css')) text = text.replace(/(^|[\s;{}(),])\/\/[^\n]*/g, blank);
	return text;
}

function codeFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return path === join(SRC, 'content') ? [] : codeFiles(path);
		return /\.(?:ts|js|svelte|css|html)$/.test(entry.name) ? [path] : [];
	});
}

/** Every forbidden word in code, as "file:line: word". */
function hits(): { file: string; where: string }[] {
	return codeFiles(SRC).flatMap((path) => {
		const file = relative(ROOT, path);
		const lines = withoutComments(readFileSync(path, 'utf8'), file).split('\n');
		return lines.flatMap((line, i) =>
			[...line.matchAll(FORBIDDEN)].map((m) => ({ file, where: `${file}:${i + 1}: ${m[0]}` }))
		);
	});
}

describe('the engine names no story', () => {
	const found = hits();

	it('has none of the story’s words in code under src/ (comments and src/content aside)', () => {
		expect(found.filter((h) => !(h.file in ALLOWED)).map((h) => h.where)).toEqual([]);
	});

	it('allows only files that still need it', () => {
		const files = new Set(found.map((h) => h.file));
		expect(Object.keys(ALLOWED).filter((file) => !files.has(file))).toEqual([]);
	});

	it('blanks comments but keeps code and line numbers', () => {
		const ts = 'const a = 1; // Iran\n/* Kerman\n */ const b = "https://x/Iran";';
		expect(withoutComments(ts, 'x.ts')).toBe(
			'const a = 1;        \n         \n    const b = "https://x/Iran";'
		);
		expect(withoutComments('<!-- Iran -->\n<p>Iran</p>', 'x.svelte')).toBe(
			'             \n<p>Iran</p>'
		);
		expect('IRN AZE XIRN'.match(FORBIDDEN)).toEqual(['IRN', 'AZE']);
	});
});
