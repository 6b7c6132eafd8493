import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SearchState } from '$lib/search/types';
import {
	defaultState,
	isIsoDate,
	MAX_QUERY_LENGTH,
	normalizeQuery,
	normalizeState,
	stateFromUrl,
	stateToUrl,
	withDateRange,
	withFacetToggled,
	withFiltersCleared,
	withPage,
	withQuery,
	withSort,
	withUi
} from '$lib/search/url-state';

const parse = (qs: string) => stateFromUrl(new URLSearchParams(qs));

describe('stateFromUrl', () => {
	it('gives the default state for an empty or unknown query string', () => {
		expect(parse('')).toEqual(defaultState());
		expect(parse('foo=bar&utm_source=x')).toEqual(defaultState());
		expect(stateToUrl(defaultState())).toBe('');
	});

	it('reads every parameter', () => {
		const s = parse(
			'q=داعش&lang=ar&lang=fr&country=SY&actor=isis&threat=terrorism&from=2024-01-01&to=2024-06-30&sort=newest&page=3&ui=fr'
		);
		expect(s).toEqual({
			q: 'داعش',
			filters: { lang: ['ar', 'fr'], country: ['SY'], actor: ['isis'], threat: ['terrorism'] },
			from: '2024-01-01',
			to: '2024-06-30',
			sort: 'newest',
			page: 3,
			ui: 'fr'
		});
	});

	it('accepts a URL as well as URLSearchParams', () => {
		expect(stateFromUrl(new URL('http://x/search?q=iran&page=2')).page).toBe(2);
	});

	it.each([
		['lang', 'lang=de', []],
		['lang', 'lang=AR', []],
		['country', 'country=sy', []],
		['country', 'country=SYR', []],
		['country', 'country=S1', []],
		['actor', 'actor=Isis', []],
		['actor', 'actor=isis%20', []],
		['actor', `actor=${'a'.repeat(65)}`, []],
		['actor', `actor=${'a'.repeat(64)}`, ['a'.repeat(64)]],
		['actor', 'actor=" OR id EXISTS', []],
		['threat', "threat=x'y", []],
		['threat', 'threat=a\\b', []],
		['threat', 'threat=cyber%0Aattack', []],
		['threat', 'threat=cyber-attack', ['cyber-attack']]
	] as const)('validates %s values: %s', (field, qs, expected) => {
		expect(parse(qs).filters[field]).toEqual(expected);
	});

	it('sorts and de-duplicates facet values', () => {
		expect(parse('country=SY&country=IQ&country=SY').filters.country).toEqual(['IQ', 'SY']);
	});

	it('applies the allow-list after the shape check', () => {
		const s = stateFromUrl(new URLSearchParams('actor=isis&actor=unknown-group'), {
			accept: (field, v) => field !== 'actor' || v === 'isis'
		});
		expect(s.filters.actor).toEqual(['isis']);
	});

	it.each([
		['2024-01-31', true],
		['2024-02-29', true],
		['2023-02-29', false],
		['1900-02-29', false],
		['2000-02-29', true],
		['2024-04-31', false],
		['2024-13-01', false],
		['2024-00-10', false],
		['2024-1-01', false],
		['2024-01-01T00:00', false],
		[' 2024-01-01', false],
		['0999-01-01', false],
		['２０２４-01-01', false]
	])('isIsoDate(%s) = %s', (d, ok) => {
		expect(isIsoDate(d)).toBe(ok);
	});

	it('drops invalid dates and swaps an inverted range', () => {
		expect(parse('from=2024-02-30&to=2024-03-01')).toMatchObject({ from: null, to: '2024-03-01' });
		expect(parse('from=2024-05-01&to=2024-03-01')).toMatchObject({ from: '2024-03-01', to: '2024-05-01' });
	});

	it.each([
		['page=0', 1],
		['page=-2', 1],
		['page=1.5', 1],
		['page=02', 1],
		['page=1e3', 1],
		['page=1000', 1000],
		['page=1001', 1],
		['page=abc', 1],
		['page=7', 7]
	])('page: %s → %i', (qs, page) => {
		expect(parse(qs).page).toBe(page);
	});

	it.each([
		['sort=newest', 'newest'],
		['sort=oldest', 'oldest'],
		['sort=relevance', 'relevance'],
		['sort=NEWEST', 'relevance'],
		['sort=random', 'relevance']
	])('sort: %s → %s', (qs, sort) => {
		expect(parse(qs).sort).toBe(sort);
	});

	it.each([
		['ui=ar', 'ar'],
		['ui=en', 'en'],
		['ui=de', null],
		['', null]
	])('ui: %s → %s', (qs, ui) => {
		expect(parse(qs).ui).toBe(ui);
	});

	it('takes the first of repeated single-valued parameters', () => {
		expect(parse('q=a&q=b&sort=oldest&sort=newest')).toMatchObject({ q: 'a', sort: 'oldest' });
	});
});

describe('normalizeQuery', () => {
	it.each([
		['  iran  ', 'iran'],
		['a\u0000b', 'a b'],
		['a\nb\tc\r\n', 'a b c'],
		['a\u0085b\u009fc', 'a b c'],
		['a    b', 'a b'],
		['e\u0301te', 'éte'],
		['x\ud800y', 'xy'],
		['\u200cزيد', '\u200cزيد']
	])('%j → %j', (raw, q) => {
		expect(normalizeQuery(raw)).toBe(q);
	});

	it('caps at MAX_QUERY_LENGTH code points without splitting a surrogate pair', () => {
		expect(normalizeQuery('a'.repeat(600))).toHaveLength(MAX_QUERY_LENGTH);
		const emoji = '😀'.repeat(600);
		const q = normalizeQuery(emoji);
		expect(Array.from(q)).toHaveLength(MAX_QUERY_LENGTH);
		expect(q).toBe('😀'.repeat(MAX_QUERY_LENGTH));
	});
});

describe('stateToUrl', () => {
	it('leaves defaults out and uses a fixed order', () => {
		const s = normalizeState({
			...defaultState(),
			q: 'cyber attaque',
			filters: { lang: ['fr'], country: ['MA', 'DZ'], actor: [], threat: [] },
			page: 2
		});
		expect(stateToUrl(s)).toBe('?q=cyber+attaque&lang=fr&country=DZ&country=MA&page=2');
	});

	it('gives equal URLs for equal states whatever the value order', () => {
		const a = normalizeState({
			...defaultState(),
			filters: { lang: [], country: ['SY', 'IQ'], actor: [], threat: [] }
		});
		const b = normalizeState({
			...defaultState(),
			filters: { lang: [], country: ['IQ', 'SY', 'IQ'], actor: [], threat: [] }
		});
		expect(stateToUrl(a)).toBe(stateToUrl(b));
	});
});

describe('transitions', () => {
	const s = normalizeState({ ...defaultState(), q: 'iran', page: 4 });

	it('toggling a facet adds then removes it and resets the page', () => {
		const on = withFacetToggled(s, 'country', 'IR');
		expect(on.filters.country).toEqual(['IR']);
		expect(on.page).toBe(1);
		const off = withFacetToggled({ ...on, page: 3 }, 'country', 'IR');
		expect(off.filters.country).toEqual([]);
		expect(off.page).toBe(1);
	});

	it('ignores an invalid value instead of adding it', () => {
		expect(withFacetToggled(s, 'country', 'iran').filters.country).toEqual([]);
	});

	it.each([
		['withQuery', (x: SearchState) => withQuery(x, 'iraq')],
		['withSort', (x: SearchState) => withSort(x, 'oldest')],
		['withDateRange', (x: SearchState) => withDateRange(x, '2024-01-01', null)],
		['withFiltersCleared', (x: SearchState) => withFiltersCleared(x)]
	])('%s resets the page', (_name, fn) => {
		expect(fn(s).page).toBe(1);
	});

	it('withUi keeps the page; withPage clamps', () => {
		expect(withUi(s, 'ar')).toMatchObject({ ui: 'ar', page: 4 });
		expect(withPage(s, 0).page).toBe(1);
		expect(withPage(s, 5000).page).toBe(1000);
		expect(withPage(s, Number.NaN).page).toBe(1);
		expect(withPage(s, 9).page).toBe(9);
	});

	it('withFiltersCleared keeps q and sort', () => {
		const busy = withSort(withFacetToggled(s, 'lang', 'ar'), 'newest');
		expect(withFiltersCleared(busy)).toMatchObject({ q: 'iran', sort: 'newest', filters: { lang: [] } });
	});
});

// ---- Property tests ----

const sortedUnique = (xs: string[]) => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const slug = fc.stringMatching(/^[a-z0-9-]{1,64}$/);
const isoDate = fc
	.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

const validState: fc.Arbitrary<SearchState> = fc
	.record({
		q: fc.string({ unit: 'grapheme', maxLength: 80 }),
		lang: fc.subarray(['ar', 'en', 'fr']),
		country: fc.array(fc.stringMatching(/^[A-Z]{2}$/), { maxLength: 5 }),
		actor: fc.array(slug, { maxLength: 5 }),
		threat: fc.array(slug, { maxLength: 5 }),
		dates: fc.tuple(fc.option(isoDate), fc.option(isoDate)),
		sort: fc.constantFrom('relevance', 'newest', 'oldest' as const),
		page: fc.integer({ min: 1, max: 1000 }),
		ui: fc.constantFrom(null, 'ar', 'fr', 'en' as const)
	})
	.map(({ q, lang, country, actor, threat, dates, sort, page, ui }) => {
		let [from, to] = dates;
		if (from !== null && to !== null && from > to) [from, to] = [to, from];
		return {
			q: normalizeQuery(q),
			filters: {
				lang: sortedUnique(lang),
				country: sortedUnique(country),
				actor: sortedUnique(actor),
				threat: sortedUnique(threat)
			},
			from,
			to,
			sort,
			page,
			ui
		} satisfies SearchState;
	});

describe('properties', () => {
	it('stateFromUrl(stateToUrl(s)) equals s for valid states', () => {
		fc.assert(
			fc.property(validState, (s) => {
				expect(stateFromUrl(new URLSearchParams(stateToUrl(s)))).toEqual(s);
			}),
			{ numRuns: 500 }
		);
	});

	it('stateToUrl is stable: parsing and re-serialising gives the same string', () => {
		fc.assert(
			fc.property(validState, (s) => {
				const url = stateToUrl(s);
				expect(stateToUrl(stateFromUrl(new URLSearchParams(url)))).toBe(url);
			}),
			{ numRuns: 500 }
		);
	});

	it('normalizeQuery is idempotent, and arbitrary strings never break the reader', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 700 }), (raw) => {
				const q = normalizeQuery(raw);
				expect(normalizeQuery(q)).toBe(q);
				expect(Array.from(q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
				expect(parse(`q=${encodeURIComponent(q)}`).q).toBe(q);
			}),
			{ numRuns: 500 }
		);
	});

	it('any query string parses into a state that round-trips', () => {
		const key = fc.constantFrom('q', 'lang', 'country', 'actor', 'threat', 'from', 'to', 'sort', 'page', 'ui', 'x');
		fc.assert(
			fc.property(fc.array(fc.tuple(key, fc.string({ maxLength: 20 })), { maxLength: 12 }), (pairs) => {
				const s = stateFromUrl(new URLSearchParams(pairs));
				expect(stateFromUrl(new URLSearchParams(stateToUrl(s)))).toEqual(s);
			}),
			{ numRuns: 500 }
		);
	});
});
