import { describe, expect, it } from 'vitest';
import {
	eventLabel,
	stepAnnouncement,
	stepButtonLabel
} from '../../../../src/lib/views/timeline/text';

const kerman = { date: '3 January 2024', title: 'Twin suicide bombings in Kerman' };

describe('timeline text', () => {
	it('labels an event by date then title', () => {
		expect(eventLabel(kerman)).toBe('3 January 2024 — Twin suicide bombings in Kerman');
	});

	it('announces a step with its 1-based position', () => {
		expect(stepAnnouncement(4, 37, kerman)).toBe(
			'Event 5 of 37: 3 January 2024 — Twin suicide bombings in Kerman'
		);
	});

	it('announces the cleared state', () => {
		expect(stepAnnouncement(-1, 37, undefined)).toBe('No event selected.');
		expect(stepAnnouncement(-1, 37, kerman)).toBe('No event selected.');
	});

	it('names the step buttons after their target', () => {
		expect(stepButtonLabel('next', kerman)).toBe(
			'Next event: 3 January 2024 — Twin suicide bombings in Kerman'
		);
		expect(stepButtonLabel('prev', kerman)).toBe(
			'Previous event: 3 January 2024 — Twin suicide bombings in Kerman'
		);
		expect(stepButtonLabel('prev', undefined)).toBe('Previous event (none)');
	});
});
