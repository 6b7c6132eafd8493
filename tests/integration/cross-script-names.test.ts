import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateFromUrl } from '../../src/lib/search/url-state';
import type { SearchResponse } from '../../src/lib/search/types';
import { indexArticles } from '../../indexer/index-articles';
import { startTestMeili, type TestMeili } from './support/test-meili';

/**
 * One name across scripts through the real indexer settings (name-link synonyms) and the app's
 * search service: a French article writing only "Khashoggi" and an Arabic one writing only
 * "خاشقجي" are both found by either spelling, and a prefix-only neighbour (لابراهيم) is not.
 */
describe('names across scripts', () => {
	let meili: TestMeili;
	let dir: string;
	let search: (q: string) => Promise<SearchResponse>;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'marsad-names-'));
		writeFileSync(
			join(dir, 'fr-khashoggi.txt'),
			"Le meurtre du journaliste saoudien\n\nL'enquête sur la mort de Khashoggi à Istanbul se poursuit, selon la presse turque.\n"
		);
		writeFileSync(
			join(dir, 'ar-khashoggi.txt'),
			'مقتل الصحفي السعودي\n\nتتواصل التحقيقات في مقتل خاشقجي في إسطنبول بحسب الصحافة التركية.\n'
		);
		writeFileSync(join(dir, 'ar-clapper.txt'), 'تصريحات مدير الاستخبارات\n\nقال كلابر إن التحقيق مستمر في واشنطن.\n');
		writeFileSync(join(dir, 'ar-ibrahim.txt'), 'زيارة رسمية\n\nقدم الوزير التعازي لابراهيم وعائلته في القاهرة.\n');
		meili = await startTestMeili();
		await indexArticles({ paths: [dir], writer: meili.writer, log: () => {}, lockDir: meili.dataDir });
		process.env.MEILI_URL = meili.server.url;
		process.env.MEILI_SEARCH_KEY = await meili.writer.ensureSearchKey();
		const { searchArticles } = await import('../../src/lib/server/search-service');
		search = (q) => searchArticles(stateFromUrl(new URLSearchParams({ q })), 'en');
	});
	afterAll(async () => {
		await meili?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	const ids = async (q: string) => (await search(q)).hits.map((h) => h.id).sort();

	it.each([['Khashoggi'], ['خاشقجي'], ['khashoggi']])('%s finds the article of each script', async (q) => {
		expect(await ids(q)).toEqual(['ar-khashoggi', 'fr-khashoggi']);
	});

	it.each([['Clapper'], ['كلابر']])('%s finds the one article naming Clapper, not لابراهيم', async (q) => {
		expect(await ids(q)).toEqual(['ar-clapper']);
	});
});
