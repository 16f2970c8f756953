/**
 * The social card a shared link previews with (og:image): the static map with the page's
 * countries and places marked, beside its title, as an SVG of CARD_WIDTH x CARD_HEIGHT that the
 * build rasterises to PNG (socialCard.server.ts). Pure: the map comes in built (map/static), the
 * text as values. Text is wrapped here, by an estimate of each line's width, since SVG does not
 * wrap and the rasteriser has no layout engine.
 */
import { PALETTE, overlayColour } from '../map/palette.js';
import { PAGE_COLOURS } from '../styles/tokens.js';
import type { StaticMapData } from '../map/static/types.js';

/** The size link previews ask for (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The map's share of the card, on the right. */
export const MAP_WIDTH = 560;

export interface SocialCard {
	/** The small line above the title: the site's name, or where the page sits. */
	kicker: string;
	title: string;
	/** A line under the title (a date and places, a speaker). */
	subtitle?: string;
	/** The site's name, at the foot. */
	siteName: string;
	/** Countries (ISO3) to mark; none: the focus countries stay as they are. */
	countries?: readonly string[];
	/** Place ids to mark. */
	places?: readonly string[];
}

/** Text safe inside SVG text and attributes. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Average advance of a character, as a share of the font size (Noto Sans, mixed case). */
const CHAR_WIDTH = 0.56;

/**
 * Greedy word wrap into at most `maxLines` lines of at most `width` pixels at `size`; a text cut
 * short ends with an ellipsis.
 */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
	const perLine = Math.max(4, Math.floor(width / (size * CHAR_WIDTH)));
	const lines: string[] = [];
	let line = '';
	const words = text.split(/\s+/).filter(Boolean);
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		const next = line ? `${line} ${word}` : word;
		if (next.length <= perLine || !line) {
			line = next;
			continue;
		}
		lines.push(line);
		line = word;
		if (lines.length === maxLines) {
			const last = lines[maxLines - 1]!;
			lines[maxLines - 1] = `${last.slice(0, perLine - 1).replace(/[\s,;:.–—-]+$/, '')}…`;
			return lines;
		}
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) return wrapText(lines.join(' '), width, size, maxLines);
	return lines;
}

function textBlock(
	lines: readonly string[],
	x: number,
	y: number,
	size: number,
	attrs: string
): string {
	const tspans = lines
		.map(
			(l, i) =>
				`<tspan x="${x}" dy="${i === 0 ? 0 : Math.round(size * 1.2)}">${escapeXml(l)}</tspan>`
		)
		.join('');
	return `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${tspans}</text>`;
}

/** The card as an SVG document. */
export function socialCardSvg(map: StaticMapData, card: SocialCard): string {
	const p = PALETTE;
	const ink = PAGE_COLOURS.light;
	const marked = new Set(card.countries ?? []);
	// The map's first view (the frame its projection fits) whole; what is drawn around it fills
	// the rest of the card's height (a nested svg clips to its viewport, not its viewBox).
	const [x0, y0, x1, y1] = [0, 0, map.width, map.height];
	const countries = map.countries
		.map((c) => {
			const fill = marked.has(c.iso3) ? p.selected : c.focus ? p.focus : p.land;
			return `<path d="${c.d}" fill="${fill}"/>`;
		})
		.join('');
	const placeIds = new Set(card.places ?? []);
	const dots = map.places
		.filter((pl) => placeIds.has(pl.id))
		.map(
			(pl) =>
				`<circle cx="${pl.x}" cy="${pl.y}" r="9" fill="none" stroke="${p.placeActive}" stroke-width="3"/>` +
				`<circle cx="${pl.x}" cy="${pl.y}" r="4" fill="${p.placeDot}"/>`
		)
		.join('');
	const textWidth = CARD_WIDTH - MAP_WIDTH - 100;
	const titleSize = card.title.length > 60 ? 42 : 50;
	const title = wrapText(card.title, textWidth, titleSize, 5);
	const titleY = 190;
	const afterTitle = titleY + Math.round(titleSize * 1.2) * (title.length - 1) + 56;
	const subtitle = card.subtitle ? wrapText(card.subtitle, textWidth, 26, 5) : [];
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${ink.bg}"/>`,
		`<svg x="${CARD_WIDTH - MAP_WIDTH}" y="0" width="${MAP_WIDTH}" height="${CARD_HEIGHT}" viewBox="${x0} ${y0} ${x1 - x0} ${y1 - y0}" preserveAspectRatio="xMidYMid meet">`,
		`<rect x="${x0 - 1000}" y="${y0 - 1000}" width="${x1 - x0 + 2000}" height="${y1 - y0 + 2000}" fill="${p.water}"/>`,
		countries,
		`<path d="${map.coastline}" fill="none" stroke="${p.coastline}" stroke-width="0.7"/>`,
		`<path d="${map.borders}" fill="none" stroke="${p.border}" stroke-width="1"/>`,
		...map.overlays.map(
			(o) =>
				`<path d="${o.d}" fill="none" stroke="${overlayColour(p, o.colour)}" stroke-width="1.4"${o.approximate ? ' stroke-dasharray="4 2.6"' : ''} stroke-opacity=".85"/>`
		),
		dots,
		`</svg>`,
		`<rect x="0" y="0" width="14" height="${CARD_HEIGHT}" fill="${ink.accent}"/>`,
		textBlock(
			[card.kicker.toUpperCase()],
			64,
			110,
			22,
			`fill="${ink.accent}" font-weight="700" letter-spacing="2"`
		),
		textBlock(title, 64, titleY, titleSize, `fill="${ink.text}" font-weight="700"`),
		subtitle.length ? textBlock(subtitle, 64, afterTitle, 26, `fill="${ink.muted}"`) : '',
		textBlock([card.siteName], 64, CARD_HEIGHT - 56, 24, `fill="${ink.text}" font-weight="700"`),
		`</svg>`
	].join('');
}
