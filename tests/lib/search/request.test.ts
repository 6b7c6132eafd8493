import { describe, expect, it } from 'vitest';
import type { SearchState } from '$lib/search/types';
import {
	buildSearchRequests,
	HITS_PER_PAGE,
	MONTH_ATTRIBUTE,
	parseSearchResponses,
	queryString,
	RETRIEVED_ATTRIBUTES,
	STORIES_ONLY_FILTER,
	sortFor
} from '$lib/search/request';
import { SEARCH_ATTRIBUTES } from '$lib/search/attributes';
import { defaultState } from '$lib/search/url-state';

const INDEX = 'articles';
const tokens = (...t: string[]) => t.map((token) => ({ token }));

function state(filters: Partial<SearchState['filters']>, rest: Partial<SearchState> = {}): SearchState {
	return { ...defaultState(), ...rest, filters: { ...defaultState().filters, ...filters } };
}

describe('queryString', () => {
	it('joins tokens with one space and never ends with a space', () => {
		expect(queryString(tokens('a1', ' b2 ', '', 'c3'))).toBe('a1 b2 c3');
		expect(queryString([])).toBe('');
	});
});

describe('sortFor', () => {
	it.each([
		['relevance', 'iran', undefined],
		['relevance', '', ['timestamp:desc']],
		['newest', 'iran', ['timestamp:desc']],
		['oldest', '', ['timestamp:asc']]
	] as const)('%s with q=%j → %j', (sort, q, expected) => {
		expect(sortFor(state({}, { sort }), q)).toEqual(expected);
	});
});

describe('buildSearchRequests', () => {
	it.each([
		[{}, 't1 t2'],
		[{ completeLast: true }, 't1 t2 '],
		[{ typos: true }, 't1 t2 ']
	])('with %j the query string is %j (a trailing space ends the prefix word)', (extra, q) => {
		expect(buildSearchRequests(state({}), tokens('t1', 't2'), { indexUid: INDEX, ...extra }).q).toBe(q);
	});
	it('without selections sends one query with all facets and the month histogram', () => {
		const plan = buildSearchRequests(state({}, { page: 2 }), tokens('t1', 't2'), { indexUid: INDEX });
		expect(plan.disjunctive).toEqual([]);
		expect(plan.queries).toEqual([
			{
				indexUid: INDEX,
				q: 't1 t2',
				matchingStrategy: 'all',
				locales: ['eng'],
				attributesToSearchOn: [...SEARCH_ATTRIBUTES],
				page: 2,
				hitsPerPage: HITS_PER_PAGE,
				facets: ['lang', 'countries', 'actors', 'threats', MONTH_ATTRIBUTE],
				attributesToRetrieve: [...RETRIEVED_ATTRIBUTES],
				filter: [STORIES_ONLY_FILTER]
			}
		]);
	});

	it('never retrieves the analysed *_terms fields', () => {
		const plan = buildSearchRequests(defaultState(), [], { indexUid: INDEX });
		expect(plan.queries[0]!.attributesToRetrieve!.some((a) => a.endsWith('_terms'))).toBe(false);
	});

	it('adds one disjunctive query per field with a selection, in field order', () => {
		const s = state({ threat: ['terrorism'], lang: ['ar'] }, { from: '2024-01-01', sort: 'newest' });
		const plan = buildSearchRequests(s, tokens('x'), { indexUid: INDEX });
		expect(plan.disjunctive).toEqual(['lang', 'threat']);
		expect(plan.queries).toHaveLength(3);
		const [main, lang, threat] = plan.queries;
		expect(main).toMatchObject({
			filter: [['lang = "ar"'], ['threats = "terrorism"'], 'timestamp >= 1704067200', STORIES_ONLY_FILTER],
			sort: ['timestamp:desc']
		});
		expect(lang).toEqual({
			indexUid: INDEX,
			q: 'x',
			matchingStrategy: 'all',
			locales: ['eng'],
			attributesToSearchOn: [...SEARCH_ATTRIBUTES],
			limit: 0,
			facets: ['lang'],
			attributesToRetrieve: ['id'],
			filter: [['threats = "terrorism"'], 'timestamp >= 1704067200', STORIES_ONLY_FILTER]
		});
		expect(threat).toMatchObject({
			facets: ['threats'],
			limit: 0,
			filter: [['lang = "ar"'], 'timestamp >= 1704067200', STORIES_ONLY_FILTER]
		});
		expect(threat).not.toHaveProperty('sort');
	});

	it('a disjunctive query with nothing else left to filter keeps only the stories filter', () => {
		const plan = buildSearchRequests(state({ country: ['SY'] }), tokens('x'), { indexUid: INDEX });
		expect(plan.queries[1]!.filter).toEqual([STORIES_ONLY_FILTER]);
	});

	it('can skip the histogram and use another page size', () => {
		const plan = buildSearchRequests(defaultState(), [], { indexUid: INDEX, histogram: false, hitsPerPage: 50 });
		expect(plan.queries[0]).toMatchObject({ hitsPerPage: 50, facets: ['lang', 'countries', 'actors', 'threats'] });
	});
});

describe('buildSearchRequests and duplicate stories', () => {
	it('leaves the copies out of every query (one hit per story), unless told not to', () => {
		const s = state({ country: ['SY'] });
		const plan = buildSearchRequests(s, tokens('x'), { indexUid: INDEX });
		for (const q of plan.queries) {
			expect(q.filter).toEqual(expect.arrayContaining([STORIES_ONLY_FILTER]));
			expect(q).not.toHaveProperty('distinct');
		}
		const everyCopy = buildSearchRequests(s, tokens('x'), { indexUid: INDEX, storiesOnly: false });
		for (const q of everyCopy.queries) expect(q.filter ?? []).not.toContain(STORIES_ONLY_FILTER);
		expect(
			buildSearchRequests(defaultState(), [], { indexUid: INDEX, storiesOnly: false }).queries[0]
		).not.toHaveProperty('filter');
		expect(RETRIEVED_ATTRIBUTES).toEqual(expect.arrayContaining(['story_id', 'story_size']));
	});
});

describe('buildSearchRequests without facets', () => {
	it('is a single query with no facets, whatever the selections', () => {
		const plan = buildSearchRequests(state({ country: ['SY'] }), tokens('x'), { indexUid: INDEX, facets: false });
		expect(plan.queries).toHaveLength(1);
		expect(plan.queries[0]).not.toHaveProperty('facets');
		expect(plan.queries[0]!.filter).toEqual([['countries = "SY"'], STORIES_ONLY_FILTER]);
	});
});

describe('parseSearchResponses', () => {
	const s = state({ country: ['SY'], actor: ['isis'] });
	const plan = buildSearchRequests(s, tokens('x'), { indexUid: INDEX });

	it('takes a selected field from its disjunctive query and the rest from the main query', () => {
		const parsed = parseSearchResponses(plan, [
			{
				hits: [{ id: 'a' }, { id: 'b' }],
				totalHits: 42,
				totalPages: 3,
				processingTimeMs: 5,
				facetDistribution: {
					lang: { ar: 30, fr: 12 },
					countries: { SY: 42 },
					actors: { isis: 42 },
					threats: { terrorism: 40 },
					month: { '2024-03': 2, '2024-01': 40 }
				}
			},
			{ hits: [], processingTimeMs: 1, facetDistribution: { countries: { SY: 42, IQ: 17 } } },
			{ hits: [], processingTimeMs: 2, facetDistribution: { actors: { isis: 42, 'al-qaeda': 3 } } }
		]);
		expect(parsed).toEqual({
			total: 42,
			page: 1,
			pages: 3,
			hitsPerPage: HITS_PER_PAGE,
			hits: [{ id: 'a' }, { id: 'b' }],
			facets: {
				lang: { ar: 30, fr: 12 },
				country: { SY: 42, IQ: 17 },
				actor: { isis: 42, 'al-qaeda': 3 },
				threat: { terrorism: 40 }
			},
			histogram: { '2024-01': 40, '2024-02': 0, '2024-03': 2 },
			processingTimeMs: 8
		});
	});

	it('rejects an answer that does not match the plan', () => {
		expect(() => parseSearchResponses(plan, [])).toThrow();
		expect(() => parseSearchResponses(plan, [{ hits: [], processingTimeMs: 0 }])).toThrow(/1 results for 3 queries/);
	});

	it('copes with missing distributions and totals', () => {
		const p = buildSearchRequests(defaultState(), [], { indexUid: INDEX });
		const parsed = parseSearchResponses(p, [{ hits: [], processingTimeMs: 0 }]);
		expect(parsed).toMatchObject({
			total: 0,
			pages: 0,
			facets: { lang: {}, country: {}, actor: {}, threat: {} },
			histogram: {}
		});
	});
});
