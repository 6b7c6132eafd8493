import { describe, expect, it } from 'vitest';
import {
	capExportRows,
	csvField,
	EXPORT_MAX_CHARS,
	isExportFormat,
	toCsv,
	toExportJson
} from '$lib/search/export-format';
import type { ExportRow } from '$lib/search/export-format';

const row: ExportRow = {
	id: 'a',
	date: '2024-01-02',
	lang: 'ar',
	source: null,
	url: 'https://x/?a=1,b',
	title: 'قال "نعم"',
	countries: ['Syria', 'Iraq'],
	actors: [],
	threats: ['Terrorism'],
	body: 'line 1\nline 2'
};

describe('csvField', () => {
	it.each([
		['plain', '"plain"'],
		['a "b" c', '"a ""b"" c"'],
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['+1', `"'+1"`],
		['-2', `"'-2"`],
		['@SUM', `"'@SUM"`],
		['a,b\nc', '"a,b\nc"']
	])('%j → %s', (v, out) => {
		expect(csvField(v)).toBe(out);
	});
});

describe('toCsv', () => {
	it('writes a BOM, a header and CRLF rows, lists joined with "; "', () => {
		expect(toCsv([row])).toBe(
			'\ufeffid,date,lang,source,url,title,countries,actors,threats,body\r\n' +
				'"a","2024-01-02","ar","","https://x/?a=1,b","قال ""نعم""","Syria; Iraq","","Terrorism","line 1\nline 2"\r\n'
		);
	});
});

describe('toExportJson', () => {
	it('says when the export was capped', () => {
		expect(toExportJson('q', 1500, [row], 1000)).toMatchObject({
			total: 1500,
			exported: 1,
			capped: true,
			maxRows: 1000
		});
		expect(toExportJson('q', 1, [row])).toMatchObject({ capped: false });
	});

	it('accepts only csv and json', () => {
		expect(['csv', 'json', 'xml', null].map(isExportFormat)).toEqual([true, true, false, false]);
	});
});

describe('export byte cap', () => {
	const row = (id: string, chars: number) => ({
		id,
		date: null,
		lang: 'fr',
		source: null,
		url: null,
		title: 't',
		countries: [],
		actors: [],
		threats: [],
		body: 'x'.repeat(chars)
	});

	it('keeps the leading rows whose text fits, and says it is capped', () => {
		const rows = Array.from({ length: 60 }, (_, i) => row(`r${i}`, 2 * 1024 * 1024 - 10));
		const kept = capExportRows(rows);
		expect(kept.length).toBe(8);
		expect(kept.reduce((n, r) => n + r.body.length + r.title.length, 0)).toBeLessThanOrEqual(EXPORT_MAX_CHARS);
		expect(toExportJson('q', 60, kept)).toMatchObject({ capped: true, exported: 8, maxChars: EXPORT_MAX_CHARS });
	});

	it('never empties an export with one huge row, and leaves small exports whole', () => {
		expect(capExportRows([row('big', EXPORT_MAX_CHARS * 2)])).toHaveLength(1);
		expect(capExportRows([row('a', 10), row('b', 10)])).toHaveLength(2);
	});
});
