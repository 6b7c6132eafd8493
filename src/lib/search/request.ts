import type { FacetDistribution, MultiSearchQuery, MultiSearchResult } from 'meilisearch';
import type { IndexedDocument } from '$lib/article';
import { FACET_FIELDS } from '$lib/search/types';
import type { FacetField, SearchState } from '$lib/search/types';
import { buildFacetFilter, FACET_ATTRIBUTE } from '$lib/search/filter';
import type { FilterExpression } from '$lib/search/filter';
import { histogramFromDistribution, mergeFacetCounts } from '$lib/search/merge-facets';
import type { FacetCounts } from '$lib/search/merge-facets';
import { MAX_TOTAL_HITS, SEARCH_ATTRIBUTES, TYPO_ATTRIBUTE } from '$lib/search/attributes';

export { MAX_TOTAL_HITS, SEARCH_ATTRIBUTES, TYPO_ATTRIBUTE };

/**
 * One search = one multi-search round trip: the main query, then one disjunctive query per
 * facet field that has a selection. Pure: builds the request and reads the answer.
 */

export const HITS_PER_PAGE = 20;
/** Facet attribute holding YYYY-MM, for the results-per-month histogram. */
export const MONTH_ATTRIBUTE = 'month';
/**
 * Copies of one story (a wire story republished by many sites) share this id; the copies also
 * name the story's first document in `duplicate_of`.
 */
export const STORY_ATTRIBUTE = 'story_id';

/**
 * One hit per story: searches leave out the copies (documents with a `duplicate_of`; documents
 * indexed before duplicate detection have no such field and are stories of their own), so each
 * story is found through its first document and counts count stories. A filter rather than
 * Meilisearch's `distinct`: with page numbers (exact totals) `distinct` made Meilisearch 4–9×
 * slower on the whole corpus (t: 91 ms → 9 ms; Macron: 42 → 16 ms), while top-20 hits were the same
 * and totals differed by at most 2 in 9 queries (a word found only in a copy's wording). Also
 * exact across shards: each document knows whether it is a copy.
 */
export const STORIES_ONLY_FILTER = 'duplicate_of IS NULL OR duplicate_of NOT EXISTS';

/** What the app reads back from a hit: everything but the analysed `*_terms` fields. */
export const RETRIEVED_ATTRIBUTES = [
	'id',
	'title',
	'body',
	'lang',
	'source',
	'url',
	'date',
	'timestamp',
	'actors',
	'actor_names',
	'countries',
	'threats',
	'story_id',
	'story_size'
] as const satisfies readonly (keyof IndexedDocument)[];

/** Story fields are optional: documents indexed before duplicate detection do not have them. */
export type RetrievedDocument = Omit<
	Pick<IndexedDocument, (typeof RETRIEVED_ATTRIBUTES)[number]>,
	'story_id' | 'story_size'
> &
	Partial<Pick<IndexedDocument, 'story_id' | 'story_size'>>;

/** The part of an analysed query term this module needs (see `$lib/analysis`). */
export interface QueryToken {
	token: string;
}

/**
 * The string sent to Meilisearch: the encoded tokens, space-joined, never ending with a space
 * (so the last token prefix-matches while it is being typed).
 */
export function queryString(terms: readonly QueryToken[], exclude: readonly QueryToken[] = []): string {
	// Exclusions first (Meilisearch's `-word` operator), so the last word stays the prefix.
	const negative = exclude
		.map((t) => t.token.trim())
		.filter((t) => t.length > 0)
		.map((t) => `-${t}`);
	const positive = terms.map((t) => t.token.trim()).filter((t) => t.length > 0);
	return [...negative, ...positive].join(' ');
}

/** Sort rule: explicit newest/oldest; relevance without a query has no relevance, so newest first. */
export function sortFor(state: SearchState, q: string): string[] | undefined {
	if (state.sort === 'newest') return ['timestamp:desc'];
	if (state.sort === 'oldest') return ['timestamp:asc'];
	return q === '' ? ['timestamp:desc'] : undefined;
}

export interface SearchRequestOptions {
	indexUid: string;
	hitsPerPage?: number;
	/** Ask for the `month` facet (default true). */
	histogram?: boolean;
	/** Ask for facet counts at all (default true); false gives a single query (exports, feeds). */
	facets?: boolean;
	/** Override the attributes read back (e.g. exports that do not need the body). */
	attributesToRetrieve?: readonly string[];
	/** One hit per story (default true, STORIES_ONLY_FILTER); false lists every copy. */
	storiesOnly?: boolean;
	/** Also search the typo-tolerant long Arabic terms (TYPO_ATTRIBUTE); default false. */
	typos?: boolean;
	/** Default MATCHING_STRATEGY (every word); `last` for a relaxed query. */
	matchingStrategy?: 'all' | 'last' | 'frequency';
	/** The last word is complete: searched as a word, not as a prefix (QueryPlan.completeLast). */
	completeLast?: boolean;
	/** Words whose documents are left out (`-word`). */
	exclude?: readonly QueryToken[];
	/** Extra filter clauses ANDed with the facet filter: field operators of the query, the watcher's alerts (`id IN […]`). */
	filter?: FilterExpression;
}

export interface SearchPlan {
	queries: MultiSearchQuery[];
	/** `queries[i + 1]` answers the disjunctive counts of `disjunctive[i]`. */
	disjunctive: FacetField[];
	q: string;
	page: number;
	hitsPerPage: number;
}

/**
 * `matchingStrategy: 'all'`: every query word must match. With `last` Meilisearch drops words
 * from the end until something matches, so a precise Arabic query could silently degrade to
 * matching one common word; an empty result set is the honest answer.
 */
export const MATCHING_STRATEGY = 'all' as const;

/**
 * The `*_terms` fields hold encoded ASCII tokens and the index pins their locale to English
 * (`localizedAttributes`); the query is pinned the same way so both are segmented alike.
 */
export const QUERY_LOCALES = ['eng'];

function withFilter(query: MultiSearchQuery, filter: FilterExpression, storiesOnly: boolean): MultiSearchQuery {
	const all = storiesOnly ? [...filter, STORIES_ONLY_FILTER] : filter;
	return all.length ? { ...query, filter: all } : query;
}

export function buildSearchRequests(
	state: SearchState,
	terms: readonly QueryToken[],
	options: SearchRequestOptions
): SearchPlan {
	// The typo pass completes the last word: a prefix with one edit allowed reaches far too many
	// unrelated terms (مانيا → مانديانت "Mandiant"). A trailing space ends Meilisearch's prefix word.
	const q =
		queryString(terms, options.exclude ?? []) + ((options.typos || options.completeLast) && terms.length ? ' ' : '');
	const hitsPerPage = options.hitsPerPage ?? HITS_PER_PAGE;
	const withFacets = options.facets ?? true;
	const facets: string[] = withFacets ? FACET_FIELDS.map((f) => FACET_ATTRIBUTE[f]) : [];
	if (withFacets && (options.histogram ?? true)) facets.push(MONTH_ATTRIBUTE);

	const base: MultiSearchQuery = {
		indexUid: options.indexUid,
		q,
		matchingStrategy: options.matchingStrategy ?? MATCHING_STRATEGY,
		locales: [...QUERY_LOCALES],
		attributesToSearchOn: options.typos ? [...SEARCH_ATTRIBUTES, TYPO_ATTRIBUTE] : [...SEARCH_ATTRIBUTES]
	};
	const extra = options.filter ?? [];
	// On every query of the plan, so the facet counts are counted like the total: in stories.
	const storiesOnly = options.storiesOnly ?? true;
	const sort = sortFor(state, q);
	const main: MultiSearchQuery = withFilter(
		{
			...base,
			page: state.page,
			hitsPerPage,
			...(facets.length ? { facets } : {}),
			attributesToRetrieve: [...(options.attributesToRetrieve ?? RETRIEVED_ATTRIBUTES)],
			...(sort ? { sort } : {})
		},
		[...buildFacetFilter(state), ...extra],
		storiesOnly
	);

	const queries: MultiSearchQuery[] = [main];
	const disjunctive: FacetField[] = [];
	for (const field of FACET_FIELDS) {
		if (!withFacets || state.filters[field].length === 0) continue;
		disjunctive.push(field);
		queries.push(
			withFilter(
				{ ...base, limit: 0, facets: [FACET_ATTRIBUTE[field]], attributesToRetrieve: ['id'] },
				[...buildFacetFilter(state, { except: field }), ...extra],
				storiesOnly
			)
		);
	}
	return { queries, disjunctive, q, page: state.page, hitsPerPage };
}

export interface ParsedSearch<T> {
	total: number;
	page: number;
	pages: number;
	hitsPerPage: number;
	hits: T[];
	facets: FacetCounts;
	histogram: Record<string, number>;
	/** Sum of the engine's processing times. */
	processingTimeMs: number;
}

/** Reads the multi-search results in the order `buildSearchRequests` produced them. */
export function parseSearchResponses<T>(
	plan: SearchPlan,
	results: readonly Pick<
		MultiSearchResult<T>,
		'hits' | 'facetDistribution' | 'totalHits' | 'totalPages' | 'processingTimeMs'
	>[]
): ParsedSearch<T> {
	const main = results[0];
	if (!main) throw new Error('multi-search returned no result for the main query');
	if (results.length !== plan.queries.length) {
		throw new Error(`multi-search returned ${results.length} results for ${plan.queries.length} queries`);
	}
	const disjunctive: Partial<Record<FacetField, FacetDistribution | undefined>> = {};
	plan.disjunctive.forEach((field, i) => {
		disjunctive[field] = results[i + 1]?.facetDistribution;
	});
	const total = exactTotal(main.totalHits ?? main.hits.length, main.facetDistribution);
	return {
		total,
		page: plan.page,
		pages: main.totalPages ?? Math.ceil(total / plan.hitsPerPage),
		hitsPerPage: plan.hitsPerPage,
		hits: [...main.hits],
		facets: mergeFacetCounts(main.facetDistribution, disjunctive),
		histogram: histogramFromDistribution(main.facetDistribution, MONTH_ATTRIBUTE),
		processingTimeMs: results.reduce((sum, r) => sum + (r.processingTimeMs ?? 0), 0)
	};
}

/**
 * Meilisearch counts hits up to maxTotalHits; a broad query reaching that bound gets its exact
 * total from the language facet, counted over every candidate (each document has one language).
 */
export function exactTotal(totalHits: number, facets: FacetDistribution | undefined): number {
	if (totalHits < MAX_TOTAL_HITS) return totalHits;
	const langs = facets?.[FACET_ATTRIBUTE.lang];
	if (!langs) return totalHits;
	const sum = Object.values(langs).reduce((a, b) => a + b, 0);
	return Math.max(sum, totalHits);
}
