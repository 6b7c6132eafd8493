import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '$lib/analysis';
import { editDistance, planQuery, relaxedSubsets, relaxedTerms } from '$lib/search/query-plan';
import { exactTotal, MAX_TOTAL_HITS, queryString } from '$lib/search/request';
import { exactQueryOf } from '$lib/search/query-syntax';

const names = new Map<string, ReadonlyMap<string, readonly string[]>>([
	['actor', new Map([['isis', ['داعش', 'Daech', 'État islamique']]])],
	['country', new Map([['FR', ['فرنسا', 'France']]])],
	['threat', new Map([['ransomware', ['برامج الفدية', 'rançongiciel']]])]
]);
const deps = { analyzeQuery, facetNames: (f: string) => names.get(f) ?? new Map() };

describe('planQuery', () => {
	it('maps field operators onto filters, by id or by name in either script', () => {
		const plan = planQuery('actor:داعش بلد:France threat:ransomware lang:arabe هجوم', deps);
		expect(plan.filter).toEqual([
			['actors = "isis"'],
			['countries = "FR"'],
			['threats = "ransomware"'],
			['lang = "ar"']
		]);
		expect(plan.terms.map((t) => t.term)).toEqual(['هجوم']);
	});
	it('a field value naming nothing known is searched as words', () => {
		const plan = planQuery('actor:zorglub', deps);
		expect(plan.filter).toEqual([]);
		expect(plan.terms.map((t) => t.term)).toEqual(['zorglub']);
	});
	it('exclusions become -token, phrase words come first and are required', () => {
		const plan = planQuery('داعش -Europol "cyber attaque"', deps);
		expect(plan.required).toBe(2);
		expect(queryString(plan.terms, plan.exclude)).toBe('-europol cyb ataqu zzdaec');
	});
	it.each([
		['Khashoggi', true, 'khashoggi'],
		['Khasho', false, 'khasho'],
		['Jamal Khashoggi', true, 'khashoggi'],
		['Khashoggi attaque', false, 'attaque']
	])('%s: last word complete %s (sent as %s)', (q, complete, lastToken) => {
		const plan = planQuery(q, { ...deps, isLinkedName: (w) => w === 'Khashoggi' });
		expect(plan.completeLast).toBe(complete);
		expect(plan.terms.at(-1)?.token).toBe(lastToken);
		expect(plan.terms.at(-1)?.prefix).toBe(!complete);
	});
	it('without a name check the last word stays a prefix', () => {
		expect(planQuery('Khashoggi', deps).completeLast).toBe(false);
	});
	it('an OR group becomes alternatives, the other words stay required', () => {
		const plan = planQuery('espionnage Pegasus OR Europol', deps);
		expect(plan.terms.map((t) => t.surface)).toEqual(['espionnage']);
		expect(plan.alternatives.map((a) => a.map((t) => t.surface))).toEqual([['Pegasus'], ['Europol']]);
		expect(planQuery('Pegasus OR Pegasus', deps).alternatives).toEqual([]);
		expect(planQuery('Pegasus OR Pegasus', deps).terms.map((t) => t.surface)).toEqual(['Pegasus']);
	});
	it('source: is an exact, quoted filter value', () => {
		expect(planQuery('source:"le monde"', deps).filter).toEqual(['source = "le monde"']);
	});
});

describe('relaxedTerms', () => {
	it('drops words found nowhere and orders the rest rarest first (required words kept first)', () => {
		const plan = planQuery('"x" khashoggi murder saoudien', deps);
		const counts = [5, 40, 0, 900];
		const r = relaxedTerms(plan, counts);
		expect(r.terms.map((t) => t.surface)).toEqual(['x', 'khashoggi', 'saoudien']);
		expect(r.missing.map((t) => t.surface)).toEqual(['murder']);
	});
	it('puts last the word whose removal finds articles, not the most frequent one', () => {
		const plan = planQuery('golan suivre entendues', deps);
		// suivre is the most frequent, but golan + entendues match nothing together.
		const r = relaxedTerms(plan, [30, 900, 12], [0, 0, 3]);
		expect(r.missing.map((t) => t.surface)).toEqual(['entendues']);
		expect(r.terms.map((t) => t.surface)).toEqual(['golan', 'suivre', 'entendues']);
	});
	it('with three words or more, the odd one out is the word whose removal finds the most', () => {
		const plan = planQuery('golan suivre entendues', deps);
		const r = relaxedTerms(plan, [30, 900, 12], [7, 2, 3]);
		expect(r.missing.map((t) => t.surface)).toEqual(['golan']);
		expect(r.terms.map((t) => t.surface)).toEqual(['entendues', 'suivre', 'golan']);
	});
	it('with two words, the more frequent one goes', () => {
		const plan = planQuery('khashoggi meurtrier', deps);
		const r = relaxedTerms(plan, [40, 900], [900, 40]);
		expect(r.terms.map((t) => t.surface)).toEqual(['khashoggi', 'meurtrier']);
		expect(r.missing.map((t) => t.surface)).toEqual(['meurtrier']);
	});
	it('never drops a required (quoted) word, and keeps the last word when no subset finds anything', () => {
		const plan = planQuery('"golan" suivre entendues', deps);
		expect(relaxedTerms(plan, [30, 900, 12], [50, 0, 0]).missing).toEqual([]);
		const single = planQuery('khashoggi', deps);
		expect(relaxedTerms(single, [4], [0]).terms.map((t) => t.surface)).toEqual(['khashoggi']);
	});
});

describe('relaxedSubsets', () => {
	const plan = planQuery('golan suivre entendues', deps);
	it('keeps only the one-word-less queries that find articles, odd word out first', () => {
		// suivre + entendues co-occur as often as chance says; golan + suivre far beyond it.
		const s = relaxedSubsets(plan, [46, 2221, 3152], [245, 0, 6], 70_000);
		expect(s.map((x) => x.dropped.surface)).toEqual(['entendues', 'golan']);
		expect(s[0]?.terms.map((t) => t.surface)).toEqual(['golan', 'suivre']);
	});
	it('never drops a required word; nothing when no subset finds anything', () => {
		const quoted = planQuery('"golan" suivre entendues', deps);
		expect(relaxedSubsets(quoted, [46, 2221, 3152], [245, 4, 6], 70_000).map((x) => x.dropped.surface)).not.toContain(
			'golan'
		);
		expect(relaxedSubsets(plan, [46, 2221, 3152], [0, 0, 0], 70_000)).toEqual([]);
		expect(relaxedSubsets(plan, [46, 2221, 3152], [1, 1, 1], Number.NaN)).toHaveLength(3);
	});
});

describe('editDistance', () => {
	it.each([
		['استخبار', 'استخبار', 0],
		['استخبار', 'استخيار', 1],
		['استخبار', 'اسخبار', 1],
		['abc', 'xyzab', 3]
	])('%s / %s = %i', (a, b, d) => {
		expect(editDistance(a, b, 2)).toBe(d);
	});
});

describe('exactTotal', () => {
	it('below the cap Meilisearch total is exact', () => {
		expect(exactTotal(123, { lang: { ar: 100, fr: 50 } })).toBe(123);
	});
	it('at the cap the language facet gives the exact total', () => {
		expect(exactTotal(MAX_TOTAL_HITS, { lang: { ar: 40_000, fr: 33_656 } })).toBe(73_656);
	});
});

describe('exactQueryOf', () => {
	it('quotes the corrected words so they are searched as typed', () => {
		expect(exactQueryOf(['الاستخبارت'], 'الاستخبارت المغربية')).toBe('"الاستخبارت" المغربية');
	});
});
