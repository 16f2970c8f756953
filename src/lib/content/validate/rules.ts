/** Rules across entries: places within the listed countries, sourcing, fact-check sources. */
import type { Entry, Run } from './context.js';

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

/** A fact-check rates a text against other sources; the essay cannot confirm itself. */
function checkFactCheckSources(
	run: Run,
	essaySources: ReadonlySet<string>,
	fileKey: 'events' | 'claims',
	e: Entry<{ id: string; factCheck?: { sources: string[] } }>
): void {
	const sources = e.value.factCheck?.sources;
	const file = run.parsed.get(fileKey);
	if (!file || !sources || sources.some((s) => !essaySources.has(s))) return;
	run.report(
		file,
		'fact-check-source',
		'the fact-check cites only the essay (expected at least one source other than the essay: a fact-check rates the text against independent sources)',
		{ entry: e.label, entryId: e.value.id, path: [e.index, 'factCheck', 'sources'] }
	);
}

export function checkRules(run: Run, essaySources: ReadonlySet<string>): void {
	// With a broken story.yaml the essay's own event may be unknown: skip the essay-only check then
	// rather than flag the essay's publication as unsourced.
	const storyRaw = run.raw.get('story') as { essayEvent?: unknown } | undefined;
	const storyEssayEvent =
		run.story?.essayEvent ??
		(typeof storyRaw?.essayEvent === 'string' ? storyRaw.essayEvent : undefined);
	for (const e of run.entries.events) {
		const event = e.value;
		countriesCoverPlaces(run, 'events', e);
		// The essay's own publication is attested by the essay; every other sourced event needs more.
		if (
			event.basis === 'sourced' &&
			event.id !== storyEssayEvent &&
			!event.sources.some((s) => !essaySources.has(s)) &&
			(event.sources.length === 0 || storyEssayEvent !== undefined)
		) {
			const file = run.parsed.get('events');
			if (file) {
				run.report(
					file,
					'unsourced',
					event.sources.length === 0
						? 'basis is "sourced" but there are no sources (expected at least one source id, or basis: essay-only)'
						: 'basis is "sourced" but the only source is the essay itself (expected an independent source id, or basis: essay-only)',
					{ entry: e.label, entryId: event.id, path: [e.index, 'sources'] }
				);
			}
		}
	}
	for (const e of run.entries.claims) countriesCoverPlaces(run, 'claims', e);
	for (const e of run.entries.events) checkFactCheckSources(run, essaySources, 'events', e);
	for (const e of run.entries.claims) checkFactCheckSources(run, essaySources, 'claims', e);
}
