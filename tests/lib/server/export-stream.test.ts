import { describe, expect, it } from 'vitest';
import { exportStream } from '$lib/server/export-stream';
import type { ExportJson, ExportRow } from '$lib/search/export-format';

const row = (id: string): ExportRow => ({
	id,
	date: null,
	lang: 'fr',
	source: null,
	url: null,
	title: id,
	countries: [],
	actors: [],
	threats: [],
	body: 'b'
});

/** Pages of two rows; counts how many were asked for, and whether the reader ended it. */
function pages(count: number, failAt = -1) {
	const seen = { fetched: 0, returned: false };
	async function* gen() {
		try {
			for (let p = 0; p < count; p++) {
				seen.fetched++;
				if (p === failAt) throw new Error('engine down');
				yield { total: count * 2, rows: [row(`r${p}a`), row(`r${p}b`)] };
			}
		} finally {
			seen.returned = true;
		}
	}
	return { it: gen(), seen };
}

const limits = { maxRows: 1000, maxBytes: 1 << 20 };

describe('exportStream', () => {
	it('reads a page only when the rows before it were taken', async () => {
		const { it: source, seen } = pages(5);
		const { total, body } = await exportStream(source, 'json', 'q', limits);
		expect(total).toBe(10);
		expect(seen.fetched).toBe(1);
		const reader = body.getReader();
		for (let i = 0; i < 4; i++) await reader.read(); // head, r0a, r0b, r1a
		// The stream keeps at most one piece ready ahead of the reader: at most one page ahead.
		expect(seen.fetched).toBeLessThanOrEqual(3);
		await reader.cancel();
		expect(seen.returned).toBe(true);
		expect(seen.fetched).toBeLessThanOrEqual(3);
	});

	it('writes every row and closes the file', async () => {
		const { it: source } = pages(3);
		const { body } = await exportStream(source, 'json', 'q', limits);
		const out = JSON.parse(await new Response(body).text()) as ExportJson;
		expect(out.rows.map((r) => r.id)).toEqual(['r0a', 'r0b', 'r1a', 'r1b', 'r2a', 'r2b']);
		expect(out).toMatchObject({ capped: false, cut: null });
	});

	it('a failure after the first page ends the file with a notice', async () => {
		const { it: source } = pages(3, 1);
		const { body } = await exportStream(source, 'csv', 'q', limits);
		const text = await new Response(body).text();
		expect(text.trimEnd().split('\r\n').at(-1)).toMatch(
			/^"# Marsad: export incomplete \(search engine unavailable\): 2 of 6/
		);
	});

	it('a failure on the first page is thrown before answering (the route makes it a 503)', async () => {
		const { it: source } = pages(3, 0);
		await expect(exportStream(source, 'csv', 'q', limits)).rejects.toThrow('engine down');
	});
});
