/**
 * Index attributes shared by the indexer (settings) and the server (requests). No imports: the
 * indexer loads this file directly.
 */

/** The searchable fields every search uses (exact forms; typos only on Latin terms). */
export const SEARCH_ATTRIBUTES = ['title_terms_ar', 'title_terms', 'entity_terms', 'body_terms_ar', 'body_terms'] as const;

/**
 * Long Arabic terms with typo tolerance on. Searched only when the exact query finds little
 * (`attributesToSearchOn` leaves it out otherwise), so a correct query never pays for it.
 */
export const TYPO_ATTRIBUTE = 'typo_terms_ar';

/**
 * Meilisearch counts hits exactly up to this bound; beyond it the total is read from the language
 * facet (every document has exactly one language), which is exact at any size.
 */
export const MAX_TOTAL_HITS = 10_000;
