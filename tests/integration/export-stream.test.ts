import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexArticles } from '../../indexer/index-articles';
import type { ExportJson } from '../../src/lib/search/export-format';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { startAppServer, type AppServer } from '../support/app-server';
import { startTestMeili, type TestMeili } from './support/test-meili';
import { syntheticWords } from '../support/synthetic-words';

// Titles and bodies a spreadsheet would run as formulas (CSV injection).
const FORMULAS = ['=HYPERLINK("http://x.example","clic")', '+cmd|calc', '-2+3', '@SUM(A1)', '\tTAB'];
/** The documented cap (EXPORT_MAX_BYTES), written out so the test also runs against older code. */
const EXPORT_MAX_BYTES = 8 * 1024 * 1024;
const ARTICLES = 10;
const NAMES = ['alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett'];
const BODY_CHARS = 1024 * 1024; // 10 × 1 MiB of text: past the 8 MiB cap, under the old 16 Mi chars.

/** GET /api/export streams, page by page, and stops before EXPORT_MAX_BYTES, saying so in the file. */
describe('export of large documents: streamed and capped in bytes', () => {
	let meili: TestMeili;
	let app: AppServer;
	let dir: string;
	const stored = new Map<string, { title: string; body: string }>();

	beforeAll(async () => {
		meili = await startTestMeili();
		dir = mkdtempSync(join(tmpdir(), 'marsad-export-'));
		const records = Array.from({ length: ARTICLES }, (_, i) => ({
			id: `big-${i}`,
			title: `${FORMULAS[i % FORMULAS.length]} ${NAMES[i]}`,
			body: `${FORMULAS[(i + 1) % FORMULAS.length]} ${syntheticWords(i + 1, BODY_CHARS)} fin${i}`,
			date: `2024-01-${String(i + 1).padStart(2, '0')}`,
			lang: 'fr'
		}));
		writeFileSync(join(dir, 'big.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
		await indexArticles({ paths: [dir], writer: meili.writer, log: () => {} });
		// The titles and bodies as stored (the indexer cleans them): what a whole row must carry.
		const res = await fetch(
			`${meili.server.url}/indexes/${ARTICLES_INDEX}/documents?fields=id,title,body&limit=${ARTICLES}`,
			{ headers: { authorization: `Bearer ${meili.server.masterKey}` } }
		);
		const docs = ((await res.json()) as { results: { id: string; title: string; body: string }[] }).results;
		for (const d of docs) stored.set(d.id, d);
		expect(stored.size).toBe(ARTICLES);
		// Formulas survive cleaning at the start of titles and bodies, so the defence is exercised.
		expect([...stored.values()].filter((d) => /^[=+\-@]/.test(d.title)).length).toBeGreaterThan(5);
		expect([...stored.values()].filter((d) => /^[=+\-@]/.test(d.body)).length).toBeGreaterThan(5);
		app = await startAppServer(meili.server.url, await meili.writer.ensureSearchKey());
	});
	afterAll(async () => {
		await app?.stop();
		await meili?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('CSV: cut before 8 MiB with a notice as its last line, rows before it whole, formulas defused', async () => {
		const res = await fetch(`${app.url}/api/export?format=csv&sort=newest`);
		expect(res.status).toBe(200);
		expect(res.headers.get('x-marsad-total')).toBe(String(ARTICLES));
		const bytes = Buffer.from(await res.arrayBuffer());
		expect(bytes.length).toBeLessThanOrEqual(EXPORT_MAX_BYTES);
		const records = parse(bytes.toString('utf8'), { bom: true, relaxColumnCount: false }) as string[][];
		const [header, ...rest] = records;
		expect(header?.[0]).toBe('id');
		const notice = rest.at(-1)!;
		expect(notice[0]).toMatch(/^# Marsad: export cut at 8 MiB: \d+ of 10 results exported/);
		const rows = rest.slice(0, -1);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.length).toBeLessThan(ARTICLES);
		expect(notice[0]).toContain(`${rows.length} of ${ARTICLES}`);
		for (const row of rows) {
			const [id, , , , , title, , , , body] = row;
			expect(body, id).toBe(csvSafe(stored.get(id!)!.body));
			expect(title, id).toBe(csvSafe(stored.get(id!)!.title));
			for (const field of row) expect(field, id).not.toMatch(/^[=+\-@\t\r]/);
		}
		// Newest first: the rows kept are the newest ones, in order.
		expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => `big-${ARTICLES - 1 - i}`));
	});

	it('JSON: valid, cut before 8 MiB, and says so', async () => {
		const res = await fetch(`${app.url}/api/export?format=json`);
		expect(res.status).toBe(200);
		const text = await res.text();
		expect(Buffer.byteLength(text)).toBeLessThanOrEqual(EXPORT_MAX_BYTES);
		const out = JSON.parse(text) as ExportJson;
		expect(out).toMatchObject({ total: ARTICLES, capped: true, cut: 'bytes', maxBytes: EXPORT_MAX_BYTES });
		expect(out.exported).toBe(out.rows.length);
		expect(out.rows.length).toBeGreaterThan(0);
		expect(out.rows.length).toBeLessThan(ARTICLES);
		expect(out.notice).toMatch(/cut at 8 MiB/);
		for (const row of out.rows) expect(row.body).toBe(stored.get(row.id)?.body);
	});

	it('a small export is whole and says nothing of a cut', async () => {
		const res = await fetch(`${app.url}/api/export?format=json&q=charlie`);
		const out = (await res.json()) as ExportJson;
		expect(out).toMatchObject({ total: 1, exported: 1, capped: false, cut: null, notice: null });
		expect(out.rows[0]?.id).toBe('big-2');
	});
});

/** What csvField does to a value's start (the quotes are gone once parsed). */
function csvSafe(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
