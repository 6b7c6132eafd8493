/**
 * `a OR b`: Meilisearch has no OR in `q`, so the service runs one search per alternative and per
 * intersection of alternatives (all in one multi-search) and this module merges them. Totals,
 * facet counts and the histogram of the union are exact by inclusion–exclusion
 * (|A ∪ B| = |A| + |B| − |A ∩ B|); hits are the alternatives' first hits merged and deduplicated.
 * The relaxed query is such a union too (of the queries missing one word each). Pure.
 */
import type { ParsedSearch } from '$lib/search/request';
import type { FacetCounts } from '$lib/search/merge-facets';
import type { Sort } from '$lib/search/types';
import { emptyFacetCounts } from '$lib/search/merge-facets';
import { FACET_FIELDS } from '$lib/search/types';

export interface UnionSubset {
	/** Indices of the alternatives that must all match. */
	members: number[];
	/** Inclusion–exclusion sign: +1 for an odd number of members. */
	sign: 1 | -1;
}

/** Every non-empty subset of `n` alternatives, single alternatives first. */
export function unionSubsets(n: number): UnionSubset[] {
	const out: UnionSubset[] = [];
	for (let mask = 1; mask < 1 << n; mask++) {
		const members: number[] = [];
		for (let i = 0; i < n; i++) if (mask & (1 << i)) members.push(i);
		out.push({ members, sign: members.length % 2 === 1 ? 1 : -1 });
	}
	return out.sort((a, b) => a.members.length - b.members.length || (a.members[0] ?? 0) - (b.members[0] ?? 0));
}

function addCounts(into: Record<string, number>, from: Record<string, number>, sign: number): void {
	for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + sign * v;
}

function positive(counts: Record<string, number>): Record<string, number> {
	return Object.fromEntries(Object.entries(counts).filter(([, v]) => v > 0));
}

/** One counted search of a union: its answer, its inclusion–exclusion weight, whether its hits are candidates. */
export interface UnionPart<T> {
	parsed: ParsedSearch<T>;
	weight: number;
	hits: boolean;
}

/** The parts of `a OR b …`: `answers[i]` answers `subsets[i]`; single alternatives give the hits. */
export function alternativeParts<T>(
	subsets: readonly UnionSubset[],
	answers: readonly ParsedSearch<T>[]
): UnionPart<T>[] {
	return subsets.flatMap((s, i) => {
		const parsed = answers[i];
		return parsed ? [{ parsed, weight: s.sign, hits: s.members.length === 1 }] : [];
	});
}

/** How a union's candidates are ordered: by date when the state sorts by date, else by `relevance`. */
export function unionOrder<T extends { timestamp?: number | null }>(
	sort: Sort,
	relevance: (a: T, b: T) => number
): (a: T, b: T) => number {
	const time = (d: T) => d.timestamp ?? 0;
	if (sort === 'newest') return (a, b) => time(b) - time(a);
	if (sort === 'oldest') return (a, b) => time(a) - time(b);
	return relevance;
}

/**
 * The union's page: the hit parts hold their first `page × hitsPerPage` hits; candidates are
 * ordered by `order` and deduplicated. Facet values beyond Meilisearch's maxValuesPerFacet are
 * missing from some parts, so far tails are approximate.
 */
export function mergeUnion<T extends { id: string }>(
	parts: readonly UnionPart<T>[],
	{ page, hitsPerPage, order }: { page: number; hitsPerPage: number; order: (a: T, b: T) => number }
): ParsedSearch<T> {
	let total = 0;
	const facets: FacetCounts = emptyFacetCounts();
	const histogram: Record<string, number> = {};
	const candidates: T[] = [];
	let processingTimeMs = 0;
	for (const { parsed, weight, hits } of parts) {
		total += weight * parsed.total;
		for (const field of FACET_FIELDS) addCounts(facets[field], parsed.facets[field], weight);
		addCounts(histogram, parsed.histogram, weight);
		if (hits) candidates.push(...parsed.hits);
		processingTimeMs += parsed.processingTimeMs;
	}
	const seen = new Set<string>();
	const hits = [...candidates].sort(order).filter((h) => !seen.has(h.id) && (seen.add(h.id), true));
	for (const field of FACET_FIELDS) facets[field] = positive(facets[field]);
	total = Math.max(total, seen.size);
	return {
		total,
		page,
		pages: Math.ceil(total / hitsPerPage),
		hitsPerPage,
		hits: hits.slice((page - 1) * hitsPerPage, page * hitsPerPage),
		facets,
		histogram: positive(histogram),
		processingTimeMs
	};
}
