import { json } from '@sveltejs/kit';
import { resolveUiLang } from '$lib/i18n';
import type { SearchState, UiLang } from '$lib/search/types';
import { MAX_QUERY_LENGTH, queryLength, stateFromUrl } from '$lib/search/url-state';
import { SearchUnavailableError } from '$lib/server/meili-search-client';
import { validateSearchParams } from '$lib/server/request-schema';

/** Shared plumbing of the search endpoints: parameter reading and error mapping. */

export const UNAVAILABLE_MESSAGE = 'search engine unavailable';

/** A request that cannot be answered as asked (400). */
export class BadSearchRequest extends Error {
	override name = 'BadSearchRequest';
}

/** The view from the URL, refusing (not truncating) an over-long query. */
export function readSearchRequest(url: URL, request: Request): { state: SearchState; ui: UiLang } {
	const raw = url.searchParams.get('q') ?? '';
	if (queryLength(raw) > MAX_QUERY_LENGTH) {
		throw new BadSearchRequest(`query too long: at most ${MAX_QUERY_LENGTH} characters (got ${queryLength(raw)})`);
	}
	const { params } = validateSearchParams(url.searchParams);
	const state = stateFromUrl(params);
	return { state, ui: resolveUiLang(params.get('ui'), request.headers.get('accept-language')) };
}

/** Runs an endpoint body; expected failures become JSON errors, unexpected ones propagate (500). */
export async function answerSearch(run: () => Promise<Response>): Promise<Response> {
	try {
		return await run();
	} catch (error) {
		if (error instanceof BadSearchRequest) {
			return json({ error: error.message }, { status: 400, headers: { 'cache-control': 'no-store' } });
		}
		if (error instanceof SearchUnavailableError) {
			console.error(`[search] ${error.message}`);
			return json(
				{ error: UNAVAILABLE_MESSAGE },
				{ status: 503, headers: { 'retry-after': '5', 'cache-control': 'no-store' } }
			);
		}
		throw error;
	}
}
