/** Step 2: each entry against its schema, and duplicate ids within a file. */
import type { z } from 'zod';
import type { ContentErrorCode } from '../errors.js';
import { entrySchemas } from '../schema.js';
import type { Content, Region } from '../types.js';
import { contentFileName, type Entries, type Entry, type Run } from './context.js';
import { suggest } from './suggest.js';
import { keysAt, lineOf, show, valueAt, type ParsedFile, type Path } from './yamlPath.js';

/** Checks one entry (index undefined: the story object); returns its data when it is valid. */
function checkEntry(run: Run, file: ParsedFile, value: unknown, index: number | undefined) {
	const { report } = run;
	const schema = entrySchemas[file.key] as z.ZodType;
	const id =
		value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
			? (value as { id: string }).id
			: undefined;
	const entry = index === undefined ? file.key : `${file.key}[${id ?? index}]`;
	const prefix: Path = index === undefined ? [] : [index];
	const result = schema.safeParse(value);
	if (result.success) return { data: result.data as unknown, entry, id };
	for (const issue of result.error.issues) {
		const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
		const at = { entry, ...(id === undefined ? {} : { entryId: id }) };
		if (issue.code === 'unrecognized_keys') {
			const allowed = keysAt(schema, path);
			for (const unknownKey of issue.keys) {
				const hint = suggest(unknownKey, allowed);
				report(
					file,
					'schema',
					`unknown field "${unknownKey}" (expected ${hint ? `"${hint}"? Allowed: ` : 'one of: '}${allowed.join(', ')})`,
					{ ...at, path: [...prefix, ...path, unknownKey] }
				);
			}
			continue;
		}
		const got = valueAt(value, path);
		const params = issue.code === 'custom' ? (issue.params as { code?: ContentErrorCode }) : {};
		const code = params?.code ?? 'schema';
		let message = issue.message.replace(/^Invalid (input|option): /, '');
		if (issue.code === 'invalid_value') {
			message = `expected one of ${issue.values.map(String).join(', ')}`;
		}
		if (code === 'schema') {
			message = message.replace(/, received \w+$/, '');
			message =
				got === undefined ? `missing required field (${message})` : `${message}; got ${show(got)}`;
		}
		report(file, code, message, { ...at, path: [...prefix, ...path] });
	}
	return { data: undefined, entry, id };
}

export function checkEntries(run: Run): void {
	for (const [key, file] of run.parsed) {
		const value = run.raw.get(key);
		if (key === 'story' || key === 'region') {
			const data = checkEntry(run, file, value, undefined).data;
			if (key === 'story') run.story = data as Content['story'] | undefined;
			else run.region = data as Region | undefined;
			run.rawEntries.push({ key, raw: value, label: key });
			continue;
		}
		const seen = new Map<string, number>();
		const known = new Set<string>();
		run.ids.set(key, known);
		(value as unknown[]).forEach((item, index) => {
			const { data, entry, id } = checkEntry(run, file, item, index);
			run.rawEntries.push({
				key,
				raw: item,
				label: entry,
				index,
				...(id === undefined ? {} : { id })
			});
			let duplicate = false;
			if (id !== undefined) {
				const first = seen.get(id);
				if (first !== undefined) {
					duplicate = true;
					run.report(
						file,
						'duplicate-id',
						`duplicate id "${id}", already used by entry ${first} at line ${lineOf(file, [first, 'id'])} (expected ids to be unique within ${contentFileName(key)})`,
						{ entry, entryId: id, path: [index, 'id'] }
					);
				} else seen.set(id, index);
				known.add(id);
			}
			// A duplicate is left out of the cross-checks: which entry the id means is undecided.
			if (data !== undefined && !duplicate) {
				(run.entries[key as keyof Entries] as Entry<unknown>[]).push({
					value: data,
					index,
					label: entry
				});
			}
		});
	}
}
