import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { indexArticles } from '../../indexer/index-articles';
import type { RetrievedDocument } from '../../src/lib/search/request';
import type { RelatedArticle } from '../../src/lib/server/search-service';
import { startTestMeili, type TestMeili } from './support/test-meili';

/**
 * "More like this" over a real Meilisearch: the seeds, the first French and Arabic security
 * articles of the shared corpus, and a copy of one of them under another id and source (the
 * indexer links it into the same story). Suggestions never include the article or its copy.
 */
const CORPUS = '/work/shared/corpus';
const PER_LANGUAGE = 60;

interface CorpusRecord {
	id: string;
	lang: string;
	title: string;
	body: string;
	date: string | null;
	source: string;
	url: string | null;
}

function firstRecords(file: string, n: number): CorpusRecord[] {
	const lines = gunzipSync(readFileSync(join(CORPUS, file)))
		.toString('utf8')
		.split('\n');
	return lines
		.filter((l) => l.trim())
		.slice(0, n)
		.map((l) => JSON.parse(l) as CorpusRecord);
}

describe('more like this over seeds and corpus articles', () => {
	let meili: TestMeili;
	let dir: string;
	let records: CorpusRecord[];
	let getDocument: (id: string) => Promise<RetrievedDocument | null>;
	let moreLikeThis: (doc: RetrievedDocument, n: number) => Promise<RelatedArticle[]>;
	const COPY = 'copy-of-first';

	beforeAll(async () => {
		records = [
			...firstRecords('security-fr.jsonl.gz', PER_LANGUAGE),
			...firstRecords('security-ar.jsonl.gz', PER_LANGUAGE)
		];
		const original = records[0]!;
		dir = mkdtempSync(join(tmpdir(), 'marsad-mlt-'));
		const copy = { ...original, id: COPY, source: 'Another site', url: null };
		writeFileSync(join(dir, 'corpus.jsonl'), [...records, copy].map((r) => JSON.stringify(r)).join('\n') + '\n');
		meili = await startTestMeili();
		await indexArticles({ paths: ['seeds', join(dir, 'corpus.jsonl')], writer: meili.writer, log: () => {} });
		process.env.MEILI_URL = meili.server.url;
		process.env.MEILI_SEARCH_KEY = await meili.writer.ensureSearchKey();
		const service = await import('../../src/lib/server/search-service');
		getDocument = service.getDocument;
		moreLikeThis = (doc, n) => service.moreLikeThis(doc, n, 'fr');
	});
	afterAll(async () => {
		await meili?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('the copy is indexed as the same story (else the next test proves nothing)', async () => {
		const [a, b] = await Promise.all([getDocument(records[0]!.id), getDocument(COPY)]);
		expect(a?.story_id).toBeTruthy();
		expect(b?.story_id).toBe(a?.story_id);
	});

	it('suggests five articles, never the article itself nor a copy of its story', async () => {
		for (const id of [records[0]!.id, COPY]) {
			const doc = (await getDocument(id))!;
			const related = await moreLikeThis(doc, 5);
			expect(related).toHaveLength(5);
			const ids = related.map((r) => r.hit.id);
			expect(ids).not.toContain(records[0]!.id);
			expect(ids).not.toContain(COPY);
			expect(new Set(ids).size).toBe(ids.length);
		}
	});

	it("the first suggestion shares some of the article's analysed terms", async () => {
		const { articleTerms } = await import('../../src/lib/search/more-like-this');
		for (const r of records.slice(1, 6)) {
			const doc = (await getDocument(r.id))!;
			const related = await moreLikeThis(doc, 5);
			expect(related.length).toBeGreaterThan(0);
			const mine = new Set(articleTerms(doc).map((t) => t.token));
			const firstDoc = (await getDocument(related[0]!.hit.id))!;
			expect(articleTerms(firstDoc).some((t) => mine.has(t.token))).toBe(true);
		}
	});

	it('an Arabic article gets Arabic or entity-linked suggestions, never itself', async () => {
		const ar = records.find((r) => r.lang === 'ar')!;
		const doc = (await getDocument(ar.id))!;
		const related = await moreLikeThis(doc, 5);
		expect(related.length).toBeGreaterThan(0);
		expect(related.map((r) => r.hit.id)).not.toContain(ar.id);
	});
});
