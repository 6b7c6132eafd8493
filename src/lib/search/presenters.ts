import type { Lang } from '$lib/article';
import type { AnalysedToken, QueryTerm } from '$lib/analysis';
import type { FacetField, MatchedEntity, UiLang } from '$lib/search/types';

export type { QueryTerm };

/**
 * What the search service needs from the analysis and knowledge-base modules, as plain
 * functions: the pure shaping code depends on this interface, not on those modules.
 */
export interface Presenters {
	analyzeQuery(q: string): QueryTerm[];
	/** Index-side analysis of a text (which words of a hit a misspelt query word stands for). */
	analyzeText(text: string, lang: Lang): AnalysedToken[];
	/** Escaped HTML of the whole text with <mark> around the words the query matches. */
	highlightHtml(text: string, lang: Lang, query: QueryTerm[]): string;
	/** Escaped HTML of the best window of `text`, at most `maxChars`, with <mark>s. */
	snippetHtml(text: string, lang: Lang, query: QueryTerm[], maxChars: number): string;
	/** Entities the query names, labelled in the UI language. */
	matchQueryEntities(q: string, uiLang: UiLang): MatchedEntity[];
	facetLabel(field: FacetField, id: string, uiLang: UiLang): string;
	/** Actor type (group, agency, company, international-org, person), for grouping. */
	actorType(id: string): string | undefined;
	/** Every label and alias of a facet value, for facet search by name ("داعش" → isis). */
	facetNames(field: FacetField): ReadonlyMap<string, readonly string[]>;
	/** A name word linked across scripts (Khashoggi, خاشقجي), searched complete when typed last. */
	isLinkedName?(word: string): boolean;
}
