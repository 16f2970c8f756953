import { getContext, setContext } from 'svelte';
import type { ContentIndex } from './selectors';

const CONTENT_KEY = Symbol('content-index');

/** Provides the validated content's index to this component's descendants (call during init). */
export function setContentContext(index: ContentIndex): ContentIndex {
	return setContext(CONTENT_KEY, index);
}

/** The content index of the nearest provider; throws when there is none (call during init). */
export function getContentContext(): ContentIndex {
	const index = getContext<ContentIndex | undefined>(CONTENT_KEY);
	if (!index)
		throw new Error('getContentContext(): no content; call setContentContext() in a parent');
	return index;
}
