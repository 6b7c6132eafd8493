import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alternativeParts, mergeUnion, unionOrder, unionSubsets } from '$lib/search/union';
import type { ParsedSearch } from '$lib/search/request';
import { emptyFacetCounts } from '$lib/search/merge-facets';

type Doc = { id: string; score: number; lang: string };

/** What Meilisearch would answer for the documents matching every alternative of `members`. */
function answer(docs: Doc[], sets: Set<string>[], members: number[], depth: number): ParsedSearch<Doc> {
	const matching = docs.filter((d) => members.every((m) => sets[m]?.has(d.id)));
	const facets = emptyFacetCounts();
	for (const d of matching) facets.lang[d.lang] = (facets.lang[d.lang] ?? 0) + 1;
	return {
		total: matching.length,
		page: 1,
		pages: 1,
		hitsPerPage: depth,
		hits: [...matching].sort((a, b) => b.score - a.score).slice(0, depth),
		facets,
		histogram: {},
		processingTimeMs: 1
	};
}

describe('unionSubsets', () => {
	it('lists every non-empty subset once, singles first, with the inclusion–exclusion sign', () => {
		const s = unionSubsets(3);
		expect(s).toHaveLength(7);
		expect(s.slice(0, 3).map((x) => x.members)).toEqual([[0], [1], [2]]);
		expect(s.find((x) => x.members.length === 2)?.sign).toBe(-1);
		expect(s.at(-1)).toEqual({ members: [0, 1, 2], sign: 1 });
	});
});

describe('mergeUnion', () => {
	it('total, facet counts and the first page equal those of the true union', () => {
		const doc = fc.record({
			score: fc.double({ min: 0, max: 1, noNaN: true }),
			lang: fc.constantFrom('ar', 'fr'),
			in: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 })
		});
		fc.assert(
			fc.property(
				fc.array(doc, { maxLength: 30 }),
				fc.integer({ min: 2, max: 3 }),
				fc.integer({ min: 1, max: 3 }),
				(raw, n, page) => {
					const docs = raw.map((d, i) => ({ id: `d${i}`, score: d.score, lang: d.lang }));
					const sets = Array.from({ length: n }, (_, k) => new Set(raw.flatMap((d, i) => (d.in[k] ? [`d${i}`] : []))));
					const hitsPerPage = 4;
					const subsets = unionSubsets(n);
					const parts = subsets.map((s) => answer(docs, sets, s.members, page * hitsPerPage));
					const merged = mergeUnion(alternativeParts(subsets, parts), {
						page,
						hitsPerPage,
						order: (a, b) => b.score - a.score
					});
					const union = docs.filter((d) => sets.some((s) => s.has(d.id))).sort((a, b) => b.score - a.score);
					expect(merged.total).toBe(union.length);
					const ar = union.filter((d) => d.lang === 'ar').length;
					expect(merged.facets.lang.ar ?? 0).toBe(ar);
					expect(merged.hits.map((h) => h.score)).toEqual(
						union.slice((page - 1) * hitsPerPage, page * hitsPerPage).map((d) => d.score)
					);
					expect(new Set(merged.hits.map((h) => h.id)).size).toBe(merged.hits.length);
				}
			)
		);
	});
});

describe('unionOrder', () => {
	const docs = [
		{ id: 'a', timestamp: 2, score: 0.1 },
		{ id: 'b', timestamp: 3, score: 0.9 },
		{ id: 'c', timestamp: null, score: 0.5 }
	];
	it.each([
		['newest', ['b', 'a', 'c']],
		['oldest', ['c', 'a', 'b']],
		['relevance', ['b', 'c', 'a']]
	] as const)('%s', (sort, want) => {
		const order = unionOrder<(typeof docs)[number]>(sort, (x, y) => y.score - x.score);
		expect([...docs].sort(order).map((d) => d.id)).toEqual(want);
	});
});
