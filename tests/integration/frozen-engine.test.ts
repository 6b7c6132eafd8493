import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchBackend, SearchUnavailableError } from '../../src/lib/server/meili-search-client';
import { indexArticles } from '../../indexer/index-articles';
import { startTestMeili, type TestMeili } from './support/test-meili';

/**
 * meilisearch-js 0.62 drops its timeout when a signal is passed; /api/search and /feed.atom pass
 * the request's signal. With the engine frozen (SIGSTOP) the calls must still end, as 503s.
 */
describe('a frozen Meilisearch: calls with an abort signal still time out', () => {
	let meili: TestMeili;
	let backend: ReturnType<typeof createSearchBackend>;

	beforeAll(async () => {
		meili = await startTestMeili();
		await indexArticles({ paths: ['seeds'], writer: meili.writer, log: () => {} });
		const apiKey = await meili.writer.ensureSearchKey();
		backend = createSearchBackend({ resolve: () => ({ url: meili.server.url, apiKey }), timeoutMs: 1000 });
		expect((await backend.multiSearch([{ indexUid: 'articles', q: '' }])).length).toBe(1);
		process.kill(meili.server.pid, 'SIGSTOP');
	});
	afterAll(async () => {
		if (meili) process.kill(meili.server.pid, 'SIGCONT');
		await meili?.close();
	});

	it.each<[string, () => Promise<unknown>]>([
		[
			'multi-search (/api/search, /feed.atom)',
			() => backend.multiSearch([{ indexUid: 'articles', q: 'x' }], new AbortController().signal)
		],
		[
			'facet search',
			() => backend.searchForFacetValues({ facetName: 'lang', facetQuery: 'f' }, new AbortController().signal)
		]
	])(
		'%s with a live signal ends as SearchUnavailableError',
		async (_name, call) => {
			await expect(call()).rejects.toBeInstanceOf(SearchUnavailableError);
		},
		8000
	);

	it("the client's abort still cancels the call", async () => {
		const controller = new AbortController();
		const pending = backend.multiSearch([{ indexUid: 'articles', q: 'x' }], controller.signal);
		controller.abort(new Error('client went away'));
		await expect(pending).rejects.toThrow();
	}, 8000);
});
