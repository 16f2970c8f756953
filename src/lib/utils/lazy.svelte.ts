/**
 * A module loaded on demand (a dynamic import), with its value as reactive state: `current` is
 * undefined until it loads, then the module, so markup can render `{#if lazy.current}` and stay
 * synchronous once it is there. `load()` starts the import once and may be called any number of
 * times (e.g. when the browser is idle and again when the reader needs it); a failed import can be
 * retried, and its error is kept for the page to show.
 */
export class Lazy<T> {
	current: T | undefined = $state.raw();
	error: unknown = $state.raw();
	#pending: Promise<T> | undefined;
	readonly #importer: () => Promise<T>;

	constructor(importer: () => Promise<T>) {
		this.#importer = importer;
	}

	load(): Promise<T> {
		this.#pending ??= this.#importer().then(
			(module) => {
				this.error = undefined;
				this.current = module;
				return module;
			},
			(error: unknown) => {
				this.#pending = undefined;
				this.error = error;
				throw error;
			}
		);
		return this.#pending;
	}
}
