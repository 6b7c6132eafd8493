/// <reference types="unplugin-icons/types/svelte" />
// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		/** Shallow history entries made while typing carry the view they showed (search page). */
		interface PageState {
			typed?: import('$lib/search/page-results').TypedView;
		}
	}
}

export {};
