/**
 * The timeline's entries, prepared once from the content (it never changes after prerendering):
 * each event's text in date order, and the events grouped by the year they start in (the "Jump to
 * event" select's groups).
 */
import type { ContentIndex } from '$lib/content/selectors';
import { datetimeAttr, formatDate } from '$lib/utils/dates';
import { startDay, yearOfDay } from './scrubber';

export interface TimelineItem {
	id: string;
	title: string;
	/** Formatted date, honest to its precision. */
	date: string;
	/** `<time datetime>` value. */
	datetime: string;
	/** Day number of the first day the date covers (scrubber.ts startDay). */
	day: number;
	/** Place names and countries, or the note on why there is no place. */
	where: string;
	summary: string;
}

/** One entry per id of `order` that names an event; unknown ids are left out. */
export function timelineItems(index: ContentIndex, order: readonly string[]): TimelineItem[] {
	return order.flatMap((id) => {
		const event = index.eventById.get(id);
		if (!event) return [];
		const places = index.placesOf(event);
		const countries = event.countries.map((c) => index.countryById.get(c)?.name ?? c);
		const where = places.length
			? `${places.map((p) => p.name).join(', ')} · ${countries.join(', ')}`
			: (event.placeNote ?? countries.join(', '));
		return [
			{
				id,
				title: event.title,
				date: formatDate(event.date),
				datetime: datetimeAttr(event.date),
				day: startDay(event.date),
				where,
				summary: event.summary
			}
		];
	});
}

/** Consecutive entries grouped by the year they start in, in their order. */
export function byYear<T extends { day: number }>(items: readonly T[]): [number, T[]][] {
	const groups: [number, T[]][] = [];
	for (const item of items) {
		const year = yearOfDay(item.day);
		const group = groups[groups.length - 1];
		if (group && group[0] === year) group[1].push(item);
		else groups.push([year, [item]]);
	}
	return groups;
}
