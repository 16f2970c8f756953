/** The valid content fixture, indexed, for the panel helpers' tests. */
import { createIndex, type ContentIndex } from '../../../src/lib/content/selectors';
import type { Claim, Content } from '../../../src/lib/content/types';
import { validateContent } from '../../../src/lib/content/validate';
import { readFixture } from '../content/helpers';

export function fixtureContent(): Content {
	const { content, errors } = validateContent(readFixture('valid'));
	if (!content) throw new Error(`fixture invalid: ${errors.map((e) => e.message).join('; ')}`);
	return content;
}

export function fixtureIndex(edit: (content: Content) => Content = (c) => c): ContentIndex {
	return createIndex(edit(fixtureContent()));
}

/** A claim with only what the grouping reads filled in. */
export function claim(id: string, speaker: string): Claim {
	return {
		id,
		speaker,
		kind: 'assertion',
		title: id,
		summary: id,
		paragraphs: [1],
		respondsTo: [],
		countries: [],
		places: [],
		evidence: []
	};
}
