/**
 * Runs in node before the component tests: reads and validates the real content (src/content)
 * once and hands it to the tests in the browser, which cannot read files (see content.ts).
 */
import type { TestProject } from 'vitest/node';
import { loadContent } from '../../src/lib/content/load.server';
import type { Content } from '../../src/lib/content/types';

declare module 'vitest' {
	export interface ProvidedContext {
		content: Content;
	}
}

export default function setup(project: TestProject): void {
	project.provide('content', loadContent());
}
