/** Where things are in a parsed YAML file: lines of paths, values at paths, schema keys at paths. */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node as YamlNode, Pair } from 'yaml';
import { z } from 'zod';
import type { ContentFileKey } from '../schema.js';

export type Path = readonly (string | number)[];

export interface ParsedFile {
	key: ContentFileKey;
	display: string;
	doc: Document.Parsed;
	lineCounter: LineCounter;
	/** Path from the document root to the list (or the story object): [] or ["events"]. */
	root: Path;
}

/** "factCheck.sources[0]" from ["factCheck", "sources", 0]. */
export function formatPath(path: Path): string {
	return path
		.map((segment, i) =>
			typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`
		)
		.join('');
}

/** Line of the node at `path`, or of its nearest existing ancestor. */
export function lineOf(file: ParsedFile, path: Path): number | undefined {
	let node: unknown = file.doc.contents;
	let best: number | undefined = startOf(node);
	for (const segment of [...file.root, ...path]) {
		let next: unknown;
		if (isMap(node)) {
			const pair = node.items.find(
				(item: Pair) => isScalar(item.key) && String(item.key.value) === String(segment)
			);
			if (pair) {
				// Point at the field's key line (an empty value such as `places:` has no node).
				best = startOf(pair.key) ?? best;
				if (pair.value === null || pair.value === undefined) break;
				node = pair.value;
				continue;
			}
		} else if (isSeq(node) && typeof segment === 'number') {
			next = node.items[segment];
		}
		if (next === undefined || next === null) break;
		node = next;
		best = startOf(node) ?? best;
	}
	return best === undefined ? undefined : file.lineCounter.linePos(best).line;
}

export function startOf(node: unknown): number | undefined {
	if (node && typeof node === 'object' && 'range' in node) {
		const range = (node as YamlNode).range;
		if (range) return range[0];
	}
	return undefined;
}

/** A short, quoted rendering of a value for "got ..." in messages. */
export function show(value: unknown): string {
	if (value === null) return 'nothing (null)';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	if (typeof value === 'string') {
		return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
	}
	return String(value);
}

export function valueAt(root: unknown, path: Path): unknown {
	let value = root;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[segment];
	}
	return value;
}

/** The object keys a schema accepts at `path` (for "unknown field" messages). */
export function keysAt(schema: z.ZodType, path: Path): string[] {
	let current: z.ZodType | undefined = schema;
	const unwrap = (s: z.ZodType | undefined): z.ZodType | undefined => {
		let node = s;
		for (let i = 0; i < 10 && node; i++) {
			if (node instanceof z.ZodOptional || node instanceof z.ZodDefault) {
				node = node.unwrap() as z.ZodType;
			} else if (node instanceof z.ZodPipe) node = node.out as z.ZodType;
			else break;
		}
		return node;
	};
	for (const segment of path) {
		current = unwrap(current);
		if (current instanceof z.ZodObject && typeof segment === 'string') {
			current = (current.shape as Record<string, z.ZodType>)[segment];
		} else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
		else return [];
	}
	current = unwrap(current);
	return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}
