import { describe, expect, it } from 'vitest';
import type { StaticMapData } from '../../../src/lib/map/static/types';
import { PALETTE } from '../../../src/lib/map/palette';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	escapeXml,
	socialCardSvg,
	wrapText
} from '../../../src/lib/export/socialCard';
import { rasterise } from '../../../src/lib/export/socialCard.server';
import { cardAlt } from '../../../src/lib/export/pageMeta';

const MAP: StaticMapData = {
	width: 600,
	height: 400,
	extent: [0, 0, 600, 400],
	projection: { scale: 100, translate: [300, 200] },
	countries: [
		{ iso3: 'IRN', name: 'Iran', focus: true, d: 'M10 10h100v100h-100z' },
		{ iso3: 'TJK', name: 'Tajikistan', focus: true, d: 'M300 10h50v50h-50z' },
		{ iso3: 'TKM', name: 'Turkmenistan', focus: false, d: 'M200 10h50v50h-50z' }
	],
	borders: 'M0 0',
	coastline: 'M0 0',
	overlays: [
		{
			id: 'khorasan',
			name: 'Khorasan (approximate)',
			style: 'hatch',
			colour: 'overlay-1',
			approximate: true,
			d: 'M0 0'
		}
	],
	labels: [],
	places: [
		{ id: 'dushanbe', name: 'Dushanbe', x: 320, y: 30, label: true },
		{ id: 'tehran', name: 'Tehran', x: 40, y: 40, label: true }
	]
};

describe('wrapText', () => {
	it('breaks at words within the width, and ends a cut text with an ellipsis', () => {
		const lines = wrapText('one two three four five six seven eight', 100, 20, 9);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(100 / 11.2));
		expect(lines.join(' ')).toBe('one two three four five six seven eight');
		const cut = wrapText('one two three four five six seven eight', 100, 20, 2);
		expect(cut).toHaveLength(2);
		expect(cut[1]).toMatch(/…$/);
	});
	it('keeps a word longer than a line whole on its own line', () => {
		expect(wrapText('Supercalifragilistic is long', 60, 20, 5)[0]).toBe('Supercalifragilistic');
	});
});

describe('socialCardSvg', () => {
	const svg = socialCardSvg(MAP, {
		kicker: 'Step 7 of 24',
		title: 'Iran & Tajikistan <upgraded> ties',
		subtitle: 'The essay · Assertion',
		siteName: 'The map',
		countries: ['TJK'],
		places: ['dushanbe']
	});

	it('is a card of the preview size with its text escaped', () => {
		expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`));
		expect(svg).toContain('Iran &amp; Tajikistan');
		expect(svg).toContain('&lt;upgraded&gt;');
		expect(svg).not.toContain('<upgraded>');
		expect(svg).toContain('STEP 7 OF 24');
	});

	it('marks the page’s countries and places, and only those', () => {
		expect(svg).toContain(`<path d="M300 10h50v50h-50z" fill="${PALETTE.selected}"/>`);
		expect(svg).toContain(`<path d="M10 10h100v100h-100z" fill="${PALETTE.focus}"/>`);
		expect(svg).toContain(`<path d="M200 10h50v50h-50z" fill="${PALETTE.land}"/>`);
		expect(svg).toContain('cx="320" cy="30"');
		expect(svg).not.toContain('cx="40" cy="40"');
	});

	it('rasterises to a PNG of the card’s size', () => {
		const png = rasterise(svg);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		// IHDR: width and height, big-endian, at bytes 16-23.
		expect(png.readUInt32BE(16)).toBe(CARD_WIDTH);
		expect(png.readUInt32BE(20)).toBe(CARD_HEIGHT);
	});
});

describe('card alt text', () => {
	it('names the title and the marked countries', () => {
		expect(cardAlt('Title', ['Iran', 'Tajikistan', 'Afghanistan'])).toBe(
			'Title — a map of the region, with Iran, Tajikistan and Afghanistan marked.'
		);
		expect(cardAlt('Title', [])).toBe('Title — a map of the region.');
		expect(escapeXml('"a"')).toBe('&quot;a&quot;');
	});
});
