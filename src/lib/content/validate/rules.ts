/** Rules across entries: places within the listed countries, sourcing, fact-check sources. */
import type { Entry, Run } from './context.js';
import { suggest } from './suggest.js';

/** Places must lie in countries the entry lists, or the map highlights the wrong countries. */
function countriesCoverPlaces(
	run: Run,
	fileKey: 'events' | 'claims',
	e: Entry<{ id: string; places: string[]; countries: string[] }>
): void {
	const countryById = new Map(run.entries.countries.map((c) => [c.value.id, c.value]));
	const placeById = new Map(run.entries.places.map((p) => [p.value.id, p.value]));
	const missing = new Map<string, string[]>();
	for (const placeId of e.value.places) {
		const place = placeById.get(placeId);
		// A place in an unknown country is reported at the place; do not cascade.
		if (place && countryById.has(place.country) && !e.value.countries.includes(place.country)) {
			missing.set(place.country, [...(missing.get(place.country) ?? []), placeId]);
		}
	}
	const file = run.parsed.get(fileKey);
	for (const [country, placeIds] of missing) {
		if (file) {
			run.report(
				file,
				'country-mismatch',
				`place ${placeIds.map((p) => `"${p}"`).join(', ')} is in ${country}, which is not listed (expected countries to include ${country})`,
				{ entry: e.label, entryId: e.value.id, path: [e.index, 'countries'] }
			);
		}
	}
}

/** The source ids that stand for the story's texts, and the texts' publication events. */
export interface TextSelves {
	sources: ReadonlySet<string>;
	events: ReadonlySet<string>;
	/** Whether every text's event is known: else no event can be told not to be a text's own. */
	known: boolean;
}

/** From every text entry as written, so one broken text does not turn into unsourced events. */
export function textSelves(run: Run): TextSelves {
	const sources = new Set<string>();
	const events = new Set<string>();
	let known = run.parsed.has('texts');
	for (const e of run.rawEntries) {
		if (e.key !== 'texts') continue;
		const { source, event } = (e.raw ?? {}) as { source?: unknown; event?: unknown };
		if (typeof source === 'string') sources.add(source);
		if (typeof event === 'string') events.add(event);
		else known = false;
	}
	return { sources, events, known };
}

function list(ids: ReadonlySet<string>): string {
	return [...ids].map((id) => `"${id}"`).join(', ');
}

/** A fact-check rates a text against other sources; a text cannot confirm itself. */
function checkFactCheckSources(
	run: Run,
	selves: TextSelves,
	fileKey: 'events' | 'claims',
	e: Entry<{ id: string; factCheck?: { sources: string[] } }>
): void {
	const sources = e.value.factCheck?.sources;
	const file = run.parsed.get(fileKey);
	if (!file || !sources || sources.some((s) => !selves.sources.has(s))) return;
	run.report(
		file,
		'fact-check-source',
		`the fact-check cites only the story's own texts (${list(selves.sources)}) (expected at least one other source: a fact-check rates a text against independent sources)`,
		{ entry: e.label, entryId: e.value.id, path: [e.index, 'factCheck', 'sources'] }
	);
}

/** The focus countries are region.yaml's `focus`; countries.yaml's `focus` flags must agree. */
export function checkFocus(run: Run): void {
	const focus = run.region?.focus;
	const file = run.parsed.get('countries');
	if (!focus || !file) return;
	for (const e of run.entries.countries) {
		if (e.value.focus === focus.includes(e.value.id)) continue;
		run.report(
			file,
			'focus-mismatch',
			e.value.focus
				? `focus is true but ${e.value.id} is not among the focus countries of region.yaml (expected focus: false, or ${e.value.id} added to region.yaml's focus)`
				: `focus is false but ${e.value.id} is one of the focus countries of region.yaml (expected focus: true)`,
			{ entry: e.label, entryId: e.value.id, path: [e.index, 'focus'] }
		);
	}
}

/** A country whose local name the map draws under its English one must have a local name. */
export function checkLabelNames(run: Run): void {
	const listed = run.region?.countryLabels.localNames ?? [];
	const file = run.parsed.get('countries');
	if (!file) return;
	for (const e of run.entries.countries) {
		if (!listed.includes(e.value.id) || e.value.localNames.length > 0) continue;
		run.report(
			file,
			'missing-local-name',
			`${e.value.id} is in region.yaml's countryLabels.localNames but has no local name (expected a localNames entry, or ${e.value.id} taken out of that list)`,
			{ entry: e.label, entryId: e.value.id, path: [e.index, 'localNames'] }
		);
	}
}

/** Each event's and actor's kind must be one of the kinds story.yaml lists (or the default ones). */
export function checkKinds(run: Run): void {
	const kinds = run.story?.kinds;
	if (!kinds) return;
	for (const [fileKey, listed] of [
		['events', kinds.events],
		['actors', kinds.actors]
	] as const) {
		const file = run.parsed.get(fileKey);
		if (!file) continue;
		for (const e of run.entries[fileKey]) {
			const kind = e.value.kind;
			if (listed.includes(kind)) continue;
			const near = suggest(kind, listed);
			run.report(
				file,
				'unknown-kind',
				`unknown kind "${kind}"${near ? ` (did you mean "${near}"?)` : ''} (expected one of ${listed.join(', ')}, or "${kind}" added to kinds.${fileKey} in story.yaml)`,
				{ entry: e.label, entryId: e.value.id, path: [e.index, 'kind'] }
			);
		}
	}
}

export function checkRules(run: Run): void {
	const selves = textSelves(run);
	const textIds = [...(run.ids.get('texts') ?? [])].join(', ');
	for (const e of run.entries.events) {
		const event = e.value;
		countriesCoverPlaces(run, 'events', e);
		// A text's own publication is attested by the text; every other sourced event needs more.
		if (
			event.basis === 'sourced' &&
			!selves.events.has(event.id) &&
			!event.sources.some((s) => !selves.sources.has(s)) &&
			(event.sources.length === 0 || selves.known)
		) {
			const file = run.parsed.get('events');
			if (file) {
				run.report(
					file,
					'unsourced',
					event.sources.length === 0
						? `basis is "sourced" but there are no sources (expected at least one source id, or as basis the id of the text it rests on: ${textIds})`
						: `basis is "sourced" but its only sources are the story's own texts (${list(selves.sources)}) (expected an independent source id, or as basis the id of the text it rests on: ${textIds})`,
					{ entry: e.label, entryId: event.id, path: [e.index, 'sources'] }
				);
			}
		}
	}
	for (const e of run.entries.claims) countriesCoverPlaces(run, 'claims', e);
	for (const e of run.entries.events) checkFactCheckSources(run, selves, 'events', e);
	for (const e of run.entries.claims) checkFactCheckSources(run, selves, 'claims', e);
}
