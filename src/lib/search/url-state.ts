import { isLang } from '$lib/article';
import { FACET_FIELDS, SORTS, UI_LANGS } from '$lib/search/types';
import type { FacetField, SearchState, Sort, UiLang } from '$lib/search/types';

/**
 * The search view <-> URL query string. Pure: no I/O, no globals.
 *
 * Every value read from a URL is validated; anything invalid is dropped (never an error),
 * defaults are left out of the URL, and list values are sorted and de-duplicated so that
 * equal states always give byte-identical URLs (cache keys, canonical links).
 */

/** Longest query accepted, in code points. The API answers 400 beyond it; the URL reader truncates. */
export const MAX_QUERY_LENGTH = 512;
export const MAX_PAGE = 1000;
/** More values than this in one facet field are ignored (keeps filters bounded). */
export const MAX_VALUES_PER_FIELD = 50;

/** Query-string parameter for each facet field. */
export const FACET_PARAM: Record<FacetField, string> = {
	lang: 'lang',
	country: 'country',
	actor: 'actor',
	threat: 'threat'
};

/** Extra allow-list (e.g. "is this a known actor id?"), applied after the shape check. */
export type FacetValuePredicate = (field: FacetField, value: string) => boolean;

export interface ParseOptions {
	accept?: FacetValuePredicate;
}

export function emptyFilters(): Record<FacetField, string[]> {
	return { lang: [], country: [], actor: [], threat: [] };
}

export function defaultState(): SearchState {
	return { q: '', filters: emptyFilters(), from: null, to: null, sort: 'relevance', page: 1, ui: null };
}

const ID_RE = /^[a-z0-9-]{1,64}$/;
const COUNTRY_RE = /^[A-Z]{2}$/;

/** Shape check of a facet value: lang ∈ ar|fr|en, country = ISO 3166 alpha-2, actor/threat = slug. */
export function isFacetValueShape(field: FacetField, value: string): boolean {
	switch (field) {
		case 'lang':
			return isLang(value);
		case 'country':
			return COUNTRY_RE.test(value);
		case 'actor':
		case 'threat':
			return ID_RE.test(value);
	}
}

export function isFacetField(value: unknown): value is FacetField {
	return typeof value === 'string' && (FACET_FIELDS as readonly string[]).includes(value);
}

export function isSort(value: unknown): value is Sort {
	return typeof value === 'string' && (SORTS as readonly string[]).includes(value);
}

export function isUiLang(value: unknown): value is UiLang {
	return typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict YYYY-MM-DD that names a real calendar day (no 2024-02-30, no 2024-2-3, year ≥ 1000). */
export function isIsoDate(value: string): boolean {
	const m = DATE_RE.exec(value);
	if (!m) return false;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
	return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// C0, DEL and C1 control characters (tabs and newlines included): they become spaces.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f]/g;
// Unpaired surrogates cannot survive URL encoding: drop them.
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Length as the user sees it (code points), the unit of MAX_QUERY_LENGTH. */
export function queryLength(q: string): number {
	let n = 0;
	for (const _ of q) n++;
	return n;
}

/**
 * Canonical form of a query: NFC, controls → space, whitespace runs collapsed, trimmed,
 * capped at MAX_QUERY_LENGTH code points. Idempotent.
 */
export function normalizeQuery(raw: string): string {
	let q = raw.normalize('NFC').replace(LONE_SURROGATE_RE, '').replace(CONTROL_RE, ' ');
	q = q.replace(/\s+/gu, ' ').trim();
	if (queryLength(q) > MAX_QUERY_LENGTH) {
		q = Array.from(q).slice(0, MAX_QUERY_LENGTH).join('').trim();
		// Truncation can leave a decomposable tail; re-normalise so the function stays idempotent.
		q = q.normalize('NFC');
	}
	return q;
}

/** Validated, sorted, de-duplicated, bounded list of values for a field. */
export function normalizeFacetValues(
	field: FacetField,
	values: readonly string[],
	accept?: FacetValuePredicate
): string[] {
	const kept = new Set<string>();
	for (const v of values) {
		if (isFacetValueShape(field, v) && (!accept || accept(field, v))) kept.add(v);
	}
	return [...kept].sort(compareCodeUnits).slice(0, MAX_VALUES_PER_FIELD);
}

/** Locale-independent ordering, so URLs do not depend on the server's ICU data. */
export function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function parsePage(raw: string | null): number {
	if (raw === null || !/^[1-9]\d{0,3}$/.test(raw)) return 1;
	const n = Number(raw);
	return n <= MAX_PAGE ? n : 1;
}

/** Swaps an inverted range so `from <= to`; drops invalid dates. */
function normalizeRange(from: string | null, to: string | null): { from: string | null; to: string | null } {
	const f = from !== null && isIsoDate(from) ? from : null;
	const t = to !== null && isIsoDate(to) ? to : null;
	if (f !== null && t !== null && f > t) return { from: t, to: f };
	return { from: f, to: t };
}

/** Brings any state (e.g. built by UI code) to canonical form; the same rules as reading a URL. */
export function normalizeState(state: SearchState, options: ParseOptions = {}): SearchState {
	const filters = emptyFilters();
	for (const field of FACET_FIELDS) {
		filters[field] = normalizeFacetValues(field, state.filters[field] ?? [], options.accept);
	}
	const range = normalizeRange(state.from, state.to);
	return {
		q: normalizeQuery(state.q),
		filters,
		from: range.from,
		to: range.to,
		sort: isSort(state.sort) ? state.sort : 'relevance',
		page: Number.isInteger(state.page) && state.page >= 1 && state.page <= MAX_PAGE ? state.page : 1,
		ui: isUiLang(state.ui) ? state.ui : null
	};
}

/** Reads the view from a URL. Never throws: invalid or unknown parameters are ignored. */
export function stateFromUrl(url: URL | URLSearchParams, options: ParseOptions = {}): SearchState {
	const params = url instanceof URL ? url.searchParams : url;
	const filters = emptyFilters();
	for (const field of FACET_FIELDS) {
		filters[field] = normalizeFacetValues(field, params.getAll(FACET_PARAM[field]), options.accept);
	}
	const range = normalizeRange(params.get('from'), params.get('to'));
	const sort = params.get('sort');
	const ui = params.get('ui');
	return {
		q: normalizeQuery(params.get('q') ?? ''),
		filters,
		from: range.from,
		to: range.to,
		sort: isSort(sort) ? sort : 'relevance',
		page: parsePage(params.get('page')),
		ui: isUiLang(ui) ? ui : null
	};
}

/**
 * The query string for a state: leading `?`, or `''` for the default state.
 * Parameter order is fixed and values are canonicalised, so equal states give equal strings.
 */
export function stateToUrl(state: SearchState): string {
	const s = normalizeState(state);
	const params = new URLSearchParams();
	if (s.q) params.set('q', s.q);
	for (const field of FACET_FIELDS) {
		for (const v of s.filters[field]) params.append(FACET_PARAM[field], v);
	}
	if (s.from) params.set('from', s.from);
	if (s.to) params.set('to', s.to);
	if (s.sort !== 'relevance') params.set('sort', s.sort);
	if (s.page !== 1) params.set('page', String(s.page));
	if (s.ui) params.set('ui', s.ui);
	const qs = params.toString();
	return qs ? `?${qs}` : '';
}

/** True when two states describe the same view. */
export function sameState(a: SearchState, b: SearchState): boolean {
	return stateToUrl(a) === stateToUrl(b);
}

export function hasFilters(state: SearchState): boolean {
	return FACET_FIELDS.some((f) => state.filters[f].length > 0) || state.from !== null || state.to !== null;
}

export function isSelected(state: SearchState, field: FacetField, value: string): boolean {
	return state.filters[field].includes(value);
}

// ---- Pure transitions for the UI. Anything that changes the result set resets the page to 1. ----

export function withQuery(state: SearchState, q: string): SearchState {
	return normalizeState({ ...state, q, page: 1 });
}

export function withFacetToggled(state: SearchState, field: FacetField, value: string): SearchState {
	const current = state.filters[field];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	return normalizeState({ ...state, filters: { ...state.filters, [field]: next }, page: 1 });
}

export function withFacetValues(state: SearchState, field: FacetField, values: readonly string[]): SearchState {
	return normalizeState({ ...state, filters: { ...state.filters, [field]: [...values] }, page: 1 });
}

export function withFacetCleared(state: SearchState, field: FacetField): SearchState {
	return withFacetValues(state, field, []);
}

export function withDateRange(state: SearchState, from: string | null, to: string | null): SearchState {
	return normalizeState({ ...state, from, to, page: 1 });
}

/** Keeps q, sort and ui; drops every filter. */
export function withFiltersCleared(state: SearchState): SearchState {
	return normalizeState({ ...state, filters: emptyFilters(), from: null, to: null, page: 1 });
}

export function withSort(state: SearchState, sort: Sort): SearchState {
	return normalizeState({ ...state, sort, page: 1 });
}

export function withPage(state: SearchState, page: number): SearchState {
	const p = Math.min(MAX_PAGE, Math.max(1, Math.trunc(Number.isFinite(page) ? page : 1)));
	return normalizeState({ ...state, page: p });
}

/** The UI language is presentation only: it keeps the page. */
export function withUi(state: SearchState, ui: UiLang | null): SearchState {
	return normalizeState({ ...state, ui });
}
