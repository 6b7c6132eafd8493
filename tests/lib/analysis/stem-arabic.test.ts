import { describe, expect, it } from 'vitest';
import {
	arabicReadings,
	cliticVariants,
	queryArabicForm,
	stemArabic,
	stripArabicPrefix
} from '$lib/analysis/stem-arabic';
import { normalizeArabic } from '$lib/analysis/normalize-arabic';

const stem = (w: string): string => stemArabic(normalizeArabic(w));

describe('stemArabic — Light10 prefixes (one at most)', () => {
	it.each([
		['ال', 'الكتاب', 'كتاب'],
		['وال', 'والكتاب', 'كتاب'],
		['بال', 'بالكتاب', 'كتاب'],
		['كال', 'كالكتاب', 'كتاب'],
		['فال', 'فالكتاب', 'كتاب'],
		['لل', 'للكتاب', 'كتاب'],
		['و', 'وكتاب', 'كتاب'],
		['only one prefix', 'والالكتاب', 'الكتاب']
	])('%s: %s → %s', (_p, word, expected) => {
		expect(stem(word)).toBe(expected);
	});

	it.each([
		['ال needs 2 letters left', 'الم', 'الم'],
		['لل needs 2 letters left (then ه is a suffix)', 'لله', 'لل'],
		['و needs a word of 4 letters', 'ورد', 'ورد'],
		['وال needs 2 letters left', 'والد', 'الد']
	])('%s: %s → %s', (_p, word, expected) => {
		expect(stem(word)).toBe(expected);
	});
});

describe('stemArabic — Light10 suffixes (each once, in order)', () => {
	it.each([
		['ها', 'كتابها', 'كتاب'],
		['ان (long stem)', 'مسلمتان', 'مسلمت'],
		['ات', 'هجمات', 'هجم'],
		['ون (long stem)', 'مسلمون', 'مسلم'],
		['ين (long stem)', 'مسلمين', 'مسلم'],
		['يه', 'دوليه', 'دول'],
		['ية (before normalization)', 'دولية', 'دول'],
		['ه', 'كتابه', 'كتاب'],
		['ة via ه after normalization', 'هجمة', 'هجم'],
		['ي', 'دولي', 'دول'],
		['chain ين then ي', 'الفلسطينيين', 'فلسطين'],
		['chain ها then ات', 'قواتها', 'قو']
	])('%s: %s → %s', (_s, word, expected) => {
		expect(stem(word)).toBe(expected);
	});

	it.each([
		['short words stay', 'من'],
		['3-letter word with ه', 'له'],
		['ايران keeps ان (deviation: ان/ون/ين need 4 letters left)', 'ايران'],
		['لبنان is not لبن (milk)', 'لبنان'],
		['السودان is not سود (black)', 'سودان'],
		['البحرين is not بحر (sea)', 'بحرين'],
		['قانون keeps ون', 'قانون'],
		['الصين', 'صين'],
		['names without suffixes', 'سنودن'],
		['داعش', 'داعش']
	])('%s', (_name, expected) => {
		const word = _name.split(' ')[0] ?? '';
		const input = /[\u0600-\u06FF]/.test(word) ? word : expected;
		expect(stem(input)).toBe(expected);
	});

	it('ايراني and ايران meet (nisba) thanks to the long-stem rule', () => {
		expect(stem('إيراني')).toBe(stem('إيران'));
		expect(stem('الإيرانية')).toBe(stem('إيران'));
	});
});

describe('clitics', () => {
	it.each([
		['لايران', 'ايران'],
		['بادلب', 'ادلب'],
		['لمناقشه', 'مناقش'],
		['ولايران', 'ايران'],
		['فايران', 'ايران'],
		['كرييس', 'رييس'],
		['وللعراق', 'عراق'],
		['بغزه', 'غز']
	])('cliticVariants(%s) contains %s and the query uses it', (word, expected) => {
		expect(cliticVariants(word)).toContain(expected);
		expect(stemArabic(queryArabicForm(word))).toBe(expected);
	});

	it.each([
		['ل/ب need 3 letters left', 'بلد'],
		['ك needs 4 letters left', 'كتاب'],
		['ف needs 4 letters left', 'فريق'],
		['never onto a stop word', 'بلديه'],
		['no clitic', 'ايران'],
		['article handled by Light10 alone', 'بالعراق']
	])('no extra stem: %s (%s)', (_name, word) => {
		expect(cliticVariants(word)).toEqual([]);
	});

	it('readings start with the Light10 reading and contain the query form', () => {
		for (const w of ['الفلسطينيين', 'لبنان', 'بريطانيا', 'وللعراق', 'الهجمات']) {
			const readings = arabicReadings(w);
			expect(readings[0]).toBe(stripArabicPrefix(normalizeArabic(w)));
			expect(readings).toContain(queryArabicForm(w));
		}
	});

	it('a query word is found after an article or clitic (closure)', () => {
		const q = stemArabic(queryArabicForm('فلسطين'));
		for (const doc of ['الفلسطينيين', 'فلسطيني', 'لفلسطين', 'وفلسطين']) {
			const terms = [stemArabic(doc), ...cliticVariants(doc)];
			expect(terms).toContain(q);
		}
	});
});

describe('ل before a hamza-initial word, and imperfect-verb prefixes (issue 14)', () => {
	it.each([
		['لالمانيا', 'المانيا'],
		['لاوروبا', 'اوروبا'],
		['بالمانيا', 'المانيا']
	])('the query reads %s like %s', (withClitic, bare) => {
		const stem = stemArabic(queryArabicForm(withClitic));
		expect(stem).toBe(stemArabic(queryArabicForm(bare)));
		expect(stemArabic(bare)).toBe(stem);
	});

	it('a لا with no article behind it is read as before', () => {
		expect(queryArabicForm('لاجيين')).toBe('اجيين');
	});

	it.each([
		['تقطع', 'قطع'],
		['يقطع', 'قطع'],
		['وتقطع', 'قطع'],
		['ستقطع', 'ستقطع']
	])('the index reads %s also as %s', (verb, bare) => {
		expect(arabicReadings(verb)).toContain(bare);
	});

	it.each(['يمن', 'تلك', 'ايران'])('no verb reading when the stem would be under 3 letters: %s', (word) => {
		expect(arabicReadings(word).every((r) => r.length >= 3 || r === word)).toBe(true);
		expect(arabicReadings(word)).toEqual([stripArabicPrefix(word)]);
	});
});
