/**
 * Runs in node before the component tests: reads and validates the real content (src/content)
 * and the engine's content fixture once and hands them to the tests in the browser, which cannot
 * read files (see content.ts).
 */
import type { TestProject } from 'vitest/node';
import { loadContent } from '../../src/lib/content/load.server';
import type { Content } from '../../src/lib/content/types';
import { fixtureContent } from '../unit/story/helpers';

declare module 'vitest' {
	export interface ProvidedContext {
		content: Content;
		fixture: Content;
	}
}

export default function setup(project: TestProject): void {
	project.provide('content', loadContent());
	project.provide('fixture', fixtureContent());
}
