// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}

	interface ImportMetaEnv {
		/** When the main page starts the WebGL map (schedule.ts loadTriggerFrom); for the bench. */
		readonly VITE_MAP_LOAD?: string;
	}
}

export {};
