import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { stateFromUrl } from '../../src/lib/search/url-state';
import type { SearchResponse } from '../../src/lib/search/types';
import { indexArticles } from '../../indexer/index-articles';
import { startTestMeili, type TestMeili } from './support/test-meili';

/**
 * The seeds indexed through the real pipeline into a real Meilisearch, searched through the
 * app's own search service with the search-only key.
 */
describe('search over the seeds', () => {
	let meili: TestMeili;
	let search: (query: Record<string, string | string[]>) => Promise<SearchResponse>;

	beforeAll(async () => {
		meili = await startTestMeili();
		await indexArticles({ paths: ['seeds'], writer: meili.writer, log: () => {} });
		process.env.MEILI_URL = meili.server.url;
		process.env.MEILI_SEARCH_KEY = await meili.writer.ensureSearchKey();
		const { searchArticles } = await import('../../src/lib/server/search-service');
		search = (query) => {
			const params = new URLSearchParams();
			for (const [k, v] of Object.entries(query)) for (const x of [v].flat()) params.append(k, x);
			return searchArticles(stateFromUrl(params), 'en');
		};
	});
	afterAll(async () => {
		await meili?.close();
	});

	const ids = (r: SearchResponse) => r.hits.map((h) => h.id);

	it.each([
		['داعش', '000_e048bb106292af93'],
		['Europol', '004_2ccc26fd04491093'],
		['وايران', '001_748f54b246bb119a'],
		['لإيران', '001_748f54b246bb119a'],
		['ايران', '001_748f54b246bb119a']
	])('%s ranks %s first', async (q, first) => {
		const result = await search({ q });
		expect(ids(result)[0]).toBe(first);
	});

	it.each([
		['المانيا', ['000_e048bb106292af93']],
		['ألبانيا', ['001_748f54b246bb119a']]
	])('%s returns only the article that names it', async (q, expected) => {
		expect(ids(await search({ q })).sort()).toEqual(expected);
	});

	it('هجمة finds the attack articles (هجمات, هجوم)', async () => {
		const found = ids(await search({ q: 'هجمة' }));
		expect(found).toContain('001_748f54b246bb119a');
		expect(found).toContain('002_948906207ce2df42');
	});

	it('never marks a bare ال fragment in titles or snippets', async () => {
		for (const q of ['المانيا', 'ألبانيا', 'الهجمات الإلكترونية', 'داعش']) {
			for (const hit of (await search({ q })).hits) {
				for (const html of [hit.snippet, hit.titleHtml]) {
					expect(html).not.toMatch(/<mark>\s*[اأإآ]ل\s*<\/mark>/);
					// A mark always covers a whole word: no letter glued to either side.
					expect(html).not.toMatch(/[\p{L}]<mark>|<\/mark>[\p{L}]/u);
				}
			}
		}
	});

	it('marks clitic forms of the query word in the snippet', async () => {
		const hit = (await search({ q: 'إيران' })).hits.find((h) => h.id === '001_748f54b246bb119a');
		expect(hit?.snippet).toMatch(/<mark>[^<]*إيران<\/mark>/);
	});

	it('counts languages as a facet and filters on it', async () => {
		const all = await search({});
		expect(all.total).toBe(5);
		expect(all.facets.lang).toEqual({ ar: 4, fr: 1 });
		const fr = await search({ lang: 'fr' });
		expect(ids(fr)).toEqual(['004_2ccc26fd04491093']);
		// Disjunctive: the language facet still counts the other language while fr is selected.
		expect(fr.facets.lang).toEqual({ ar: 4, fr: 1 });
	});

	it('re-indexing the same files is idempotent, and a rebuild swaps in the same set', async () => {
		await indexArticles({ paths: ['seeds'], writer: meili.writer, log: () => {} });
		expect(await meili.writer.documentCount(ARTICLES_INDEX)).toBe(5);
		await indexArticles({ paths: ['seeds'], writer: meili.writer, rebuild: true, log: () => {} });
		expect(await meili.writer.documentCount(ARTICLES_INDEX)).toBe(5);
		const { results } = await meili.writer.client.getIndexes({ limit: 100 });
		expect(results.map((i) => i.uid)).toEqual([ARTICLES_INDEX]);
	});
	it.each([
		['لألمانيا', '000_e048bb106292af93'],
		['قطع العلاقات الدبلوماسية', '001_748f54b246bb119a']
	])('%s finds %s', async (q, id) => {
		expect(ids(await search({ q }))).toContain(id);
	});

	it('Pegasus OR Europol is the union of the two searches, counted exactly', async () => {
		const [a, b, both] = await Promise.all([
			search({ q: 'Pegasus ' }),
			search({ q: 'Europol ' }),
			search({ q: 'Pegasus OR Europol' })
		]);
		const union = new Set([...ids(a), ...ids(b)]);
		expect(union.size).toBeGreaterThan(ids(a).length);
		expect(new Set(ids(both))).toEqual(union);
		expect(both.total).toBe(union.size);
	});
});
