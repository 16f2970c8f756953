/** Test helper: compact SVG path text (src/lib/map/static/project.ts) back into points. */

/** Parses compact path text back into absolute subpaths of [x, y] points. */
export function parsePath(d: string): [number, number][][] {
	const tokens = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
	const rings: [number, number][][] = [];
	let command = '';
	let [x, y, sx, sy] = [0, 0, 0, 0];
	let ring: [number, number][] = [];
	for (let i = 0; i < tokens.length;) {
		const token = tokens[i]!;
		if (/[A-Za-z]/.test(token)) {
			command = token;
			i++;
			if (command === 'z' || command === 'Z') {
				[x, y] = [sx, sy];
				command = '';
			}
			continue;
		}
		const a = Number(tokens[i]);
		const b = Number(tokens[i + 1]);
		i += 2;
		if (command === 'M' || command === 'm') {
			if (ring.length) rings.push(ring);
			[x, y] = command === 'M' ? [a, b] : [x + a, y + b];
			[sx, sy] = [x, y];
			ring = [[x, y]];
			// Pairs after a move are lines (absolute after M, relative after m).
			command = command === 'M' ? 'L' : 'l';
		} else if (command === 'L') {
			[x, y] = [a, b];
			ring.push([x, y]);
		} else if (command === 'l') {
			[x, y] = [x + a, y + b];
			ring.push([x, y]);
		} else {
			throw new Error(`unexpected number after "${command}" in ${d.slice(0, 40)}`);
		}
	}
	if (ring.length) rings.push(ring);
	return rings;
}
