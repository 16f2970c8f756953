/**
 * Keeps the story state and the address bar in step, in the browser only.
 *
 * Why shallow routing: the main page is prerendered once, without a query (during prerendering
 * `url.searchParams` cannot be read), so the query is read here after hydration. Writing uses
 * SvelteKit's `pushState`/`replaceState` from `$app/navigation` — history entries without a
 * navigation, so no load function re-runs and focus and scroll stay put — rather than `goto`.
 * Reading uses `location` on `popstate`: after a shallow push SvelteKit's `page.url` keeps the
 * URL of the last real navigation, and `page.state` is empty after a reload, so neither tells
 * which selection an entry holds; the address bar always does.
 *
 * A reader's step pushes an entry; a pan or zoom (and an automatic playback step) replaces the
 * current one, so Back and Forward walk selections, not every pan. Reading the URL applies it
 * to the story without announcing it, so it is never written back in a loop.
 *
 * Usage, in the page component:
 *   import { pushState, replaceState } from '$app/navigation';
 *   const sync = new UrlSync({ story, known, history: { pushState, replaceState } });
 *   onMount(() => sync.start());   // start() returns the stop function
 *   {#each sync.notices as n}<p role="status">{n.message}</p>{/each}
 */
import { parseUrlState, urlFor, type KnownIds, type Notice, type Selection } from './url';
import type { CommitKind, StoryState } from './state.svelte';

/** SvelteKit's shallow-routing functions (or fakes in tests). */
export interface HistoryWriter {
	pushState: (url: string, state: App.PageState) => void;
	replaceState: (url: string, state: App.PageState) => void;
}

/** The parts of window the sync uses; injectable for tests. */
export interface BrowserWindow {
	location: { pathname: string; search: string };
	addEventListener: (type: 'popstate', listener: () => void) => void;
	removeEventListener: (type: 'popstate', listener: () => void) => void;
}

export interface UrlSyncOptions {
	story: StoryState;
	known: KnownIds;
	history: HistoryWriter;
	/** Default: the global window (only touched in start(), never at import or construction). */
	window?: BrowserWindow;
}

export class UrlSync {
	/** Notices about the current URL's unknown or malformed values; render as text. */
	notices: readonly Notice[] = $state.raw([]);

	#options: UrlSyncOptions;
	#stop: (() => void) | undefined;

	constructor(options: UrlSyncOptions) {
		this.#options = options;
	}

	/** Applies the current URL and follows both directions until the returned function is called. */
	start(): () => void {
		this.#stop?.();
		const win = this.#options.window ?? (window as unknown as BrowserWindow);
		const onPopState = () => this.#read(win);
		this.#read(win);
		win.addEventListener('popstate', onPopState);
		const unlisten = this.#options.story.onCommit((selection, kind) =>
			this.#write(win, selection, kind)
		);
		this.#stop = () => {
			win.removeEventListener('popstate', onPopState);
			unlisten();
			this.#stop = undefined;
		};
		return () => this.#stop?.();
	}

	/** Re-reads the address bar (e.g. from afterNavigate after a non-shallow popstate). */
	refresh(): void {
		this.#read(this.#options.window ?? (window as unknown as BrowserWindow));
	}

	/** Hides the notices (the reader dismissed them). */
	dismissNotices(): void {
		this.notices = [];
	}

	#read(win: BrowserWindow): void {
		const { state, notices } = parseQuery(win.location.search, this.#options.known);
		this.#options.story.apply(state);
		this.notices = notices;
	}

	#write(win: BrowserWindow, selection: Selection, kind: CommitKind): void {
		const { pathname, search } = win.location;
		const url = urlFor(pathname, selection);
		if (url === pathname + search) return;
		if (kind === 'push') {
			this.#options.history.pushState(url, {});
			// The notices were about the URL the reader has now left.
			this.notices = [];
		} else {
			this.#options.history.replaceState(url, {});
		}
	}
}

/** Parses a location.search string ("?a=b" or ""). */
function parseQuery(search: string, known: KnownIds): ReturnType<typeof parseUrlState> {
	return parseUrlState(new URLSearchParams(search), known);
}
