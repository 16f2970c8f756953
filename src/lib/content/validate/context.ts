/** The state one validation run shares between its steps, and the one way to report an error. */
import type { ContentError, ContentErrorCode } from '../errors.js';
import type { ContentFileKey } from '../schema.js';
import type {
	Claim,
	Content,
	Country,
	Overlay,
	Place,
	Region,
	StoryEvent,
	StoryText,
	Voice
} from '../types.js';
import { formatPath, lineOf, type ParsedFile, type Path } from './yamlPath.js';

/** The content files, in the order they are checked and reported. */
export const CONTENT_FILES: readonly ContentFileKey[] = [
	'story',
	'region',
	'overlays',
	'countries',
	'places',
	'actors',
	'voices',
	'sources',
	'texts',
	'events',
	'claims'
];

/** The files that hold one mapping rather than a list of entries. */
export const SINGLE_FILES: readonly ContentFileKey[] = ['story', 'region'];

/** File name of a content file key ("events" -> "events.yaml"). */
export function contentFileName(key: ContentFileKey): string {
	return `${key}.yaml`;
}

/** A valid entry, with where it stands in its file. */
export interface Entry<T> {
	value: T;
	index: number;
	label: string;
}

/** Every entry as written, valid or not: references are checked on these. */
export interface RawEntry {
	key: ContentFileKey;
	raw: unknown;
	label: string;
	id?: string;
	index?: number;
}

export interface Entries {
	overlays: Entry<Overlay>[];
	countries: Entry<Country>[];
	places: Entry<Place>[];
	actors: Entry<Content['actors'][number]>[];
	voices: Entry<Voice>[];
	sources: Entry<Content['sources'][number]>[];
	texts: Entry<StoryText>[];
	events: Entry<StoryEvent>[];
	claims: Entry<Claim>[];
}

export interface At {
	entry?: string;
	entryId?: string;
	path?: Path;
	line?: number;
}

export type Report = (
	file: ParsedFile | { display: string },
	code: ContentErrorCode,
	message: string,
	at?: At
) => void;

export interface Run {
	dir: string;
	errors: ContentError[];
	report: Report;
	parsed: Map<ContentFileKey, ParsedFile>;
	/** Raw JS of each file at its root, for ids and "got ..." values. */
	raw: Map<ContentFileKey, unknown>;
	entries: Entries;
	story?: Content['story'];
	region?: Region;
	/** Ids present in each file, valid entries or not, so one broken entry does not cascade. */
	ids: Map<ContentFileKey, Set<string>>;
	rawEntries: RawEntry[];
}

export function createRun(dir: string): Run {
	const errors: ContentError[] = [];
	const report: Report = (file, code, message, at = {}) => {
		const line = at.line ?? ('doc' in file && at.path ? lineOf(file, at.path) : undefined);
		errors.push({
			code,
			file: file.display,
			...(line === undefined ? {} : { line }),
			entry: at.entry ?? '',
			...(at.entryId === undefined ? {} : { entryId: at.entryId }),
			field: at.path ? formatPath(at.path.slice(typeof at.path[0] === 'number' ? 1 : 0)) : '',
			message
		});
	};
	return {
		dir,
		errors,
		report,
		parsed: new Map(),
		raw: new Map(),
		entries: {
			overlays: [],
			countries: [],
			places: [],
			actors: [],
			voices: [],
			sources: [],
			texts: [],
			events: [],
			claims: []
		},
		ids: new Map(),
		rawEntries: []
	};
}
