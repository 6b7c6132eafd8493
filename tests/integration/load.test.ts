import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedMeili, type EmbeddedMeili } from '../../src/lib/server/embedded-meili';
import { IndexWriter } from '../../indexer/meili/index-writer';
import { indexArticles } from '../../indexer/index-articles';
import { startAppServer, type AppServer } from '../support/app-server';
import { percentile, runLoad } from '../support/load';

const QUERIES = [
	'داعش',
	'Europol',
	'ransomware',
	'لإيران',
	'الهجمات الإلكترونية',
	'logiciel espion',
	'Snowden',
	'renseignement',
	'هجوم',
	'Daech réseau social'
];
const PATHS = [
	...QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
	'/api/search?threat=terrorism',
	'/api/search?q=attaque&lang=fr&lang=ar',
	`/api/search?q=${encodeURIComponent('هجمات')}&country=RU`
];

/** The short (10 s) form of the load test; the 60 s figures are in docs/benchmarks.md. */
describe('load', () => {
	let dataDir: string;
	let meili: EmbeddedMeili;
	let app: AppServer;

	beforeAll(async () => {
		dataDir = mkdtempSync(join(tmpdir(), 'marsad-load-'));
		meili = await startEmbeddedMeili({ dataDir, log: () => {} });
		const writer = new IndexWriter(meili.url, meili.masterKey);
		await indexArticles({ paths: ['seeds'], writer, log: () => {} });
		app = await startAppServer(meili.url, await writer.ensureSearchKey(), {
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			MARSAD_RATE_LIMIT: '20/60'
		});
	});
	afterAll(async () => {
		await app?.stop();
		await meili?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('10 s at concurrency 32: no errors, no refusals for well-behaved clients, flat memory', async () => {
		// Warm up first (JIT, caches, connection pools): memory is judged in steady state.
		// 10 s: after 5 s V8 was still growing the heap towards its steady size (RSS +21% over the
		// next 10 s once requests got faster, with no leak: the 60 s run levels off).
		await runLoad({ baseUrl: app.url, paths: PATHS, concurrency: 32, seconds: 10, pid: app.process.pid! });
		const result = await runLoad({
			baseUrl: app.url,
			paths: PATHS,
			concurrency: 32,
			seconds: 10,
			pid: app.process.pid!
		});
		const p99 = percentile(result.latenciesMs, 99);
		console.log(
			`load: ${result.requests} requests, p50 ${percentile(result.latenciesMs, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, statuses ${JSON.stringify(result.statuses)}`
		);
		expect(result.errors).toBe(0);
		expect(result.requests).toBeGreaterThan(100);
		// Each virtual user is its own client address: the rate limit must not refuse them.
		expect(Object.keys(result.statuses)).toEqual(['200']);
		const first = result.rss.filter((s) => s.t < 3).map((s) => s.mb);
		const last = result.rss.filter((s) => s.t > 7).map((s) => s.mb);
		const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
		const growth = median(last) / median(first) - 1;
		console.log(`load: RSS ${median(first).toFixed(0)} MB → ${median(last).toFixed(0)} MB`);
		// The 60 s run (docs/benchmarks.md) holds growth to 10% between its first and last 10 s.
		// Over this short window V8's heap sizing alone moved RSS by -2% to +21% in repeated runs,
		// so the bound is 25%: with ~2,000 requests in the window it catches a leak of about
		// 20 KB per request or more, not a small one (the 60 s figure is the finer check).
		expect(growth).toBeLessThanOrEqual(0.25);
	});

	it('an abusive client is slowed down with 429 while another client is served', async () => {
		const burst = await Promise.all(
			Array.from({ length: 300 }, () =>
				fetch(`${app.url}/api/search?q=Europol`, { headers: { 'x-forwarded-for': '203.0.113.9' } }).then(
					(r) => r.status
				)
			)
		);
		expect(burst.filter((s) => s === 429).length).toBeGreaterThan(100);
		expect(burst.filter((s) => s === 200).length).toBeGreaterThan(0);
		const neighbour = await fetch(`${app.url}/api/search?q=Europol`, {
			headers: { 'x-forwarded-for': '198.51.100.7' }
		});
		expect(neighbour.status).toBe(200);
		// Still abusive: a second burst at once is refused too, with a Retry-After.
		const again = await Promise.all(
			Array.from({ length: 100 }, () =>
				fetch(`${app.url}/api/search?q=Europol`, { headers: { 'x-forwarded-for': '203.0.113.9' } })
			)
		);
		const refused = again.find((r) => r.status === 429);
		expect(refused).toBeDefined();
		expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
	});
});
