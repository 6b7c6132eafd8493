import { describe, expect, it } from 'vitest';
import { facetValueList, histogramFromDistribution, mergeFacetCounts } from '$lib/search/merge-facets';

describe('mergeFacetCounts', () => {
	it('uses the disjunctive distribution for a listed field, even when it is missing', () => {
		const merged = mergeFacetCounts({ lang: { ar: 1 }, countries: { SY: 1 } }, { country: undefined });
		expect(merged).toEqual({ lang: { ar: 1 }, country: {}, actor: {}, threat: {} });
	});
});

describe('facetValueList', () => {
	const label = (v: string) => v.toUpperCase();

	it('keeps selected values at count 0 and orders by count, selected, value', () => {
		const list = facetValueList({ b: 5, a: 5, c: 9, d: 0 }, ['zz', 'b'], { label });
		expect(list.map((v) => [v.value, v.count, v.selected])).toEqual([
			['c', 9, false],
			['b', 5, true],
			['a', 5, false],
			['zz', 0, true],
			['d', 0, false]
		]);
		expect(list[0]!.label).toBe('C');
	});

	it('adds the group only when known', () => {
		const list = facetValueList({ isis: 2, x: 1 }, [], { label, group: (v) => (v === 'isis' ? 'group' : undefined) });
		expect(list[0]).toEqual({ value: 'isis', label: 'ISIS', count: 2, selected: false, group: 'group' });
		expect(list[1]).not.toHaveProperty('group');
	});
});

describe('histogramFromDistribution', () => {
	it.each([
		[{}, {}],
		[{ '2024-01': 3 }, { '2024-01': 3 }],
		[
			{ '2023-11': 1, '2024-02': 2 },
			{ '2023-11': 1, '2023-12': 0, '2024-01': 0, '2024-02': 2 }
		],
		[{ '2024-13': 1, garbage: 2, '2024-1': 3, '2024-05': 4 }, { '2024-05': 4 }]
	])('%j → %j', (raw, expected) => {
		expect(histogramFromDistribution({ month: raw }, 'month')).toEqual(expected);
	});

	it('does not fill absurdly long spans', () => {
		const h = histogramFromDistribution({ month: { '1000-01': 1, '2024-01': 1 } }, 'month');
		expect(Object.keys(h)).toEqual(['1000-01', '2024-01']);
	});
});
