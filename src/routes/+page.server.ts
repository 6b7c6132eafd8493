import { error, redirect } from '@sveltejs/kit';
import { forPage } from '$lib/search/page-results';
import { validateSearchParams } from '$lib/server/request-schema';
import { stateFromUrl, stateToUrl } from '$lib/search/url-state';
import { searchArticles } from '$lib/server/search-service';
import { SearchUnavailableError } from '$lib/server/meili-search-client';
import { MESSAGES } from '$lib/i18n/all';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, parent }) => {
	const state = stateFromUrl(validateSearchParams(url.searchParams).params);
	// A script-less form submit sends every field (`from=&sort=relevance…`): answer with the
	// canonical address so shared links and Back entries look the same with or without script.
	const canonical = stateToUrl(state);
	if (url.search !== canonical) redirect(303, `/${canonical}`);

	const { uiLang } = await parent();
	try {
		return { state, res: forPage(await searchArticles(state, uiLang)) };
	} catch (e) {
		if (e instanceof SearchUnavailableError) {
			error(503, { message: MESSAGES[uiLang].unavailableTitle, code: 'search_unavailable' });
		}
		throw e;
	}
};
