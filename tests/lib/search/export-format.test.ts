import { describe, expect, it } from 'vitest';
import { csvField, ExportEncoder, isExportFormat, toCsv } from '$lib/search/export-format';
import type { ExportFormat, ExportJson, ExportRow } from '$lib/search/export-format';

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

/** The whole file an encoder writes for `rows` (stopping at the first row that does not fit). */
function encode(format: ExportFormat, rows: ExportRow[], total: number, maxRows: number, maxBytes: number): string {
	const e = new ExportEncoder(format, 'q', total, { maxRows, maxBytes });
	const parts = [e.head()];
	for (const r of rows) {
		const bytes = e.row(r);
		if (!bytes) break;
		parts.push(bytes);
	}
	parts.push(e.tail());
	return Buffer.concat(parts).toString('utf8');
}

describe('ExportEncoder', () => {
	const big = (id: string, chars: number): ExportRow => ({ ...row, id, body: 'ب'.repeat(chars) });

	it('writes the same CSV as toCsv when nothing is cut', () => {
		expect(encode('csv', [row, row], 2, 10, 1 << 20)).toBe(toCsv([row, row]));
	});

	it('writes JSON that parses, uncut', () => {
		const out = JSON.parse(encode('json', [row], 1, 10, 1 << 20)) as ExportJson;
		expect(out).toMatchObject({ query: 'q', total: 1, exported: 1, capped: false, cut: null, notice: null });
		expect(out.rows).toEqual([row]);
	});

	it.each<ExportFormat>(['csv', 'json'])('%s: cuts at the byte cap, whole rows only, and says so', (format) => {
		// Arabic letters are 2 bytes in UTF-8: 10 rows of 20,000 bytes, a 100,000-byte cap.
		const rows = Array.from({ length: 10 }, (_, i) => big(`r${i}`, 10_000));
		const text = encode(format, rows, 10, 1000, 100_000);
		expect(Buffer.byteLength(text)).toBeLessThanOrEqual(100_000);
		if (format === 'json') {
			const out = JSON.parse(text) as ExportJson;
			expect(out).toMatchObject({ total: 10, exported: 4, capped: true, cut: 'bytes', maxBytes: 100_000 });
			expect(out.rows.every((r) => r.body.length === 10_000)).toBe(true);
			expect(out.notice).toMatch(/cut at 0\.1 MiB: 4 of 10 results/);
		} else {
			const lines = text.split('\r\n').filter(Boolean);
			expect(lines).toHaveLength(1 + 4 + 1);
			expect(lines.at(-1)).toMatch(/^"# Marsad: export cut at 0\.1 MiB: 4 of 10 results exported/);
		}
	});

	it('says when the row cap cut the export', () => {
		const out = JSON.parse(encode('json', [row, row, row], 1500, 2, 1 << 20)) as ExportJson;
		expect(out).toMatchObject({ total: 1500, exported: 2, capped: true, cut: 'rows', maxRows: 2 });
		expect(encode('csv', [row, row, row], 1500, 2, 1 << 20)).toMatch(/"# Marsad: export cut at 2 rows: 2 of 1500/);
	});

	it('says when the export stopped on an error', () => {
		const e = new ExportEncoder('json', 'q', 5);
		e.head();
		const out = JSON.parse(
			Buffer.concat([new ExportEncoder('json', 'q', 5).head(), e.tail('search engine unavailable')]).toString()
		) as ExportJson;
		expect(out).toMatchObject({ cut: 'error', capped: true, notice: expect.stringMatching(/incomplete/) });
	});

	it('accepts only csv and json', () => {
		expect(['csv', 'json', 'xml', null].map(isExportFormat)).toEqual([true, true, false, false]);
	});
});
