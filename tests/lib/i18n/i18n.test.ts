import { describe, expect, it } from 'vitest';
import { dirOf, fmt, formatDate, formatMonth, pickUiLang, plural, resolveUiLang } from '$lib/i18n';
import { MESSAGES } from '$lib/i18n/all';
import { UI_LANGS } from '$lib/search/types';

const messages = (lang: keyof typeof MESSAGES) => MESSAGES[lang];

describe('pickUiLang', () => {
	it('defaults to English without a usable header', () => {
		expect(pickUiLang(null)).toBe('en');
		expect(pickUiLang('')).toBe('en');
		expect(pickUiLang('de-DE,de;q=0.9')).toBe('en');
		expect(pickUiLang(';;;,,q=')).toBe('en');
	});

	it('matches primary subtags', () => {
		expect(pickUiLang('ar-MA')).toBe('ar');
		expect(pickUiLang('fr-CA,en;q=0.5')).toBe('fr');
		expect(pickUiLang('EN-gb')).toBe('en');
	});

	it('honours weights, and header order on ties', () => {
		expect(pickUiLang('en;q=0.4, ar;q=0.9, fr;q=0.8')).toBe('ar');
		expect(pickUiLang('de, fr;q=0.7, ar;q=0.7')).toBe('fr');
		expect(pickUiLang('ar;q=0, fr;q=0.1')).toBe('fr');
	});

	it('skips entries with invalid weights', () => {
		expect(pickUiLang('ar;q=2, fr;q=0.3')).toBe('fr');
		expect(pickUiLang('ar;q=abc, fr;q=0.3')).toBe('fr');
		expect(pickUiLang('ar;level=1, fr;q=0.3')).toBe('ar');
	});
});

describe('resolveUiLang', () => {
	it('prefers a valid ui parameter over Accept-Language', () => {
		expect(resolveUiLang('fr', 'ar')).toBe('fr');
		expect(resolveUiLang('xx', 'ar')).toBe('ar');
		expect(resolveUiLang(null, 'fr-FR')).toBe('fr');
	});
});

describe('direction', () => {
	it('is rtl for Arabic only', () => {
		expect(dirOf('ar')).toBe('rtl');
		expect(dirOf('fr')).toBe('ltr');
		expect(dirOf('en')).toBe('ltr');
	});
});

describe('messages', () => {
	it('has the same keys in every language', () => {
		const keys = (lang: keyof typeof MESSAGES) => Object.keys(MESSAGES[lang]).sort();
		for (const lang of UI_LANGS) expect(keys(lang)).toEqual(keys('en'));
	});

	it('is plain data, so it can travel with the page data', () => {
		for (const lang of UI_LANGS) expect(JSON.parse(JSON.stringify(messages(lang)))).toEqual(messages(lang));
	});

	it('uses the same placeholders in every language', () => {
		const names = (s: unknown) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [key, value] of Object.entries(messages('en'))) {
			if (typeof value !== 'string') continue;
			for (const lang of UI_LANGS) {
				expect(names((messages(lang) as unknown as Record<string, unknown>)[key]), `${lang}.${key}`).toEqual(
					names(value)
				);
			}
		}
	});

	it('fills placeholders', () => {
		expect(fmt('{n} more', { n: '3' })).toBe('3 more');
		expect(fmt('{a} {b}', { a: 1 })).toBe('1 {b}');
	});

	it('names every actor group in every language', () => {
		for (const lang of UI_LANGS) {
			for (const g of ['group', 'agency', 'company', 'international-org', 'person', 'other']) {
				expect(messages(lang).actorGroups[g], `${lang}:${g}`).toBeTruthy();
			}
		}
	});

	it('pluralises results, with Arabic dual and zero forms', () => {
		expect(plural(messages('en'), messages('en').results, 1)).toBe('1 result');
		expect(plural(messages('en'), messages('en').results, 1234)).toBe('1,234 results');
		expect(plural(messages('fr'), messages('fr').results, 0)).toBe('0 résultat');
		const ar = messages('ar');
		expect(plural(ar, ar.results, 0)).toBe('لا نتائج');
		expect(plural(ar, ar.results, 2)).toBe('نتيجتان');
		expect(plural(ar, ar.results, 5)).toBe('5 نتائج');
		expect(plural(ar, ar.results, 11)).toBe('11 نتيجة');
	});

	it('formats calendar dates in UTC with Latin digits in Arabic', () => {
		expect(formatDate(messages('en'), '2024-03-01')).toContain('2024');
		expect(formatDate(messages('ar'), '2024-03-01')).toMatch(/2024/);
		expect(formatDate(messages('en'), null)).toBe('');
		expect(formatMonth(messages('fr'), '2024-03')).toBe('mars 2024');
	});
});
