import { UI_LANGS } from '$lib/search/types';
import type { UiLang } from '$lib/search/types';
import type { Messages } from './messages';

export type { Messages };

/** Used when Accept-Language names none of the UI languages (or is missing). */
export const DEFAULT_UI_LANG: UiLang = 'en';

export function isUiLang(value: unknown): value is UiLang {
	return typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);
}

export function dirOf(lang: string): 'rtl' | 'ltr' {
	return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Best UI language for an Accept-Language header (RFC 9110 weights; `fr-CA` counts as `fr`).
 * Ties keep header order. Malformed entries are skipped, never an error.
 */
export function pickUiLang(acceptLanguage: string | null | undefined): UiLang {
	if (!acceptLanguage) return DEFAULT_UI_LANG;
	let best: UiLang | null = null;
	let bestQ = 0;
	for (const part of acceptLanguage.slice(0, 1000).split(',')) {
		const [tag = '', ...params] = part.trim().split(';');
		const primary = tag.trim().toLowerCase().split('-')[0];
		let q = 1;
		for (const p of params) {
			if (!/^\s*q\s*=/i.test(p)) continue;
			const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p);
			// A malformed weight makes the whole entry unusable.
			q = m ? Number(m[1]) : NaN;
		}
		if (!(q >= 0 && q <= 1)) continue;
		if (isUiLang(primary) && q > bestQ) {
			best = primary;
			bestQ = q;
		}
	}
	return best ?? DEFAULT_UI_LANG;
}

/** The `ui` URL parameter wins when valid; otherwise Accept-Language decides. */
export function resolveUiLang(uiParam: string | null, acceptLanguage: string | null): UiLang {
	return isUiLang(uiParam) ? uiParam : pickUiLang(acceptLanguage);
}

/** Fills `{name}` placeholders; unknown names are left as they are. */
export function fmt(template: string, vars: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

/** Picks the plural form for n and puts the formatted number in place of `#`. */
export function plural(m: Messages, forms: Messages['results'], n: number): string {
	const rule = new Intl.PluralRules(m.locale).select(n);
	return (forms[rule] ?? forms.other).replace('#', formatNumber(m, n));
}

export function formatNumber(m: Messages, n: number): string {
	return new Intl.NumberFormat(m.locale).format(n);
}

// Dates are calendar days without a zone: format them in UTC so server and browser agree.
export function formatDate(m: Messages, iso: string | null): string {
	if (!iso) return '';
	const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
	if (Number.isNaN(d.getTime())) return iso;
	return new Intl.DateTimeFormat(m.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** `2024-03` → "March 2024" (or "Mar 2024" when short). */
export function formatMonth(m: Messages, yearMonth: string, short = false): string {
	const d = new Date(`${yearMonth}-01T00:00:00Z`);
	if (Number.isNaN(d.getTime())) return yearMonth;
	return new Intl.DateTimeFormat(m.locale, {
		year: 'numeric',
		month: short ? 'short' : 'long',
		timeZone: 'UTC'
	}).format(d);
}
