import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedMeili, type EmbeddedMeili } from '../../src/lib/server/embedded-meili';
import { IndexWriter } from '../../indexer/meili/index-writer';
import { indexArticles } from '../../indexer/index-articles';
import { startAppServer, type AppServer } from '../support/app-server';
import { getWithHost } from '../support/get-with-host';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (await check().catch(() => false)) return true;
		await new Promise((r) => setTimeout(r, 200));
	}
	return false;
}

/** The built app against a real Meilisearch: keys stay secret, engine loss is survived. */
describe('the running app', () => {
	let dataDir: string;
	let port: number;
	let meili: EmbeddedMeili;
	let app: AppServer;
	let searchKey: string;

	beforeAll(async () => {
		dataDir = mkdtempSync(join(tmpdir(), 'marsad-app-'));
		port = await freePort();
		meili = await startEmbeddedMeili({ dataDir, port, log: () => {} });
		const writer = new IndexWriter(meili.url, meili.masterKey);
		await indexArticles({ paths: ['seeds'], writer, log: () => {} });
		searchKey = await writer.ensureSearchKey();
		app = await startAppServer(meili.url, searchKey);
	});
	afterAll(async () => {
		await app?.stop();
		await meili?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('serves search results and a healthy /health', async () => {
		expect((await fetch(`${app.url}/health`)).status).toBe(200);
		const res = await fetch(`${app.url}/api/search?q=Europol`);
		expect(res.status).toBe(200);
		const body = (await res.json()) as { hits: { id: string }[] };
		expect(body.hits[0]?.id).toBe('004_2ccc26fd04491093');
	});

	it('never puts either key in the client bundle, a page, or an API answer', async () => {
		const secrets = [meili.masterKey, searchKey];
		for (const file of filesUnder('build')) {
			const text = readFileSync(file, 'latin1');
			for (const secret of secrets) expect(text.includes(secret), file).toBe(false);
		}
		for (const path of [
			'/',
			'/?q=%D8%AF%D8%A7%D8%B9%D8%B4',
			'/article/000_e048bb106292af93',
			'/api/search?q=Europol',
			'/feed.atom?q=Europol',
			'/api/export?format=json',
			'/health',
			'/nope'
		]) {
			const text = await (await fetch(app.url + path)).text();
			for (const secret of secrets) expect(text.includes(secret), path).toBe(false);
		}
	});

	it.each([
		['ar', 'المصادر'],
		['fr', 'Sources'],
		['en', 'Sources']
	])('the header links to /sources (ui=%s)', async (ui, label) => {
		for (const path of [`/?ui=${ui}`, `/sources?ui=${ui}`]) {
			const html = await (await fetch(app.url + path)).text();
			const link = /<a class="sources-link[^"]*" href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(html);
			expect(link?.slice(1), path).toEqual([`/sources?ui=${ui}`, label]);
		}
		const plain = await (await fetch(`${app.url}/`, { headers: { 'accept-language': 'fr' } })).text();
		expect(plain).toMatch(/<a class="sources-link[^"]*" href="\/sources"[^>]*>Sources<\/a>/);
	});

	it('sends security headers: CSP without inline scripts, nosniff, referrer policy, no framing', async () => {
		const res = await fetch(`${app.url}/?q=Europol`);
		const csp = res.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/script-src [^;]*'self'/);
		expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);
		expect(csp).toMatch(/frame-ancestors 'none'/);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBeTruthy();
		expect(res.headers.get('x-powered-by')).toBeNull();
		expect(res.headers.get('server')).toBeNull();
	});

	it('injection payloads neither widen the results nor cause a 500', async () => {
		const baseline = (await (await fetch(`${app.url}/api/search?lang=fr`)).json()) as { total: number };
		const payloads = [
			'" OR id EXISTS',
			"fr' OR '1'='1",
			'\\',
			'fr\nOR lang = ar',
			'fr" OR lang = "ar',
			'x'.repeat(3000),
			'\u202Efr',
			'=',
			')'
		];
		for (const payload of payloads) {
			for (const name of ['lang', 'country', 'actor', 'threat', 'from', 'to', 'sort', 'page', 'ui']) {
				const res = await fetch(`${app.url}/api/search?lang=fr&${name}=${encodeURIComponent(payload)}`);
				expect(res.status, `${name}=${payload.slice(0, 20)}`).toBe(200);
				const body = (await res.json()) as { total: number };
				expect(body.total).toBeLessThanOrEqual(baseline.total);
			}
			const q = await fetch(`${app.url}/api/search?q=${encodeURIComponent(payload)}`);
			expect([200, 400]).toContain(q.status);
		}
		const long = await fetch(`${app.url}/api/search?q=${'a'.repeat(600)}`);
		expect(long.status).toBe(400);
		expect(((await long.json()) as { error: string }).error).toMatch(/too long/);
	});

	it('answers 503 while Meilisearch is down, stays up, and recovers by itself', async () => {
		await meili.stop();
		expect((await fetch(`${app.url}/health`)).status).toBe(503);
		const api = await fetch(`${app.url}/api/search?q=Europol`);
		expect(api.status).toBe(503);
		expect(await api.json()).toMatchObject({ error: expect.stringMatching(/unavailable/i) });
		const page = await fetch(`${app.url}/?q=Europol`);
		expect(page.status).toBe(503);
		expect(await page.text()).toMatch(/unavailable|indisponible|غير متاح/i);
		expect(app.process.exitCode).toBeNull();

		meili = await startEmbeddedMeili({ dataDir, port, log: () => {} });
		expect(await waitFor(async () => (await fetch(`${app.url}/health`)).status === 200, 20_000)).toBe(true);
		expect((await fetch(`${app.url}/api/search?q=Europol`)).status).toBe(200);
	});
});

describe('absolute links never come from the Host header', () => {
	let meili: EmbeddedMeili;
	let app: AppServer;
	let dataDir: string;
	beforeAll(async () => {
		dataDir = mkdtempSync(join(tmpdir(), 'marsad-host-'));
		meili = await startEmbeddedMeili({ dataDir, log: () => {} });
		const writer = new IndexWriter(meili.url, meili.masterKey);
		await indexArticles({ paths: ['seeds'], writer, log: () => {} });
		app = await startAppServer(meili.url, await writer.ensureSearchKey());
	});
	afterAll(async () => {
		await app?.stop();
		await meili?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('/feed.atom with a forged Host links to the app, over http', async () => {
		const body = await getWithHost(`${app.url}/feed.atom?q=Europol`, 'evil.example');
		expect(body).toContain('<entry');
		expect(body).not.toContain('evil.example');
		expect(body).toContain(`href="${app.url}/article/`);
	});

	// `node build` without ORIGIN: adapter-node's url.origin is the forged Host; og:url must not be.
	it.each(['/?q=Europol', '/article/004_2ccc26fd04491093?q=Europol'])(
		'%s with a forged Host: og:url on the app, no evil.example',
		async (path) => {
			expect(process.env.ORIGIN).toBeUndefined();
			const html = await getWithHost(app.url + path, 'evil.example');
			expect(html).toContain('og:url');
			expect(html.includes('evil.example'), 'evil.example in the page').toBe(false);
			expect(html).toMatch(new RegExp(`property="og:url" content="${app.url}/`));
		}
	);
});
