import type { Settings } from 'meilisearch';

/**
 * Every setting is explicit: nothing is left to Meilisearch defaults by accident.
 * Search fields hold our own analysed terms (ASCII tokens), so Meilisearch's language
 * detection is pinned to English, whose segmenter leaves such tokens whole.
 */
export function articleIndexSettings(synonyms: Record<string, string[]>): Settings {
	return {
		searchableAttributes: ['title_terms', 'entity_terms', 'body_terms'],
		filterableAttributes: ['id', 'lang', 'countries', 'actors', 'threats', 'timestamp', 'date', 'month', 'source'],
		sortableAttributes: ['timestamp'],
		displayedAttributes: [
			'id', 'title', 'body', 'lang', 'source', 'url', 'date', 'timestamp', 'month', 'actors', 'countries', 'threats'
		],
		rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
		stopWords: [],
		synonyms,
		distinctAttribute: null,
		typoTolerance: {
			enabled: true,
			// Short analysed stems are often distinct words one letter apart: no typos below 5 letters.
			minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
			disableOnAttributes: [],
			disableOnWords: []
		},
		faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { '*': 'count' } },
		pagination: { maxTotalHits: 10_000 },
		localizedAttributes: [{ attributePatterns: ['*_terms'], locales: ['eng'] }],
		separatorTokens: [],
		nonSeparatorTokens: [],
		dictionary: [],
		proximityPrecision: 'byWord',
		searchCutoffMs: 1500
	};
}
