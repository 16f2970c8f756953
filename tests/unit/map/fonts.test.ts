import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_FONT_FILES, FONT, FONT_DIR, FONT_STACKS, fontFaces } from '../../../src/lib/map/fonts';
import { ROOT } from './helpers';

const STATIC_FONTS = `${ROOT}static/${FONT_DIR}/`;

describe('fontFaces', () => {
	it('points every font name at files under the assets URL, with or without a trailing slash', () => {
		for (const assets of ['https://x.test/base/', 'https://x.test/base']) {
			const faces = fontFaces(assets);
			expect(Object.keys(faces).sort()).toEqual(Object.values(FONT).sort());
			for (const list of Object.values(faces)) {
				for (const face of list as { url: string }[]) {
					expect(face.url).toMatch(/^https:\/\/x\.test\/base\/fonts\/noto-sans-[a-z0-9-]+\.woff2$/);
				}
			}
		}
	});

	it('draws Persian with the Arabic-script file, looked up before the Latin one', () => {
		for (const name of [FONT.regular, FONT.semibold]) {
			const stack = FONT_STACKS[name];
			expect(stack[0]?.file).toMatch(/arabic/);
			expect(stack[0]?.unicodeRange).toContain('U+0600-06FF');
		}
	});
});

describe('static/fonts (committed output of scripts/copy-fonts.js)', () => {
	const committed = readdirSync(STATIC_FONTS).filter((f) => f.endsWith('.woff2'));

	it('holds exactly the files the map may load', () => {
		expect(committed.sort()).toEqual(ALL_FONT_FILES.map((f) => f.file).sort());
	});

	it('is byte-identical to the @fontsource packages it is copied from', () => {
		for (const f of ALL_FONT_FILES) {
			const copy = readFileSync(STATIC_FONTS + f.file);
			const source = readFileSync(`${ROOT}node_modules/${f.pkg}/files/${f.file}`);
			expect(copy.equals(source), f.file).toBe(true);
		}
	});

	it('matches the list in scripts/copy-fonts.js', () => {
		const script = readFileSync(`${ROOT}scripts/copy-fonts.js`, 'utf8');
		const listed = [...script.matchAll(/'(noto-sans-[a-z0-9-]+\.woff2)'/g)].map((m) => m[1]);
		expect(listed.sort()).toEqual(ALL_FONT_FILES.map((f) => f.file).sort());
	});

	it('ships the SIL Open Font License with the fonts', () => {
		const licences = readdirSync(STATIC_FONTS).filter((f) => f.startsWith('OFL'));
		expect(licences.length).toBe(2);
		for (const l of licences)
			expect(readFileSync(STATIC_FONTS + l, 'utf8')).toMatch(/SIL OPEN FONT LICENSE/i);
	});

	// A file is downloaded only when a label needs one of its characters, so a reader pays for
	// each script's file on its own, never for the folder.
	it('keeps each file small (at most 50 KB)', () => {
		for (const f of ALL_FONT_FILES) {
			expect(readFileSync(STATIC_FONTS + f.file).length, f.file).toBeLessThanOrEqual(50 * 1024);
		}
	});
});
