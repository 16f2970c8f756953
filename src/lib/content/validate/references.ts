/**
 * Step 3: references between files, checked on every entry as written (even one with other
 * errors), so a single run reports them all. Values of the wrong shape are left to the schema.
 */
import { ISO3, KEBAB_ID, SOURCE_ID, type ContentFileKey } from '../schema.js';
import { contentFileName, type Run } from './context.js';
import { suggest } from './suggest.js';
import { valueAt, type Path } from './yamlPath.js';

/** Which fields of each file refer to entries of which file. */
const REFERENCES: Record<ContentFileKey, readonly (readonly [Path, ContentFileKey])[]> = {
	story: [],
	region: [
		[['focus'], 'countries'],
		[['countryLabels', 'localNames'], 'countries']
	],
	overlays: [[['provenance', 'sources'], 'sources']],
	countries: [],
	places: [
		[['country'], 'countries'],
		[['sources'], 'sources']
	],
	actors: [[['country'], 'countries']],
	voices: [[['actor'], 'actors']],
	sources: [],
	texts: [
		[['event'], 'events'],
		[['voice'], 'voices'],
		[['source'], 'sources']
	],
	events: [
		[['places'], 'places'],
		[['countries'], 'countries'],
		[['actors'], 'actors'],
		[['sources'], 'sources'],
		[['factCheck', 'sources'], 'sources'],
		[['basis'], 'texts']
	],
	claims: [
		[['speaker'], 'voices'],
		[['from'], 'texts'],
		[['respondsTo'], 'claims'],
		[['countries'], 'countries'],
		[['places'], 'places'],
		[['evidence'], 'events'],
		[['factCheck', 'sources'], 'sources']
	]
};

/** The id format of each file; a malformed reference gets the schema's error, not "unknown". */
const ID_PATTERNS: Record<ContentFileKey, RegExp> = {
	story: KEBAB_ID,
	region: KEBAB_ID,
	overlays: KEBAB_ID,
	countries: ISO3,
	places: KEBAB_ID,
	actors: KEBAB_ID,
	voices: KEBAB_ID,
	sources: SOURCE_ID,
	texts: KEBAB_ID,
	events: KEBAB_ID,
	claims: KEBAB_ID
};

const KIND_NAMES: Record<ContentFileKey, string> = {
	story: 'story',
	region: 'region',
	overlays: 'overlay id',
	countries: 'country code',
	places: 'place id',
	actors: 'actor id',
	voices: 'voice id',
	sources: 'source id',
	texts: 'text id',
	events: 'event id',
	claims: 'claim id'
};

export function checkReferences(run: Run): void {
	const { report } = run;
	for (const e of run.rawEntries) {
		const file = run.parsed.get(e.key);
		if (!file) continue;
		const at = { entry: e.label, ...(e.id === undefined ? {} : { entryId: e.id }) };
		const prefix: Path = e.index === undefined ? [] : [e.index];
		const check = (path: Path, target: ContentFileKey, value: unknown) => {
			if (typeof value !== 'string' || !ID_PATTERNS[target].test(value)) return;
			// An event's basis is "sourced" or names the text it rests on.
			if (target === 'texts' && e.key === 'events' && value === 'sourced') return;
			if (e.key === 'claims' && target === 'claims' && value === e.id) {
				report(
					file,
					'self-reference',
					`claim "${value}" responds to itself (expected the ids of other claims it answers)`,
					{ ...at, path: [...prefix, ...path] }
				);
				return;
			}
			const known = run.ids.get(target);
			// A missing or broken target file is reported once already; do not cascade.
			if (!known || known.has(value)) return;
			const hint = suggest(value, known);
			const where =
				target === 'countries'
					? 'the codes in countries.yaml'
					: `${e.key === 'events' && target === 'texts' ? '"sourced" or ' : ''}the ids in ${contentFileName(target)}`;
			report(
				file,
				target === 'countries' ? 'unknown-country' : 'unknown-id',
				`unknown ${KIND_NAMES[target]} "${value}" (expected one of ${where}${hint ? `; did you mean "${hint}"?` : ''})`,
				{ ...at, path: [...prefix, ...path] }
			);
		};
		for (const [path, target] of REFERENCES[e.key]) {
			const value = valueAt(e.raw, path);
			if (Array.isArray(value)) value.forEach((v, i) => check([...path, i], target, v));
			else check(path, target, value);
		}
	}
}
