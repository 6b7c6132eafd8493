import type { Lang } from '$lib/article';

/** Facet fields a user can filter on. Values are canonical ids (ISO codes, entity ids, threat ids). */
export const FACET_FIELDS = ['lang', 'country', 'actor', 'threat'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export const UI_LANGS = ['ar', 'fr', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The whole view, as held by the URL. Defaults are left out of the URL. */
export interface SearchState {
	q: string;
	/** OR within a field, AND across fields. Sorted, de-duplicated. */
	filters: Record<FacetField, string[]>;
	/** ISO dates YYYY-MM-DD, inclusive. */
	from: string | null;
	to: string | null;
	sort: Sort;
	/** 1-based */
	page: number;
	/** Only set when the user chose it; otherwise the UI follows Accept-Language. */
	ui: UiLang | null;
}

export interface FacetValue {
	value: string;
	label: string;
	count: number;
	selected: boolean;
	/** Actor type (group, agency, company, international-org, person) for grouping. */
	group?: string;
}

export interface SearchHit {
	id: string;
	title: string;
	/** HTML: escaped text with <mark> around matched words. */
	titleHtml: string;
	lang: Lang;
	source: string | null;
	url: string | null;
	date: string | null;
	/** HTML: escaped best window of the body with <mark> around matched words. */
	snippet: string;
	/** Other copies of the same story (republished elsewhere), shown as "+N similar". */
	similar: number;
	actors: { id: string; label: string; type: string }[];
	countries: { id: string; label: string }[];
	threats: { id: string; label: string }[];
}

/** An entity the query named, so the UI can say "ISIS — matched داعش". */
export interface MatchedEntity {
	kind: 'actor' | 'country' | 'threat';
	id: string;
	label: string;
	matched: string;
}

export interface SearchResponse {
	query: string;
	total: number;
	page: number;
	pages: number;
	hitsPerPage: number;
	hits: SearchHit[];
	/** field → value → count (disjunctive: a field's counts ignore its own selection). */
	facets: Record<FacetField, Record<string, number>>;
	/** The same counts with labels, selected values kept even at count 0, for the UI. */
	facetList: Record<FacetField, FacetValue[]>;
	/** Results per month, key YYYY-MM. */
	histogram: Record<string, number>;
	entities: MatchedEntity[];
	took_ms: number;
	/** Set when the index is sharded over a network and some shards did not answer. */
	partial?: { unavailable: number; total: number };
	/**
	 * Set when the exact every-word query found little and a forgiving one was shown instead:
	 * `spelling` = close spellings of long Arabic words (`words` as typed → `corrected` as found);
	 * `relaxed` = not every word matched: articles with most of the words first (`words` = the
	 * words found nowhere, left out). `exactQuery` searches the words exactly as typed.
	 */
	forgiven?: { kind: 'spelling' | 'relaxed'; words: string[]; corrected: string[]; exactQuery: string };
}
