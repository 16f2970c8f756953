/** Step 1: which files are there, their YAML syntax, and the shape of each file as a whole. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { CONTENT_FILES, SINGLE_FILES, contentFileName, type Run } from './context.js';
import { suggest } from './suggest.js';
import { lineOf, startOf, valueAt, type ParsedFile } from './yamlPath.js';

export function parseFiles(run: Run, files: Readonly<Record<string, string | undefined>>): void {
	const { dir, report } = run;
	const expectedNames = CONTENT_FILES.map(contentFileName);
	for (const name of Object.keys(files)) {
		if (!expectedNames.includes(name)) {
			const hint = suggest(name, expectedNames);
			report(
				{ display: `${dir}/${name}` },
				'unknown-file',
				`not a content file (expected ${hint ? `"${hint}"? Content files: ` : 'one of: '}${expectedNames.join(', ')})`
			);
		}
	}

	for (const key of CONTENT_FILES) {
		const name = contentFileName(key);
		const display = `${dir}/${name}`;
		const text = files[name];
		const single = SINGLE_FILES.includes(key);
		const expected = single ? `a mapping with the ${key} fields` : `a list of ${key}`;
		if (text === undefined) {
			report({ display }, 'missing-file', `file is missing (expected ${expected})`);
			continue;
		}
		const lineCounter = new LineCounter();
		const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
		if (doc.errors.length > 0) {
			for (const error of doc.errors) {
				report({ display }, 'yaml', `YAML syntax: ${error.message}`, {
					line: lineCounter.linePos(error.pos[0]).line
				});
			}
			continue;
		}
		const file: ParsedFile = { key, display, doc, lineCounter, root: [] };
		const top = doc.contents;
		if (top === null) {
			report(file, 'missing-file', `file is empty (expected ${expected})`);
			continue;
		}
		// Accept both a bare list and a list under a key named after the file ("events: [...]").
		if (isMap(top) && top.items.some((p) => isScalar(p.key) && p.key.value === key)) {
			file.root = [key];
			for (const pair of top.items) {
				if (isScalar(pair.key) && pair.key.value !== key) {
					report(
						file,
						'schema',
						`unknown top-level key "${String(pair.key.value)}" (expected only "${key}")`,
						{ line: lineCounter.linePos(startOf(pair.key) ?? 0).line }
					);
				}
			}
		}
		const rootNode = doc.getIn(file.root, true);
		const isList = isSeq(rootNode);
		if (single ? !isMap(rootNode) : !isList) {
			report(file, 'schema', `expected ${expected}`, { line: lineOf(file, []) });
			continue;
		}
		run.parsed.set(key, file);
		run.raw.set(key, valueAt(doc.toJS(), file.root));
	}
}
