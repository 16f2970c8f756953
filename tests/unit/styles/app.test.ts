import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { panelCssVars } from '../../../src/lib/panels/layout';
import { tourCssVars } from '../../../src/lib/tour/layout';

const css = readFileSync(new URL('../../../src/lib/styles/app.css', import.meta.url), 'utf8');

/** The custom properties declared in the stylesheet's first `:root` rule. */
function rootProperties(source: string): Record<string, string> {
	const body = /(?:^|\n):root\s*\{([^}]*)\}/.exec(source)?.[1];
	if (body === undefined) throw new Error('app.css has no :root rule');
	const withoutComments = body.replace(/\/\*[\s\S]*?\*\//g, '');
	return Object.fromEntries(
		[...withoutComments.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()])
	);
}

describe('app.css', () => {
	it('declares the panel and tour sizes the map insets are computed from', () => {
		const declared = rootProperties(css);
		for (const [name, value] of Object.entries({ ...panelCssVars(), ...tourCssVars() })) {
			expect(declared[name], name).toBe(value);
		}
	});

	it('reads custom properties from the first :root rule only', () => {
		expect(rootProperties(':root { --a: 1px; /* --b: 2px; */ }\n:root { --c: 3; }')).toEqual({
			'--a': '1px'
		});
		expect(() => rootProperties('body { --a: 1px; }')).toThrow(/no :root rule/);
	});
});
