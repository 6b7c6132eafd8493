import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FacetField, SearchState } from '$lib/search/types';
import {
	buildFacetFilter,
	buildRelatedFilter,
	dateToTimestamp,
	facetClause,
	facetFieldOfAttribute,
	quoteFilterValue
} from '$lib/search/filter';
import { defaultState } from '$lib/search/url-state';

function state(filters: Partial<SearchState['filters']>, rest: Partial<SearchState> = {}): SearchState {
	return { ...defaultState(), ...rest, filters: { ...defaultState().filters, ...filters } };
}

/** Reads a filter string literal back, as Meilisearch's filter parser does; null if it is not exactly one literal. */
function readLiteral(s: string): string | null {
	const m = /^"((?:[^"\\]|\\.)*)"$/s.exec(s);
	return m ? m[1]!.replace(/\\(.)/gs, '$1') : null;
}

/** Splits `attr = "…"` into its attribute and value; null when the clause has any other shape. */
function readClause(clause: string): { attr: string; value: string } | null {
	const m = /^([a-z]+) = (".*")$/s.exec(clause);
	if (!m) return null;
	const value = readLiteral(m[2]!);
	return value === null ? null : { attr: m[1]!, value };
}

describe('quoteFilterValue', () => {
	it.each([
		['isis', '"isis"'],
		['a"b', '"a\\"b"'],
		['a\\b', '"a\\\\b"'],
		['\\"', '"\\\\\\""'],
		["l'avion", `"l'avion"`],
		['', '""']
	])('%j → %s', (v, quoted) => {
		expect(quoteFilterValue(v)).toBe(quoted);
	});

	it('always yields exactly one literal that reads back to the value (any string)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (v) => {
				expect(readLiteral(quoteFilterValue(v))).toBe(v);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('buildFacetFilter', () => {
	it('is empty for the default state', () => {
		expect(buildFacetFilter(defaultState())).toEqual([]);
	});

	it('is an AND of ORs over the mapped attributes, with a numeric date range', () => {
		const s = state(
			{ lang: ['ar', 'fr'], country: ['SY'], actor: ['isis'], threat: ['terrorism', 'cyber-attack'] },
			{ from: '2024-01-01', to: '2024-01-31' }
		);
		expect(buildFacetFilter(s)).toEqual([
			['lang = "ar"', 'lang = "fr"'],
			['countries = "SY"'],
			['actors = "isis"'],
			['threats = "terrorism"', 'threats = "cyber-attack"'],
			'timestamp >= 1704067200',
			'timestamp <= 1706659200'
		]);
	});

	it.each(['lang', 'country', 'actor', 'threat'] as const)('except %s leaves that field out only', (field) => {
		const s = state({ lang: ['ar'], country: ['SY'], actor: ['isis'], threat: ['terrorism'] });
		const f = buildFacetFilter(s, { except: field });
		expect(f).toHaveLength(3);
		expect(JSON.stringify(f)).not.toContain(facetClause(field, s.filters[field])![0]);
	});

	it('exceptDates drops the range', () => {
		expect(buildFacetFilter(state({}, { from: '2024-01-01' }), { exceptDates: true })).toEqual([]);
	});

	it('ignores invalid dates even in a hand-built state', () => {
		expect(buildFacetFilter(state({}, { from: '2024-01-01 OR 1=1', to: '0 OR timestamp EXISTS' }))).toEqual([]);
	});

	const payloads = [
		'" OR id EXISTS',
		'x" OR lang != "zz',
		"' OR '1'='1",
		'\\',
		'\\" OR actors EXISTS OR "',
		'isis\nOR id EXISTS',
		'isis) OR (id EXISTS',
		'NOT isis',
		'isis OR id EXISTS',
		'"',
		''
	];

	it.each(['lang', 'country', 'actor', 'threat'] as const)('drops injection payloads in %s (shape check)', (field) => {
		const s = state({ [field]: payloads });
		expect(buildFacetFilter(s)).toEqual([]);
	});

	it('never widens: every clause of any hand-built state is `attr = <one literal>` with a valid value', () => {
		const anyValues = fc.array(
			fc.oneof(fc.constantFrom(...payloads), fc.string(), fc.stringMatching(/^[a-z0-9-]{1,8}$/)),
			{
				maxLength: 6
			}
		);
		fc.assert(
			fc.property(
				fc.record({ lang: anyValues, country: anyValues, actor: anyValues, threat: anyValues }),
				(filters) => {
					const f = buildFacetFilter(state(filters));
					for (const group of f) {
						expect(Array.isArray(group)).toBe(true);
						for (const clause of group as string[]) {
							const parsed = readClause(clause);
							expect(parsed).not.toBeNull();
							const field = facetFieldOfAttribute(parsed!.attr) as FacetField;
							expect(field).not.toBeNull();
							expect(filters[field]).toContain(parsed!.value);
						}
					}
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('dateToTimestamp', () => {
	it.each([
		['1970-01-01', 0],
		['2024-02-29', 1709164800],
		['2000-01-01', 946684800]
	])('%s → %i', (d, ts) => {
		expect(dateToTimestamp(d)).toBe(ts);
	});
});

describe('buildRelatedFilter', () => {
	it('is one OR group over the shared entities', () => {
		expect(buildRelatedFilter({ actors: ['isis'], countries: ['SY', 'IQ'], threats: [] })).toEqual([
			['actors = "isis"', 'countries = "SY"', 'countries = "IQ"']
		]);
	});

	it('is null when nothing (valid) can be shared', () => {
		expect(buildRelatedFilter({ actors: ['" OR id EXISTS'], countries: [], threats: [] })).toBeNull();
	});
});
