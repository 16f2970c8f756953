/** The plain-text copies that texts.yaml names: present, and cut into numbered paragraphs. */
import { textParagraphs } from '../essay.js';
import type { Claim } from '../types.js';
import type { Entry, Run } from './context.js';

export interface TextCopy {
	id: string;
	paragraphs: string[];
}

/**
 * The copies of the valid text entries, by text id. A copy missing from `files` is reported at
 * its entry; without `files` (a caller that has no folder) nothing is read or reported.
 */
export function readCopies(
	run: Run,
	files: Readonly<Record<string, string>> | undefined
): Map<string, TextCopy> {
	const copies = new Map<string, TextCopy>();
	const file = run.parsed.get('texts');
	if (!files || !file) return copies;
	for (const e of run.entries.texts) {
		const { id, copy, paragraphs } = e.value;
		if (copy === undefined) continue;
		const body = files[copy];
		if (body === undefined) {
			run.report(
				file,
				'missing-file',
				`no file "${copy}" in ${run.dir} (expected a plain-text copy of the text at that path inside the content folder, or no copy field)`,
				{ entry: e.label, entryId: id, path: [e.index, 'copy'] }
			);
			continue;
		}
		copies.set(id, { id, paragraphs: textParagraphs(body, paragraphs) });
	}
	return copies;
}

/**
 * The copy a claim's paragraphs and quote refer to: the text it names, else the one text that has
 * a copy. Reports a claim that names none when several texts have copies.
 */
export function copyForClaim(
	run: Run,
	copies: ReadonlyMap<string, TextCopy>,
	e: Entry<Claim>
): TextCopy | undefined {
	if (e.value.from !== undefined) return copies.get(e.value.from);
	const withCopy = [...run.entries.texts].filter((t) => t.value.copy !== undefined);
	if (withCopy.length <= 1) return withCopy[0] && copies.get(withCopy[0].value.id);
	const file = run.parsed.get('claims');
	if (file) {
		run.report(
			file,
			'schema',
			`missing required field (expected the id of the text its paragraphs and quote refer to, since several texts have copies: ${withCopy.map((t) => t.value.id).join(', ')})`,
			{ entry: e.label, entryId: e.value.id, path: [e.index, 'from'] }
		);
	}
	return undefined;
}
