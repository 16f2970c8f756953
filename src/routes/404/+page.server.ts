import { loadExportedContent } from '$lib/export/fetchContent';
import type { PageServerLoad } from './$types';

// Prerendered as 404.html, which static hosts serve for any missing path: the page's links must
// hold from any depth, so they are absolute (the base path as the build was given it).
export const load: PageServerLoad = async ({ fetch }) => {
	const { story } = (await loadExportedContent(fetch)).content;
	return { title: story.title, about: story.copy.about, basePath: process.env.BASE_PATH ?? '' };
};
// A document with nothing to run (it could not load its scripts from an unknown depth anyway).
export const csr = false;
