import type { GranularFilterableAttribute, Settings } from 'meilisearch';
import { MAX_TOTAL_HITS, SEARCH_ATTRIBUTES, TYPO_ATTRIBUTE } from '../../src/lib/search/attributes';

/**
 * Every setting is explicit: nothing is left to Meilisearch defaults by accident.
 * Search fields hold our own analysed terms (ASCII tokens), so Meilisearch's language
 * detection is pinned to English, whose segmenter leaves such tokens whole.
 */
export function articleIndexSettings(synonyms: Record<string, string[]>): Settings {
	return {
		searchableAttributes: [...SEARCH_ATTRIBUTES, TYPO_ATTRIBUTE],
		// duplicate_of: searches leave copies out (one hit per story, STORIES_ONLY_FILTER);
		// story_id: the article page lists a story's other sources.
		// Only the facet fields get facet search (the sidebar's search box) and only timestamp gets
		// range comparison: Meilisearch maintains neither structure for the others, some of which
		// hold one value per document (id, story_id).
		filterableAttributes: [
			filterable(['lang', 'countries', 'actors', 'threats'], { facetSearch: true }),
			filterable(['timestamp'], { comparison: true }),
			filterable(['id', 'month', 'source', 'story_id', 'duplicate_of'], {})
		],
		sortableAttributes: ['timestamp'],
		displayedAttributes: [
			'id',
			'title',
			'body',
			'lang',
			'source',
			'url',
			'date',
			'timestamp',
			'month',
			'actors',
			'actor_names',
			'countries',
			'threats',
			'story_id',
			'story_size',
			'duplicates',
			'duplicate_of'
		],
		rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
		stopWords: [],
		synonyms,
		// One hit per story is a filter (STORIES_ONLY_FILTER in src/lib/search/request.ts): the
		// article page's "other sources" query must see every document of a story.
		distinctAttribute: null,
		typoTolerance: {
			enabled: true,
			minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
			// Arabic light stems one letter apart are different words (مانيا Germany / بانيا Albania),
			// and entity tokens differ by one letter (zqcal / zqcnl). Arabic typos go through
			// typo_terms_ar (long terms only), which searches leave out unless the exact form finds little.
			disableOnAttributes: ['title_terms_ar', 'body_terms_ar', 'entity_terms'],
			disableOnWords: []
		},
		faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { '*': 'count' } },
		pagination: { maxTotalHits: MAX_TOTAL_HITS },
		localizedAttributes: [{ attributePatterns: ['*_terms', '*_terms_ar'], locales: ['eng'] }],
		separatorTokens: [],
		nonSeparatorTokens: [],
		dictionary: [],
		proximityPrecision: 'byWord',
		searchCutoffMs: 1500
	};
}

function filterable(
	attributePatterns: string[],
	{ facetSearch = false, comparison = false }: { facetSearch?: boolean; comparison?: boolean }
): GranularFilterableAttribute {
	return { attributePatterns, features: { facetSearch, filter: { equality: true, comparison } } };
}
