/**
 * The static map's colours live in CSS custom properties (StaticMap.svelte), so that it follows
 * prefers-color-scheme without JavaScript: each must be the WebGL style's colour (style.ts) in its
 * scheme, and every palette colour the static map draws must be there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, PALETTE, type Palette } from '../../../src/lib/map/palette';
import { ROOT } from './helpers';

const source = readFileSync(`${ROOT}src/lib/map/static/StaticMap.svelte`, 'utf8');
const css = source.slice(source.indexOf('<style>'));

/** `--map-*` declarations in the first `.static-map { ... }` block after `from`. */
function declarations(from: number): Record<string, string> {
	const start = css.indexOf('.static-map {', from);
	const block = css.slice(start, css.indexOf('}', start));
	return Object.fromEntries(
		[...block.matchAll(/--map-([a-z0-9-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1]!, m[2]!])
	);
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Palette keys the static map draws (focusBorder is the WebGL map's alone). */
const DRAWN = (Object.keys(PALETTE) as (keyof Palette)[]).filter((k) => k !== 'focusBorder');

describe('StaticMap colour properties', () => {
	const light = declarations(0);
	const dark = declarations(css.indexOf('@media (prefers-color-scheme: dark)'));

	it.each([
		['light', light, PALETTE as Palette],
		['dark', dark, DARK_PALETTE]
	] as const)('match the %s palette of style.ts', (_scheme, declared, palette) => {
		expect(Object.keys(declared).length).toBe(DRAWN.length);
		for (const key of DRAWN) expect(declared[kebab(key)], key).toBe(palette[key]);
	});

	it('are used: every declared property colours something', () => {
		for (const name of Object.keys(light)) expect(css).toContain(`var(--map-${name})`);
	});
});
