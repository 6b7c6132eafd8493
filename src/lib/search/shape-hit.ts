import { httpUrl, validDate } from '$lib/article';
import type { Presenters, QueryTerm } from '$lib/search/presenters';
import type { RetrievedDocument } from '$lib/search/request';
import type { SearchHit, UiLang } from '$lib/search/types';

/** Longest snippet, in characters. */
export const SNIPPET_CHARS = 240;
const UNKNOWN_ACTOR_TYPE = 'group';

type Labeller = Pick<Presenters, 'facetLabel' | 'actorType'>;

export function labelEntities(
	doc: Pick<RetrievedDocument, 'actors' | 'countries' | 'threats'>,
	ui: UiLang,
	p: Labeller
) {
	return {
		actors: (doc.actors ?? []).map((id) => ({
			id,
			label: p.facetLabel('actor', id, ui),
			type: p.actorType(id) ?? UNKNOWN_ACTOR_TYPE
		})),
		countries: (doc.countries ?? []).map((id) => ({ id, label: p.facetLabel('country', id, ui) })),
		threats: (doc.threats ?? []).map((id) => ({ id, label: p.facetLabel('threat', id, ui) }))
	};
}

/** A result as the UI shows it: highlights computed on the ORIGINAL title and body. */
export function shapeHit(
	doc: RetrievedDocument,
	query: QueryTerm[],
	ui: UiLang,
	p: Pick<Presenters, 'highlightHtml' | 'snippetHtml' | 'facetLabel' | 'actorType'>,
	snippetChars: number = SNIPPET_CHARS
): SearchHit {
	const title = doc.title ?? '';
	return {
		id: doc.id,
		title,
		titleHtml: p.highlightHtml(title, doc.lang, query),
		lang: doc.lang,
		source: doc.source ?? null,
		// Documents indexed before the indexer checked schemes: checked again here.
		url: httpUrl(doc.url),
		date: validDate(doc.date),
		snippet: p.snippetHtml(doc.body ?? '', doc.lang, query, snippetChars),
		similar: Math.max(0, (doc.story_size ?? 1) - 1),
		...labelEntities(doc, ui, p)
	};
}
