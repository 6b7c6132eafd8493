import { error, redirect } from '@sveltejs/kit';
import { FACET_FIELDS } from '$lib/search/types';
import type { FacetField, FacetValue, SearchResponse } from '$lib/search/types';
import { validateSearchParams } from '$lib/server/request-schema';
import { stateFromUrl, stateToUrl } from '$lib/search/url-state';
import { searchArticles } from '$lib/server/search-service';
import { SearchUnavailableError } from '$lib/server/meili-search-client';
import { MESSAGES } from '$lib/i18n/all';
import type { PageServerLoad } from './$types';

/**
 * Values per facet sent with the page. The data travels on every keystroke; the facet's own
 * search box (/api/facet-search) reaches the long tail.
 */
const MAX_FACET_VALUES = 40;

type PageResults = Omit<SearchResponse, 'facets'>;

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

/** The response minus what the page does not show: raw counts, and the far tail of each facet. */
function forPage(res: SearchResponse): PageResults {
	const facetList = {} as Record<FacetField, FacetValue[]>;
	for (const field of FACET_FIELDS) {
		const values = res.facetList[field];
		// Selected values are kept wherever they rank, so their checkbox and chip never vanish.
		facetList[field] = values.filter((v, i) => i < MAX_FACET_VALUES || v.selected);
	}
	return {
		query: res.query,
		total: res.total,
		page: res.page,
		pages: res.pages,
		hitsPerPage: res.hitsPerPage,
		hits: res.hits,
		facetList,
		histogram: res.histogram,
		entities: res.entities,
		took_ms: res.took_ms,
		...(res.partial ? { partial: res.partial } : {})
	};
}
