/**
 * Node-only entry to the content: reads src/content/*.yaml, the plain-text copies of the texts
 * (every .txt file below the content folder) and the built country shapes from disk, validates
 * them, and returns the Content or throws.
 * Used by the routes (prerendering) and by the build's Vite plugin (vitePlugin.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { TOPOLOGY_PATH } from '../../../geo/config.js';
import { formatContentErrors, type ContentError } from './errors.js';
import type { Content, Overlay, Region } from './types.js';
import { validateContent, type ValidateOptions, type ValidationResult } from './validate/index.js';

/**
 * Where the inputs live, relative to the repository root. The CONTENT_DIR environment variable
 * points a build at other content (the escaping test builds from tests/fixtures/xss).
 */
export const CONTENT_DIR = process.env.CONTENT_DIR || 'src/content';
/** The story's country shapes and overlays, built by `npm run geo` into the content folder. */
export const GEODATA_FILE = `${CONTENT_DIR}/${TOPOLOGY_PATH}`;
/** What the site reads of region.yaml, written by `npm run geo` next to the topology. */
export const REGION_VIEW_FILE = GEODATA_FILE.replace(/\.topo\.json$/, '.view.json');

/** Thrown by loadContent; its message lists every error, one per line. */
export class ContentValidationError extends Error {
	readonly errors: readonly ContentError[];

	constructor(errors: readonly ContentError[]) {
		super(
			`${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${formatContentErrors(errors)}`
		);
		this.name = 'ContentValidationError';
		this.errors = errors;
	}
}

export interface ContentInputs {
	/** YAML texts keyed by file name. */
	files: Record<string, string>;
	options: ValidateOptions;
	/** Problems reading the inputs themselves (the geodata). */
	errors: ContentError[];
	/** Every file read, for watching and cache invalidation. */
	paths: string[];
}

function isContentFile(name: string): boolean {
	return /\.ya?ml$/.test(name);
}

/** Paths of the .txt files below `dir`, relative to it with "/" separators, sorted. */
function textFilesBelow(dir: string, prefix = ''): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((d) =>
			d.isDirectory()
				? textFilesBelow(join(dir, d.name), `${prefix}${d.name}/`)
				: d.isFile() && d.name.endsWith('.txt')
					? [`${prefix}${d.name}`]
					: []
		)
		.sort();
}

/** Reads every input from disk under `root` (the repository root). Never throws for bad content. */
export function readContentInputs(root: string = process.cwd()): ContentInputs {
	const dir = join(root, CONTENT_DIR);
	const files: Record<string, string> = {};
	const paths: string[] = [];
	const errors: ContentError[] = [];
	if (existsSync(dir)) {
		for (const name of readdirSync(dir).filter(isContentFile).sort()) {
			paths.push(join(dir, name));
			files[name] = readFileSync(join(dir, name), 'utf8');
		}
	}

	const textFiles: Record<string, string> = {};
	for (const path of textFilesBelow(dir)) {
		paths.push(join(dir, path));
		textFiles[path] = readFileSync(join(dir, path), 'utf8');
	}

	const options: ValidateOptions = { dir: CONTENT_DIR, textFiles };
	const geodata = join(root, GEODATA_FILE);
	paths.push(geodata, join(root, REGION_VIEW_FILE));
	const geoError = (message: string) =>
		errors.push({ code: 'geodata', file: GEODATA_FILE, entry: '', field: '', message });
	if (!existsSync(geodata)) {
		geoError('missing (expected the built country shapes: run `npm run geo`)');
	} else {
		try {
			const topology = JSON.parse(readFileSync(geodata, 'utf8')) as Topology;
			const countries = topology.objects?.countries;
			if (topology.type !== 'Topology' || countries?.type !== 'GeometryCollection') {
				geoError('expected a TopoJSON Topology with a GeometryCollection object "countries"');
			} else {
				options.countries = feature(topology, countries) as FeatureCollection<Geometry>;
			}
		} catch (error) {
			geoError(`unreadable (${error instanceof Error ? error.message : String(error)})`);
		}
	}
	return { files, options, errors, paths };
}

/** The fields of region.yaml the site reads, in the order geo/build.js writes them. */
function regionView(region: Region) {
	const { maxBounds, clipBox, initialView, zoom, focus, countryLabels: labels } = region;
	return {
		maxBounds,
		clipBox,
		initialView,
		staticBounds: region.staticBounds ?? maxBounds,
		zoom: { min: zoom.min, max: zoom.max },
		focus,
		countryLabels: { localNames: labels.localNames, hidden: labels.hidden, at: labels.at }
	};
}

/** The site reads the region through the geo build's view file: it must match region.yaml. */
function checkRegionView(root: string, region: Region): ContentError[] {
	const file = join(root, REGION_VIEW_FILE);
	const error = (message: string): ContentError[] => [
		{ code: 'geodata', file: REGION_VIEW_FILE, entry: '', field: '', message }
	];
	if (!existsSync(file)) return error('missing (expected the region view: run `npm run geo`)');
	let written: unknown;
	try {
		written = JSON.parse(readFileSync(file, 'utf8'));
	} catch (e) {
		return error(`unreadable (${e instanceof Error ? e.message : String(e)})`);
	}
	if (JSON.stringify(written) === JSON.stringify(regionView(region))) return [];
	return error(
		`does not match ${CONTENT_DIR}/region.yaml (expected the output of \`npm run geo\` for it: run it)`
	);
}

/** What the geo build copies of each overlay into the topology, in its order. */
function overlayView(overlays: readonly Overlay[]) {
	return overlays.map(({ id, label, approximate, style, colour }) => ({
		id,
		properties: { label, approximate, style, colour }
	}));
}

/** The site draws the overlays from the geo build's topology: it must match overlays.yaml. */
function checkOverlays(root: string, overlays: readonly Overlay[]): ContentError[] {
	const file = join(root, GEODATA_FILE);
	if (!existsSync(file)) return [];
	let built: unknown;
	try {
		const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
		const geometries = (topology.objects?.overlays as { geometries?: unknown } | undefined)
			?.geometries;
		built = Array.isArray(geometries)
			? geometries.map((g: { id?: unknown; properties?: unknown }) => ({
					id: g.id,
					properties: g.properties
				}))
			: undefined;
	} catch {
		// An unreadable file is reported by readContentInputs.
		return [];
	}
	if (JSON.stringify(built) === JSON.stringify(overlayView(overlays))) return [];
	return [
		{
			code: 'geodata',
			file: GEODATA_FILE,
			entry: '',
			field: '',
			message: `its overlays do not match ${CONTENT_DIR}/overlays.yaml (expected the output of \`npm run geo\` for it: run it)`
		}
	];
}

/** A fingerprint of the inputs: changes whenever a file is added, removed or edited. */
function stamp(root: string): string {
	const dir = join(root, CONTENT_DIR);
	const names = existsSync(dir) ? readdirSync(dir).filter(isContentFile).sort() : [];
	const paths = [
		...names.map((n) => join(dir, n)),
		...textFilesBelow(dir).map((p) => join(dir, p)),
		join(root, GEODATA_FILE),
		join(root, REGION_VIEW_FILE)
	];
	return paths
		.map((p) => {
			if (!existsSync(p)) return `${p}:-`;
			const s = statSync(p);
			return `${p}:${s.size}:${s.mtimeMs}`;
		})
		.join('|');
}

const cache = new Map<string, { stamp: string; result: ValidationResult }>();

/**
 * Reads and validates the content under `root`. The result is cached per process and reused
 * until an input file changes, so prerendering many pages validates once.
 */
export function checkContent(root: string = process.cwd()): ValidationResult {
	const key = resolve(root);
	const current = stamp(key);
	const cached = cache.get(key);
	if (cached && cached.stamp === current) return cached.result;
	const inputs = readContentInputs(key);
	const validated = validateContent(inputs.files, inputs.options);
	const errors = [
		...inputs.errors,
		...validated.errors,
		...(validated.content ? checkRegionView(key, validated.content.region) : []),
		...(validated.content ? checkOverlays(key, validated.content.overlays) : [])
	];
	const result: ValidationResult = errors.length === 0 ? validated : { errors };
	cache.set(key, { stamp: current, result });
	return result;
}

/** The validated content; throws a ContentValidationError listing every error. */
export function loadContent(root: string = process.cwd()): Content {
	const result = checkContent(root);
	if (!result.content) throw new ContentValidationError(result.errors);
	return result.content;
}

/** Forgets cached results (tests). */
export function clearContentCache(): void {
	cache.clear();
}
