/**
 * Serves the design tokens (tokens.ts) as the stylesheet `virtual:design-tokens.css`, which the
 * root layout imports before app.css: the colours and shared sizes are generated from their one
 * source, at build time, with no copy to keep in step.
 */
import type { Plugin } from 'vite';
import { tokensCss } from './tokens.js';

export const TOKENS_MODULE = 'virtual:design-tokens.css';
// The leading NUL keeps other plugins off a module that has no file; the `.css` ending routes it
// through Vite's CSS pipeline, so it is bundled like any stylesheet.
const RESOLVED = `\0${TOKENS_MODULE}`;

export function designTokens(): Plugin {
	return {
		name: 'story-map:design-tokens',
		resolveId: (id) => (id === TOKENS_MODULE ? RESOLVED : undefined),
		load: (id) => (id === RESOLVED ? tokensCss() : undefined)
	};
}
