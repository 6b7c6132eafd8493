import * as v from 'valibot';
import { LANGS } from '$lib/article';
import { SORTS, UI_LANGS, type FacetField } from '$lib/search/types';
import { MAX_PAGE, MAX_QUERY_LENGTH, queryLength } from '$lib/search/url-state';
import { loadKnowledgeBase } from '../knowledge/index';

/**
 * Schemas for everything a request may carry. Every route reads its parameters through here:
 * a value that fails its schema is dropped (or, where the route cannot answer without it,
 * refused with 400); parameters not listed are ignored. Facet values must be ids the
 * knowledge base knows, so nothing user-typed ever reaches a Meilisearch filter unchecked.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let known: Record<Exclude<FacetField, 'lang'>, Set<string>> | null = null;
function knownIds(field: Exclude<FacetField, 'lang'>): Set<string> {
	if (!known) {
		const kb = loadKnowledgeBase();
		known = {
			country: new Set(kb.countries.map((e) => e.id)),
			actor: new Set(kb.actors.map((e) => e.id)),
			threat: new Set(kb.threats.map((e) => e.id))
		};
	}
	return known[field];
}

const knownId = (field: Exclude<FacetField, 'lang'>) =>
	v.pipe(
		v.string(),
		v.maxLength(64),
		v.check((id) => knownIds(field).has(id), `unknown ${field} id`)
	);

export const SEARCH_PARAM_SCHEMAS = {
	q: v.pipe(
		v.string(),
		v.check((q) => queryLength(q) <= MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`)
	),
	page: v.pipe(
		v.string(),
		v.regex(/^\d{1,4}$/),
		v.check((p) => Number(p) >= 1 && Number(p) <= MAX_PAGE)
	),
	sort: v.picklist(SORTS),
	ui: v.picklist(UI_LANGS),
	from: v.pipe(v.string(), v.regex(ISO_DATE)),
	to: v.pipe(v.string(), v.regex(ISO_DATE)),
	lang: v.picklist(LANGS),
	country: knownId('country'),
	actor: knownId('actor'),
	threat: knownId('threat')
} as const;

export type SearchParamName = keyof typeof SEARCH_PARAM_SCHEMAS;
const REPEATABLE = new Set<SearchParamName>(['lang', 'country', 'actor', 'threat']);

export interface ValidatedParams {
	params: URLSearchParams;
	/** `name: reason` for each dropped value (for logs and tests). */
	rejected: string[];
}

/** Keeps the search parameters that pass their schema; the rest are dropped and listed. */
export function validateSearchParams(input: URLSearchParams): ValidatedParams {
	const params = new URLSearchParams();
	const rejected: string[] = [];
	for (const name of Object.keys(SEARCH_PARAM_SCHEMAS) as SearchParamName[]) {
		const values = REPEATABLE.has(name) ? input.getAll(name) : input.getAll(name).slice(0, 1);
		for (const value of values.slice(0, 50)) {
			const result = v.safeParse(SEARCH_PARAM_SCHEMAS[name], value);
			if (result.success) params.append(name, value);
			else rejected.push(`${name}: ${result.issues[0]?.message ?? 'invalid'}`);
		}
	}
	return { params, rejected };
}

export const ARTICLE_ID_SCHEMA = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,511}$/, 'not an article id'));
export const FACET_QUERY_SCHEMA = v.pipe(v.string(), v.maxLength(100, 'at most 100 characters'));
