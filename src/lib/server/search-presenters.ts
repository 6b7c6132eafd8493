import type { Presenters } from '$lib/search/presenters';

/**
 * The real presenters: analysis (query terms, highlighting) and the knowledge base (labels,
 * entity matching). PLACEHOLDER until `$lib/analysis` and `$lib/facets` land: escaped text
 * without marks, raw lowercase words as tokens, ids as labels.
 */

function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function defaultPresenters(): Presenters {
	return {
		analyzeQuery: (q) =>
			q
				.toLowerCase()
				.split(/[^\p{L}\p{N}]+/u)
				.filter(Boolean)
				.map((w, i, all) => ({ surface: w, term: w, token: w, prefix: i === all.length - 1 })),
		highlightHtml: (text) => escapeHtml(text),
		snippetHtml: (text, _lang, _q, maxChars) => escapeHtml(Array.from(text).slice(0, maxChars).join('')),
		matchQueryEntities: () => [],
		facetLabel: (_field, id) => id,
		actorType: () => undefined,
		facetNames: () => new Map()
	};
}
