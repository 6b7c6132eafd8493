import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPresenters } from '../../src/lib/server/search-presenters';
import { validateConfig } from '../../indexer/watch/config';
import { IndexSink } from '../../indexer/watch/index-sink';
import { StateStore } from '../../indexer/watch/state-store';
import { Watcher } from '../../indexer/watch/watcher';
import { CHROMIUM_ARGS } from '../../scripts/chromium';
import { startTestMeili, type TestMeili } from '../integration/support/test-meili';
import { conditionalFeed, rssXml, startTestServer, type TestServer } from '../integration/support/feed-server';
import { startAppServer, type AppServer } from '../support/app-server';
import { CHROMIUM, screenshot, skipBrowser } from './support/harness';
import { seriousViolations } from './support/axe';

/** /sources in a real browser, fed by a real watcher (in this process) polling a local feed server. */
describe.skipIf(skipBrowser)('/sources page', () => {
	let meili: TestMeili;
	let feeds: TestServer;
	let app: AppServer;
	let browser: Browser;
	let dir: string;
	const stop = new AbortController();
	let running: Promise<void> | undefined;

	beforeAll(async () => {
		meili = await startTestMeili();
		feeds = await startTestServer();
		feeds.routes.set(
			'/ok.xml',
			conditionalFeed(() =>
				rssXml('Bon flux', [
					{
						guid: 'urn:e2e:1',
						title: 'Cyberattaque contre un port',
						content:
							'Des pirates informatiques ont paralysé le port de Marseille pendant deux jours, selon la capitainerie.',
						date: '2026-11-20'
					}
				])
			)
		);
		feeds.routes.set('/broken.xml', (_q, res) => res.writeHead(500).end());
		dir = mkdtempSync(join(tmpdir(), 'marsad-e2e-sources-'));
		const config = validateConfig(
			{
				sources: [
					{ name: 'A good feed', url: `${feeds.url}/ok.xml`, every: '1s' },
					{ name: 'Z broken feed', url: `${feeds.url}/broken.xml?key=SECRETKEY`, every: '1s' }
				]
			},
			{ file: 'SOURCES.json', baseDir: dir, checkSearchParams: () => [] }
		);
		const store = new StateStore(join(dir, 'data', 'watch'));
		const p = defaultPresenters();
		const watcher = new Watcher({
			config,
			store,
			sink: await IndexSink.open(meili.writer, async () => [], p),
			post: async () => ({ ok: true }),
			label: (f, id, ui) => p.facetLabel(f, id, ui),
			log: () => {}
		});
		running = watcher.run(stop.signal);
		const deadline = Date.now() + 20_000;
		while (!(watcher.state(config.sources[0]!.key)?.lastSuccess && watcher.state(config.sources[1]!.key)?.failures)) {
			if (Date.now() > deadline) throw new Error('the watcher did not poll both feeds');
			await new Promise((r) => setTimeout(r, 100));
		}
		app = await startAppServer(meili.server.url, await meili.writer.ensureSearchKey(), {
			MARSAD_DATA: join(dir, 'data')
		});
		browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
	});

	afterAll(async () => {
		stop.abort();
		await running;
		await browser?.close();
		await app?.stop();
		await feeds?.close();
		await meili?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('shows each source’s status, the failing one first, in words', async () => {
		const context = await browser.newContext({ locale: 'en-US' });
		const page = await context.newPage();
		await page.goto(`${app.url}/sources`);
		const rows = await page.$$eval('tr.source', (trs) =>
			trs.map((tr) => ({
				health: tr.getAttribute('data-health'),
				name: tr.querySelector('.name')?.textContent?.trim(),
				text: tr.textContent ?? ''
			}))
		);
		expect(rows.map((r) => r.name)).toEqual(['Z broken feed', 'A good feed']);
		expect(rows[0]!.health).toBe('failing');
		expect(rows[0]!.text).toContain('The server answered with an error (HTTP 500).');
		expect(rows[1]!.health).toBe('ok');
		expect(rows[1]!.text).toMatch(/OK/);
		expect(rows[1]!.text).toMatch(/1 new of 1|0 new of 1/);
		expect(await page.content()).not.toContain('SECRETKEY');
		expect(await seriousViolations(page)).toEqual([]);
		await screenshot(page, 'sources-en');
		await context.close();
	});

	it('is laid out right to left in Arabic', async () => {
		const context = await browser.newContext({ locale: 'ar' });
		const page = await context.newPage();
		await page.goto(`${app.url}/sources?ui=ar`);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		expect(await page.$eval('table.sources', (t) => getComputedStyle(t).direction)).toBe('rtl');
		// The first column (the source) is on the right.
		const [first, last] = await page.$$eval('table.sources thead th', (ths) => {
			const boxes = ths.map((th) => th.getBoundingClientRect());
			return [boxes[0]!.left, boxes[boxes.length - 1]!.left];
		});
		expect(first).toBeGreaterThan(last!);
		expect(await page.textContent('h1')).toBe('المصادر المتابَعة');
		expect(await page.textContent('tr.source[data-health="failing"]')).toContain('أجاب الخادم بخطأ (HTTP 500).');
		expect(await seriousViolations(page)).toEqual([]);
		await screenshot(page, 'sources-ar');
		await context.close();
	});
});
