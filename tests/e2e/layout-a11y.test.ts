import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { newContext, resultIds, screenshot, skipBrowser, startE2e, waitHydrated, type E2e } from './support/harness';

const DAESH = 'داعش';
describe.skipIf(skipBrowser)('layout and accessibility', () => {
	let e2e: E2e;
	let context: BrowserContext;

	beforeAll(async () => {
		e2e = await startE2e();
		context = await newContext(e2e);
	});
	afterAll(async () => {
		await context?.close();
		await e2e?.close();
	});

	async function open(path: string): Promise<Page> {
		const page = await context.newPage();
		await page.goto(e2e.url + path);
		return page;
	}

	/** Left edges of the filter sidebar and the results column. */
	async function columns(page: Page): Promise<{ sidebar: number; results: number }> {
		const sidebar = await page.locator('aside.sidebar').boundingBox();
		const results = await page.locator('section.results').boundingBox();
		expect(sidebar && results).toBeTruthy();
		return { sidebar: sidebar!.x, results: results!.x };
	}

	it('mirrors the Arabic UI: rtl html, filters on the right, Arabic snippets right-to-left', async () => {
		const en = await open(`/?q=${encodeURIComponent(DAESH)}`);
		await waitHydrated(en);
		expect(await en.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
			'ltr',
			'en'
		]);
		const enCols = await columns(en);
		expect(enCols.sidebar).toBeLessThan(enCols.results);
		// An Arabic snippet reads right-to-left even in the English UI (dir="auto" on the text).
		const arabicInEn = await en.$$eval('ol.hits p.snippet[lang="ar"]', (els) =>
			els.map((el) => getComputedStyle(el).direction)
		);
		expect(arabicInEn.length).toBeGreaterThanOrEqual(1);
		expect(new Set(arabicInEn)).toEqual(new Set(['rtl']));
		const frenchInEn = await en.$$eval('ol.hits p.snippet[lang="fr"]', (els) =>
			els.map((el) => getComputedStyle(el).direction)
		);
		expect(frenchInEn.every((d) => d === 'ltr')).toBe(true);
		await en.close();

		const ar = await open(`/?ui=ar&q=${encodeURIComponent(DAESH)}`);
		await waitHydrated(ar);
		expect(await ar.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
			'rtl',
			'ar'
		]);
		const arCols = await columns(ar);
		expect(arCols.sidebar).toBeGreaterThan(arCols.results);
		const sidebarBox = (await ar.locator('aside.sidebar').boundingBox())!;
		const viewport = ar.viewportSize()!;
		expect(sidebarBox.x + sidebarBox.width).toBeGreaterThan(viewport.width / 2);

		const arabic = await ar.$$eval('ol.hits p.snippet[lang="ar"], ol.hits h3[lang="ar"]', (els) =>
			els.map((el) => ({ dir: el.getAttribute('dir'), direction: getComputedStyle(el).direction }))
		);
		expect(arabic.length).toBeGreaterThanOrEqual(2);
		for (const a of arabic) {
			expect(['rtl', 'auto']).toContain(a.dir);
			expect(a.direction).toBe('rtl');
		}
		// A French article keeps reading left-to-right inside the Arabic UI.
		const french = await ar.$$eval('ol.hits p.snippet[lang="fr"]', (els) =>
			els.map((el) => getComputedStyle(el).direction)
		);
		expect(french.every((d) => d === 'ltr')).toBe(true);
		expect(await resultIds(ar)).toEqual(await resultIds(await open(`/?q=${encodeURIComponent(DAESH)}`)));
		await screenshot(ar, 'arabic-ui');
		await ar.close();
	});

	it('has no serious or critical axe-core violation on the search page (English)', async () => {
		const page = await open(`/?q=${encodeURIComponent(DAESH)}`);
		await waitHydrated(page);
		expect(await seriousViolations(page)).toEqual([]);
		await page.close();
	});

	it('has no serious or critical axe-core violation on the search page (Arabic)', async () => {
		const page = await open(`/?ui=ar&q=${encodeURIComponent(DAESH)}`);
		await waitHydrated(page);
		expect(await seriousViolations(page)).toEqual([]);
		await page.close();
	});

	it('has no serious or critical axe-core violation on an empty result page', async () => {
		const page = await open('/?q=qwxzvbnmqwxz');
		await waitHydrated(page);
		expect(await resultIds(page)).toEqual([]);
		await page.locator('.empty').waitFor();
		await screenshot(page, 'empty');
		expect(await seriousViolations(page)).toEqual([]);
		await page.close();
	});

	it('has no serious or critical axe-core violation on the article page', async () => {
		const search = await open(`/?q=${encodeURIComponent(DAESH)}`);
		const href = await search.locator('ol.hits article h3 a').first().getAttribute('href');
		await search.close();
		expect(href).toMatch(/^\/article\//);
		const page = await open(href!);
		await page.locator('article.doc').waitFor();
		expect(await seriousViolations(page)).toEqual([]);
		await page.close();
	});
});
