import { FACET_FIELDS } from '$lib/search/types';
import type { FacetField, SearchState } from '$lib/search/types';
import { isFacetValueShape, isIsoDate } from '$lib/search/url-state';

/**
 * Meilisearch filters, in ARRAY form: the outer array is an AND, an inner array is an OR.
 * Only values that pass the shape check are used, and every string is double-quoted with
 * `"` and `\` escaped, so a value can never add an operator to the expression.
 */
export type FilterExpression = (string | string[])[];

/** Index attribute for each facet field. */
export const FACET_ATTRIBUTE: Record<FacetField, string> = {
	lang: 'lang',
	country: 'countries',
	actor: 'actors',
	threat: 'threats'
};

export function facetFieldOfAttribute(attribute: string): FacetField | null {
	for (const field of FACET_FIELDS) if (FACET_ATTRIBUTE[field] === attribute) return field;
	return null;
}

/** A filter string literal: `"…"` with `\` and `"` escaped. */
export function quoteFilterValue(value: string): string {
	return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Unix seconds of YYYY-MM-DD at 00:00 UTC (the indexer's `timestamp` convention). */
export function dateToTimestamp(date: string): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d) / 1000;
}

/** `attr = "a"` for each valid value: one OR group, or null when nothing valid is left. */
export function facetClause(field: FacetField, values: readonly string[]): string[] | null {
	const attr = FACET_ATTRIBUTE[field];
	const clause = [...new Set(values)]
		.filter((v) => isFacetValueShape(field, v))
		.map((v) => `${attr} = ${quoteFilterValue(v)}`);
	return clause.length ? clause : null;
}

export interface FacetFilterOptions {
	/** Leave this field's selection out (disjunctive facet counts). */
	except?: FacetField;
	/** Also drop the date range (e.g. a histogram that shows the whole timeline). */
	exceptDates?: boolean;
}

/** AND of: one OR group per facet field with a selection, then the date range bounds. */
export function buildFacetFilter(state: SearchState, options: FacetFilterOptions = {}): FilterExpression {
	const filter: FilterExpression = [];
	for (const field of FACET_FIELDS) {
		if (field === options.except) continue;
		const clause = facetClause(field, state.filters[field]);
		if (clause) filter.push(clause);
	}
	if (!options.exceptDates) {
		if (state.from !== null && isIsoDate(state.from)) {
			filter.push(`timestamp >= ${dateToTimestamp(state.from)}`);
		}
		if (state.to !== null && isIsoDate(state.to)) {
			filter.push(`timestamp <= ${dateToTimestamp(state.to)}`);
		}
	}
	return filter;
}

/**
 * Documents sharing at least one entity with the given ones: `[[actors = … OR countries = … OR threats = …]]`.
 * Null when there is nothing to share. (The article itself is removed in code: `id` need not be filterable.)
 */
export function buildRelatedFilter(entities: {
	actors: readonly string[];
	countries: readonly string[];
	threats: readonly string[];
}): FilterExpression | null {
	const any = [
		...(facetClause('actor', entities.actors) ?? []),
		...(facetClause('country', entities.countries) ?? []),
		...(facetClause('threat', entities.threats) ?? [])
	];
	if (!any.length) return null;
	return [any];
}
