import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeArabic } from '$lib/analysis/normalize-arabic';

describe('normalizeArabic', () => {
	it.each([
		['harakat removed', 'كَتَبَ', 'كتب'],
		['tanween removed', 'كتاباً', 'كتابا'],
		['shadda and sukun removed', 'محمّدْ', 'محمد'],
		['superscript alef removed', 'هٰذا', 'هذا'],
		['tatweel removed', 'إيـــران', 'ايران'],
		['alef hamza above', 'أمن', 'امن'],
		['alef hamza below', 'إرهاب', 'ارهاب'],
		['alef madda', 'آسيا', 'اسيا'],
		['alef wasla', 'ٱلله', 'الله'],
		['alef maqsura → yeh', 'على', 'علي'],
		['teh marbuta → heh', 'دولة', 'دوله'],
		['waw hamza → waw', 'مؤتمر', 'موتمر'],
		['yeh hamza → yeh', 'رئيس', 'رييس'],
		['farsi yeh → yeh', 'ایران', 'ايران'],
		['keheh → kaf', 'کتاب', 'كتاب'],
		['gaf → kaf', 'گوگل', 'كوكل'],
		['heh with yeh above → heh', 'خانۀ', 'خانه'],
		['veh → feh', 'ڤيروس', 'فيروس'],
		['Arabic-Indic digits', '٢٠١٨', '2018'],
		['Persian digits', '۲۰۱۸', '2018'],
		['LRM/RLM removed', 'اي\u200Fران\u200E', 'ايران'],
		['bidi embedding/isolate removed', '\u202Bايران\u202C\u2067', 'ايران'],
		['Arabic letter mark removed', 'اير\u061Cان', 'ايران'],
		['zero-width chars removed', 'اي\u200Bر\u200Cا\u200Dن\uFEFF', 'ايران'],
		['decomposed hamza (combining) removed', 'ا\u0654من', 'امن'],
		['presentation forms decomposed', '\uFEDF\uFEE0', 'لل'],
		['Latin untouched', 'Iran', 'Iran']
	])('%s', (_name, input, expected) => {
		expect(normalizeArabic(input)).toBe(expected);
	});

	it('is idempotent on random Unicode (surrogates, marks, bidi controls)', () => {
		const special = fc.constantFrom(
			'\u064B',
			'\u0651',
			'\u0670',
			'\u0640',
			'\u200B',
			'\u200F',
			'\u202E',
			'\u2066',
			'\u061C',
			'\uFEFF',
			'\uD800',
			'\uDC00',
			'\u0301',
			'أ',
			'ة',
			'ى',
			'ؤ',
			'ئ',
			'٣',
			'\uFDF2',
			'\uFEFB',
			'e'
		);
		const text = fc.array(fc.oneof(fc.string({ unit: 'binary' }), special), { maxLength: 20 }).map((a) => a.join(''));
		fc.assert(
			fc.property(text, (s) => {
				const once = normalizeArabic(s);
				expect(normalizeArabic(once)).toBe(once);
			}),
			{ numRuns: 2000 }
		);
	});
});
