import { describe, expect, it } from 'vitest';
import { parseDate, resolveDate } from '../../../src/lib/facets/parse-date';

const months: Array<[string, string]> = [
	['يناير', '01'],
	['كانون الثاني', '01'],
	['جانفي', '01'],
	['فبراير', '02'],
	['شباط', '02'],
	['فيفري', '02'],
	['مارس', '03'],
	['آذار', '03'],
	['أبريل', '04'],
	['نيسان', '04'],
	['أفريل', '04'],
	['مايو', '05'],
	['أيار', '05'],
	['ماي', '05'],
	['يونيو', '06'],
	['حزيران', '06'],
	['جوان', '06'],
	['يوليو', '07'],
	['تموز', '07'],
	['جويلية', '07'],
	['يوليوز', '07'],
	['أغسطس', '08'],
	['آب', '08'],
	['أوت', '08'],
	['غشت', '08'],
	['سبتمبر', '09'],
	['أيلول', '09'],
	['شتنبر', '09'],
	['أكتوبر', '10'],
	['تشرين الأول', '10'],
	['نوفمبر', '11'],
	['تشرين الثاني', '11'],
	['نونبر', '11'],
	['ديسمبر', '12'],
	['كانون الأول', '12'],
	['دجنبر', '12'],
	['janvier', '01'],
	['février', '02'],
	['août', '08'],
	['décembre', '12']
];

describe('parseDate', () => {
	it.each(months)('reads the month %s', (name, mm) => {
		expect(parseDate(`الأحد 7 ${name} 2018\nنص الخبر`)).toBe(`2018-${mm}-07`);
	});
	it.each([
		['٩ يوليو ٢٠٢١', '2021-07-09'],
		['1er mars 2020', '2020-03-01'],
		['9 juillet 2021', '2021-07-09'],
		['2020-05-01', '2020-05-01'],
		['12/03/2019', '2019-03-12'],
		['March 3, 2021', '2021-03-03']
	])('reads %s', (text, iso) => expect(parseDate(text)).toBe(iso));
	it('takes a masthead date when nothing else dates the article', () => {
		expect(parseDate('الإثنين 29 أبريل 2024\nرئيس التحرير\nنص')).toBe('2024-04-29');
	});
	it('prefers the dated byline that follows a masthead date', () => {
		expect(parseDate('الإثنين 29 أبريل 2024\nنشر في 7 سبتمبر 2022\nنص')).toBe('2022-09-07');
	});
	it('ignores dates in the prose and needs a year', () => {
		expect(parseDate('عنوان\nسطر\nسطر\nسطر\nسطر\nوقع الهجوم في 15 يوليو 2019')).toBeNull();
		expect(parseDate('طلب بايدن يوم الجمعة 9 يوليوز من بوتين')).toBeNull();
		expect(parseDate('يوم الجمعة 9 يوليوز\nنشر في 10/07/2021')).toBe('2021-07-10');
	});
	it('rejects impossible dates', () => expect(parseDate('31/02/2020')).toBeNull());
});

describe('resolveDate', () => {
	it('prefers valid metadata', () => {
		expect(resolveDate('2020-01-01', '2019-05-06T10:00:00Z')).toBe('2019-05-06');
		expect(resolveDate('2020-01-01', null)).toBe('2020-01-01');
		expect(resolveDate(null, 'Tue, 06 Mar 2018 10:00:00 GMT')).toBe('2018-03-06');
	});
});
