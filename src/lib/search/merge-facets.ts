import type { FacetDistribution } from 'meilisearch';
import { FACET_FIELDS } from '$lib/search/types';
import type { FacetField, FacetValue } from '$lib/search/types';
import { FACET_ATTRIBUTE } from '$lib/search/filter';
import { compareCodeUnits } from '$lib/search/url-state';

/**
 * Disjunctive facet counts: a field with a selection takes its counts from the query that
 * left its own selection out (so its other values stay visible with honest counts); every
 * other field takes them from the main query.
 */
export type FacetCounts = Record<FacetField, Record<string, number>>;

export function emptyFacetCounts(): FacetCounts {
	return { lang: {}, country: {}, actor: {}, threat: {} };
}

export function mergeFacetCounts(
	main: FacetDistribution | undefined,
	disjunctive: Partial<Record<FacetField, FacetDistribution | undefined>>
): FacetCounts {
	const counts = emptyFacetCounts();
	for (const field of FACET_FIELDS) {
		const source = field in disjunctive ? disjunctive[field] : main;
		counts[field] = { ...(source?.[FACET_ATTRIBUTE[field]] ?? {}) };
	}
	return counts;
}

export interface FacetListOptions {
	label: (value: string) => string;
	group?: (value: string) => string | undefined;
}

/**
 * The UI list for one field: every counted value plus every selected value (count 0 when the
 * engine did not return it), ordered by count, then selected first, then value.
 */
export function facetValueList(
	counts: Record<string, number>,
	selected: readonly string[],
	options: FacetListOptions
): FacetValue[] {
	const chosen = new Set(selected);
	const values = new Set([...Object.keys(counts), ...selected]);
	const list: FacetValue[] = [];
	for (const value of values) {
		const item: FacetValue = {
			value,
			label: options.label(value),
			count: counts[value] ?? 0,
			selected: chosen.has(value)
		};
		const group = options.group?.(value);
		if (group !== undefined) item.group = group;
		list.push(item);
	}
	return list.sort(
		(a, b) => b.count - a.count || Number(b.selected) - Number(a.selected) || compareCodeUnits(a.value, b.value)
	);
}

/**
 * Histogram buckets from a `month` facet: well-formed YYYY-MM keys only, chronological, with the
 * empty months between the first and the last filled with 0 (so a chart has no silent gaps).
 */
export function histogramFromDistribution(
	distribution: FacetDistribution | undefined,
	attribute: string
): Record<string, number> {
	const raw = distribution?.[attribute] ?? {};
	const keys = Object.keys(raw)
		.filter((k) => MONTH_RE.test(k))
		.sort();
	const out: Record<string, number> = {};
	const first = keys[0];
	const last = keys[keys.length - 1];
	if (first === undefined || last === undefined) return out;
	const span = monthIndex(last) - monthIndex(first);
	if (span > MAX_FILLED_MONTHS) {
		for (const k of keys) out[k] = raw[k] ?? 0;
		return out;
	}
	for (let i = monthIndex(first); i <= monthIndex(last); i++) {
		const key = monthKey(i);
		out[key] = raw[key] ?? 0;
	}
	return out;
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_FILLED_MONTHS = 1200;

function monthIndex(key: string): number {
	return Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
}

function monthKey(index: number): string {
	const y = Math.floor(index / 12);
	const m = (index % 12) + 1;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}
