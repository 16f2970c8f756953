import { error } from '@sveltejs/kit';
import { exportIndex, exportOptions } from '$lib/export/build.server';
import { buildExportFile, EXPORT_FILES, isExportFileName } from '$lib/export/files';
import type { EntryGenerator, RequestHandler } from './$types';

// Written once at build time as static files: build/data/claims.json, claims.csv, ...
export const prerender = true;

export const entries: EntryGenerator = () => EXPORT_FILES.map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	if (!isExportFileName(params.file)) error(404, `No download "${params.file}"`);
	const file = buildExportFile(exportIndex(), params.file, exportOptions());
	// The static host picks the type from the extension; this one is what prerendering records.
	return new Response(file.body, { headers: { 'content-type': file.contentType } });
};
