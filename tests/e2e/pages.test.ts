import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
	facetEntries,
	HOSTILE_WORD,
	newContext,
	params,
	resultIds,
	screenshot,
	settle,
	skipBrowser,
	startE2e,
	waitForResultsFor,
	waitHydrated,
	type E2e
} from './support/harness';

const DAESH = 'داعش';

/** Text with whitespace runs collapsed, as snippets show it. */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.skipIf(skipBrowser)('no-script page, article page, hostile content', () => {
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

	it('works without JavaScript: the GET form searches, checkbox + apply filters, a chip link removes it', async () => {
		const noJs = await newContext(e2e, { javaScriptEnabled: false });
		try {
			const page = await noJs.newPage();
			await page.goto(e2e.url + '/');
			await page.fill('#q', DAESH);
			await Promise.all([page.waitForURL((u) => u.searchParams.get('q') === DAESH), page.press('#q', 'Enter')]);
			// The server answers the raw form submit with the canonical address: only q is left.
			expect([...params(page).keys()]).toEqual(['q']);
			const ids = await resultIds(page);
			expect(ids.length).toBeGreaterThanOrEqual(1);
			expect(await page.textContent('#results-heading')).toContain(DAESH);

			const narrowing = (await facetEntries(page, 'lang')).find((f) => f.count > 0 && f.count < ids.length);
			expect(narrowing, 'a language value narrower than the results').toBeDefined();
			await page.check(`fieldset.facet input[name="lang"][value="${narrowing!.value}"]`);
			await Promise.all([page.waitForURL((u) => u.searchParams.has('lang')), page.click('button.apply')]);
			expect(params(page).get('q')).toBe(DAESH);
			expect(params(page).getAll('lang')).toEqual([narrowing!.value]);
			expect(await resultIds(page)).toHaveLength(narrowing!.count);
			const langs = await page.$$eval('ol.hits article h3', (els) => els.map((el) => el.getAttribute('lang')));
			expect(new Set(langs)).toEqual(new Set([narrowing!.value]));
			expect(await page.isChecked(`fieldset.facet input[name="lang"][value="${narrowing!.value}"]`)).toBe(true);
			await screenshot(page, 'no-js-filtered');

			// Links work too: the active-filter chip takes the filter off again.
			await Promise.all([page.waitForURL((u) => !u.searchParams.has('lang')), page.click('.active .chip')]);
			expect(await resultIds(page)).toEqual(ids);
		} finally {
			await noJs.close();
		}
	});

	it('renders hostile article text inert, on the server-rendered page, as typed, and on the article page', async () => {
		// Without the CSP, so that only the escaping stands between the payloads and the page.
		const unsafe = await newContext(e2e, { bypassCSP: true });
		const dialogs: string[] = [];
		unsafe.on('page', (p) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
		const xss = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
		const injected = (page: Page) =>
			page.evaluate(() => ({
				scripts: document.querySelectorAll('main script').length,
				handlers: document.querySelectorAll('main [onerror], main [onload], main [onmouseover]').length,
				images: document.querySelectorAll('main img').length,
				jsLinks: document.querySelectorAll('main a[href^="javascript:" i]').length
			}));
		const clean = { scripts: 0, handlers: 0, images: 0, jsLinks: 0 };
		try {
			const page = await unsafe.newPage();
			// Proof that this context would let a payload run if it ever became markup.
			await page.goto(e2e.url + '/');
			await page.evaluate(() => {
				const s = document.createElement('script');
				s.textContent = 'window.__probe = 1';
				document.body.append(s);
			});
			expect(await page.evaluate(() => (window as unknown as { __probe?: number }).__probe)).toBe(1);

			await page.goto(`${e2e.url}/?q=${HOSTILE_WORD}`);
			// The server-rendered page, before and after the script takes over.
			expect(await injected(page)).toEqual(clean);
			expect(await xss(page)).toBeUndefined();
			await waitHydrated(page);
			const ids = await resultIds(page);
			expect(ids.length).toBeGreaterThanOrEqual(3);
			await expect.poll(() => page.locator('ol.hits').innerText()).toContain('<script>');
			expect(await page.locator('ol.hits').innerText()).toContain('<img src=x onerror');
			expect(await page.locator('ol.hits').innerText()).toContain('</textarea>');
			expect(await injected(page)).toEqual(clean);
			await page.locator('ol.hits').hover();
			await screenshot(page, 'hostile-results');

			// The same hits rendered by the client (as-you-type), not by the server.
			const box = page.locator('#q');
			await box.fill('');
			await page.waitForURL((u) => !u.searchParams.has('q'));
			await box.pressSequentially(HOSTILE_WORD, { delay: 20 });
			await waitForResultsFor(page, HOSTILE_WORD);
			expect(await resultIds(page)).toEqual(ids);
			expect(await page.locator('ol.hits').innerText()).toContain('<script>');
			expect(await injected(page)).toEqual(clean);

			// Every hostile article's own page, reached by clicking (client-side) and loaded afresh.
			for (const id of ids) {
				await page.goto(`${e2e.url}/?q=${HOSTILE_WORD}`);
				await waitHydrated(page);
				await page.locator(`#hit-${id} a`).click();
				await page.waitForURL((u) => u.pathname === `/article/${id}`);
				await page.locator('article.doc').waitFor();
				expect(await page.locator('article.doc').innerText()).toMatch(/<script>|<img src=x|<\/textarea>/);
				expect(await injected(page)).toEqual(clean);
				await page.reload();
				expect(await injected(page)).toEqual(clean);
				await page.locator('article.doc').hover();
			}
			await screenshot(page, 'hostile-article');
			await settle(page);
			expect(await xss(page)).toBeUndefined();
			expect(dialogs).toEqual([]);
		} finally {
			await unsafe.close();
		}
	});

	it('opens an article with the query marked, and its back link returns to the same search', async () => {
		const page = await context.newPage();
		await page.goto(`${e2e.url}/?q=${encodeURIComponent(DAESH)}`);
		await waitHydrated(page);
		// A search with a filter, so the way back has to carry more than the query.
		const lang = (await facetEntries(page, 'lang')).find((f) => f.count > 0)!;
		await page.locator(`fieldset.facet input[name="lang"][value="${lang.value}"]`).check();
		await page.waitForURL((u) => u.searchParams.get('lang') === lang.value);
		await expect.poll(() => resultIds(page)).toHaveLength(lang.count);
		const searchUrl = page.url();
		const ids = await resultIds(page);
		const first = page.locator('ol.hits article').first();
		const snippet = squash(await first.locator('p.snippet').innerText());

		await first.locator('h3 a').click();
		await page.waitForURL((u) => u.pathname === `/article/${ids[0]}`);
		const doc = page.locator('article.doc');
		await doc.waitFor();
		// The full text: every piece of the snippet is in it, and it is longer than the snippet.
		const full = squash(await doc.locator('.body').innerText());
		for (const piece of snippet
			.split('…')
			.map((s) => s.trim())
			.filter((s) => s.length > 0)) {
			expect(full).toContain(piece);
		}
		expect(full.length).toBeGreaterThan(snippet.length);
		// The query is marked in the text.
		expect(await doc.locator('mark').count()).toBeGreaterThanOrEqual(1);
		// Each threat tag says why: its words, how often and where (a Daesh story is terrorism).
		const why = page.locator('[data-testid="threat-why"] li');
		expect(await why.count()).toBeGreaterThanOrEqual(1);
		expect(await why.first().innerText()).toMatch(/—\s*\S+/);
		await screenshot(page, 'article');

		await page.locator('a.back').click();
		await page.waitForURL(searchUrl);
		await expect.poll(() => resultIds(page)).toEqual(ids);
		expect(await page.inputValue('#q')).toBe(DAESH);
		expect((await facetEntries(page, 'lang')).filter((f) => f.checked).map((f) => f.value)).toEqual([lang.value]);
		await page.close();
	});
});
