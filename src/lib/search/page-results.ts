import { FACET_FIELDS } from '$lib/search/types';
import type { FacetField, FacetValue, SearchResponse, SearchState } from '$lib/search/types';

/**
 * Values per facet the search page receives. The data travels on every keystroke; the facet's
 * own search box (/api/facet-search) reaches the long tail.
 */
export const PAGE_FACET_VALUES = 40;

/** What the search page shows of a response. */
export type PageResults = Omit<SearchResponse, 'facets'>;

/**
 * The response minus what the page does not show: raw counts, and the far tail of each facet.
 * Used by the page's server load and by the page itself on the answers it fetches while typing.
 */
export function forPage(res: SearchResponse | PageResults): PageResults {
	const facetList = {} as Record<FacetField, FacetValue[]>;
	for (const field of FACET_FIELDS) {
		const values = res.facetList[field];
		// Selected values are kept wherever they rank, so their checkbox and chip never vanish.
		facetList[field] = values.filter((v, i) => i < PAGE_FACET_VALUES || v.selected);
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
		...(res.partial ? { partial: res.partial } : {}),
		...(res.forgiven ? { forgiven: res.forgiven } : {})
	};
}

/** A view fetched while typing: the state searched and what came back. */
export interface TypedView {
	state: SearchState;
	res: PageResults;
}
