import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSearchBackend, SearchUnavailableError } from '$lib/server/meili-search-client';

/** A fake Meilisearch: each path answers as the test says. */
type Behaviour = 'ok' | 'hang' | '500' | 'html' | 'no-index' | 'no-doc' | 'forbidden';
let behaviour: Behaviour = 'ok';
let server: Server;
let base: string;
let requests = 0;

beforeAll(async () => {
	server = createServer((req, res) => {
		requests++;
		const json = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (behaviour === 'hang') return; // never answers
		if (behaviour === '500') return json(500, { message: 'boom', code: 'internal', type: 'internal', link: '' });
		if (behaviour === 'html') {
			res.writeHead(502, { 'content-type': 'text/html' });
			return res.end('<html>Bad gateway</html>');
		}
		if (behaviour === 'forbidden') return json(403, { message: 'no', code: 'invalid_api_key', type: 'auth', link: '' });
		if (req.url === '/health') return json(200, { status: 'available' });
		if (behaviour === 'no-index')
			return json(404, { message: 'x', code: 'index_not_found', type: 'invalid_request', link: '' });
		if (req.url === '/indexes/articles/search') {
			const hits = behaviour === 'no-doc' ? [] : [{ id: 'a', title: 'T' }];
			return json(200, { hits, query: '', processingTimeMs: 0, limit: 1, offset: 0, estimatedTotalHits: hits.length });
		}
		if (req.url === '/multi-search')
			return json(200, { results: [{ indexUid: 'articles', hits: [{ id: 'a' }], processingTimeMs: 1, query: '' }] });
		json(404, { message: 'x', code: 'not_found', type: 'invalid_request', link: '' });
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((r) => server.close(r));
});

const CLOSED = 'http://127.0.0.1:1';
const q = [{ indexUid: 'articles', q: 'x' }];

describe('createSearchBackend', () => {
	it('searches and reads documents', async () => {
		behaviour = 'ok';
		const backend = createSearchBackend({ resolve: () => ({ url: base, apiKey: 'k' }) });
		expect((await backend.multiSearch(q))[0]!.hits).toEqual([{ id: 'a' }]);
		expect(await backend.getDocument('a')).toEqual({ id: 'a', title: 'T' });
		expect(await backend.isHealthy()).toBe(true);
	});

	it('returns null for a missing document', async () => {
		behaviour = 'no-doc';
		const backend = createSearchBackend({ resolve: () => ({ url: base, apiKey: 'k' }) });
		expect(await backend.getDocument('zz')).toBeNull();
		expect(await backend.getDocument('" OR id EXISTS')).toBeNull();
	});

	it.each(['500', 'html', 'no-index', 'forbidden'] as const)('%s → SearchUnavailableError with a cause', async (b) => {
		behaviour = b;
		const backend = createSearchBackend({ resolve: () => ({ url: base, apiKey: 'k' }) });
		const err = await backend.multiSearch(q).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(SearchUnavailableError);
		expect((err as Error).cause).toBeDefined();
	});

	it('times out', async () => {
		behaviour = 'hang';
		const backend = createSearchBackend({ resolve: () => ({ url: base, apiKey: 'k' }), timeoutMs: 100 });
		const started = Date.now();
		const err = await backend.multiSearch(q).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(SearchUnavailableError);
		expect((err as Error).message).toMatch(/timed out after 100 ms/);
		expect(Date.now() - started).toBeLessThan(2000);
		expect(await backend.isHealthy()).toBe(false);
	});

	it('connection refused → SearchUnavailableError; not configured → SearchUnavailableError', async () => {
		const refused = createSearchBackend({ resolve: () => ({ url: CLOSED, apiKey: undefined }) });
		await expect(refused.multiSearch(q)).rejects.toBeInstanceOf(SearchUnavailableError);
		expect(await refused.isHealthy()).toBe(false);
		const none = createSearchBackend({
			resolve: () => {
				throw new Error('no runtime file');
			}
		});
		await expect(none.multiSearch(q)).rejects.toThrow(/not configured/);
	});

	it('re-resolves after a connection failure and retries once where the server moved', async () => {
		behaviour = 'ok';
		const urls = [CLOSED, base];
		let resolved = 0;
		const backend = createSearchBackend({
			resolve: () => ({ url: urls[Math.min(resolved++, urls.length - 1)]!, apiKey: 'k' })
		});
		const before = requests;
		expect((await backend.multiSearch(q))[0]!.hits).toHaveLength(1);
		expect(resolved).toBe(2);
		expect(requests - before).toBe(1);
		// The new connection is kept.
		await backend.multiSearch(q);
		expect(resolved).toBe(2);
	});

	it('resolves lazily, once, while the connection works', async () => {
		behaviour = 'ok';
		let resolved = 0;
		const backend = createSearchBackend({
			resolve: () => {
				resolved++;
				return { url: base, apiKey: 'k' };
			}
		});
		expect(resolved).toBe(0);
		await backend.multiSearch(q);
		await backend.multiSearch(q);
		expect(resolved).toBe(1);
	});
});
