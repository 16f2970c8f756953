/**
 * The timeline's words for screen readers and button names, kept apart from the markup so the
 * phrasing is tested and stays the same in the live region, the slider and the buttons.
 */

/** What the reader needs to know of an event to recognise it. */
export interface EventLabel {
	/** Formatted date, honest to its precision ("April 2025", "13–24 June 2025"). */
	date: string;
	title: string;
}

/** "3 January 2024 — Twin suicide bombings in Kerman". */
export function eventLabel(e: EventLabel): string {
	return `${e.date} — ${e.title}`;
}

/** The live-region text for a step: "Event 5 of 37: 3 January 2024 — Twin suicide bombings…". */
export function stepAnnouncement(index: number, total: number, e: EventLabel | undefined): string {
	if (!e || index < 0) return 'No event selected.';
	return `Event ${index + 1} of ${total}: ${eventLabel(e)}`;
}

/**
 * Accessible name of the Previous/Next button: its direction and, when it can move, where it
 * leads ("Next event: 4 January 2024 — Islamic State claims…"). The name always starts with the
 * visible word, so speech input ("click Next") finds it.
 */
export function stepButtonLabel(
	direction: 'prev' | 'next',
	target: EventLabel | undefined
): string {
	const verb = direction === 'prev' ? 'Previous event' : 'Next event';
	return target ? `${verb}: ${eventLabel(target)}` : `${verb} (none)`;
}
