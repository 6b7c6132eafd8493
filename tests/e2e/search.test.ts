import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import {
	facetEntries,
	newContext,
	params,
	resultIds,
	screenshot,
	settle,
	skipBrowser,
	startE2e,
	waitForResultsFor,
	waitHydrated,
	watchProblems,
	type E2e
} from './support/harness';

/** An entity named in Arabic: the seeds have articles about it (and its alias finds French ones). */
const DAESH = 'داعش';
/** Another search, about something else. */
const PEGASUS = 'بيغاسوس';

describe.skipIf(skipBrowser)('search page in a browser', () => {
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

	async function openSearch(path = '/'): Promise<Page> {
		const page = await context.newPage();
		await page.goto(e2e.url + path);
		await waitHydrated(page);
		return page;
	}

	/** Ids a fresh server render gives for a search (the reference for client-side views). */
	async function idsFor(path: string): Promise<string[]> {
		const page = await context.newPage();
		await page.goto(e2e.url + path);
		const ids = await resultIds(page);
		await page.close();
		return ids;
	}

	it('searches as the user types: results and URL follow, focus and caret stay in the box', async () => {
		const page = await openSearch('/');
		await screenshot(page, 'home');
		// A full page load would lose this marker: typing must navigate client-side.
		await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
		const box = page.locator('#q');
		await box.click();
		await box.pressSequentially(DAESH, { delay: 40 });

		await page.waitForURL((u) => u.searchParams.get('q') === DAESH);
		await waitForResultsFor(page, DAESH);
		const ids = await resultIds(page);
		expect(ids.length).toBeGreaterThanOrEqual(1);
		expect(ids).toEqual(await idsFor(`/?q=${encodeURIComponent(DAESH)}`));

		const state = await page.evaluate(() => {
			const el = document.activeElement as HTMLInputElement | null;
			return {
				id: el?.id,
				value: el?.value,
				start: el?.selectionStart,
				end: el?.selectionEnd,
				marker: (window as unknown as { __marker?: number }).__marker
			};
		});
		expect(state).toEqual({ id: 'q', value: DAESH, start: DAESH.length, end: DAESH.length, marker: 1 });
		await screenshot(page, 'typed-results');
		await page.close();
	});

	it('keeps the typed search when the interface language is switched', async () => {
		const page = await openSearch('/');
		const box = page.locator('#q');
		await box.click();
		await box.pressSequentially(DAESH, { delay: 30 });
		await page.waitForURL((u) => u.searchParams.get('q') === DAESH);
		await waitForResultsFor(page, DAESH);
		const ids = await resultIds(page);
		// The typed view is a shallow history entry: the switcher must link to it, not to the page loaded before.
		await page.locator('nav.lang-switch a[hreflang="ar"]').click();
		await page.waitForURL((u) => u.searchParams.get('ui') === 'ar');
		expect(params(page).get('q')).toBe(DAESH);
		await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
		expect(await resultIds(page)).toEqual(ids);
		await page.close();
	});

	it('never lets a slow reply for an earlier query overwrite the results of a newer one', async () => {
		const expectedPegasus = await idsFor(`/?q=${encodeURIComponent(PEGASUS)}`);
		const expectedDaesh = await idsFor(`/?q=${encodeURIComponent(DAESH)}`);
		// Otherwise the test could not tell the two views apart.
		expect(expectedPegasus).not.toEqual(expectedDaesh);
		expect(expectedPegasus.length).toBeGreaterThanOrEqual(1);

		const page = await openSearch('/');
		let slowDone!: () => void;
		const slowSettled = new Promise<void>((resolve) => (slowDone = resolve));
		let slowSeen = false;
		// Typing asks `/api/search?q=…`; a client-side navigation loads `__data.json?q=…`.
		const isSearchData = (u: URL) => u.pathname === '/api/search' || u.pathname.endsWith('/__data.json');
		await page.route(isSearchData, async (route) => {
			const q = new URL(route.request().url()).searchParams.get('q');
			if (q === DAESH && !slowSeen) {
				slowSeen = true;
				try {
					const response = await route.fetch();
					await new Promise((r) => setTimeout(r, 1500));
					await route.fulfill({ response });
				} catch {
					// The page gave the request up: that is a fine way to drop a stale reply too.
				} finally {
					slowDone();
				}
				return;
			}
			await route.continue();
		});

		const box = page.locator('#q');
		await box.click();
		const isSlow = (r: Request) => isSearchData(new URL(r.url())) && new URL(r.url()).searchParams.get('q') === DAESH;
		const slowRequest = page.waitForRequest(isSlow);
		await box.pressSequentially(DAESH, { delay: 20 });
		const slow = await slowRequest;
		// Settled for the page: its body arrived (or the page gave up on it).
		const slowDelivered = new Promise<string>((resolve) => {
			page.on('requestfinished', (r) => r === slow && resolve('delivered late'));
			page.on('requestfailed', (r) => r === slow && resolve('abandoned by the page'));
		});
		// The first reply is held back; the user goes on to a different search.
		await box.fill(PEGASUS);
		await page.waitForURL((u) => u.searchParams.get('q') === PEGASUS);
		await waitForResultsFor(page, PEGASUS);
		await slowSettled;
		await slowDelivered;
		await settle(page);

		expect(params(page).get('q')).toBe(PEGASUS);
		expect(await resultIds(page)).toEqual(expectedPegasus);
		expect(await box.inputValue()).toBe(PEGASUS);
		await expect.poll(() => page.textContent('#results-heading')).toContain(PEGASUS);
		await page.close();
	});

	it('filters on a facet click, puts it in the URL, and keeps disjunctive counts for the facet', async () => {
		const page = await openSearch('/');
		const before = await facetEntries(page, 'lang');
		// Disjunction only shows with at least two values.
		expect(before.length).toBeGreaterThanOrEqual(2);
		const picked = before[before.length - 1]!;

		await page.locator(`fieldset.facet input[name="lang"][value="${picked.value}"]`).check();
		await page.waitForURL((u) => u.searchParams.getAll('lang').join() === picked.value);
		await page.waitForFunction(
			(v) =>
				document.querySelector<HTMLInputElement>(`fieldset.facet input[name="lang"][value="${v}"]`)?.checked === true,
			picked.value
		);
		await expect.poll(async () => (await resultIds(page)).length).toBeGreaterThan(0);

		// Every result is in the chosen language, and there are as many as the facet said.
		const langs = await page.$$eval('ol.hits article h3', (els) => els.map((el) => el.getAttribute('lang')));
		expect(new Set(langs)).toEqual(new Set([picked.value]));
		const heading = (await page.textContent('#results-heading')) ?? '';
		expect(heading).toContain(String(picked.count));

		// The other values of the same facet keep the counts they had: selecting one never hides the others.
		const after = await facetEntries(page, 'lang');
		expect(after.map(({ value, count }) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value))).toEqual(
			before.map(({ value, count }) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value))
		);
		expect(after.filter((f) => f.checked).map((f) => f.value)).toEqual([picked.value]);
		await screenshot(page, 'facet-selected');
		await page.close();
	});

	it('Back walks through the steps: facet, then typed search, then the start page', async () => {
		const page = await openSearch('/');
		const startIds = await resultIds(page);
		const box = page.locator('#q');
		await box.click();
		await box.pressSequentially(DAESH, { delay: 30 });
		await page.waitForURL((u) => u.searchParams.get('q') === DAESH);
		await waitForResultsFor(page, DAESH);
		const queryUrl = page.url();
		const queryIds = await resultIds(page);

		// A value that narrows the results, so the filtered view differs from the unfiltered one.
		const entries = await facetEntries(page, 'lang');
		const narrowing = entries.find((f) => f.count > 0 && f.count < queryIds.length);
		expect(narrowing, `a language facet value narrower than ${queryIds.length} results`).toBeDefined();
		await page.locator(`fieldset.facet input[name="lang"][value="${narrowing!.value}"]`).check();
		await page.waitForURL((u) => u.searchParams.get('lang') === narrowing!.value);
		await expect.poll(() => resultIds(page)).toHaveLength(narrowing!.count);

		await page.goBack();
		await page.waitForURL(queryUrl);
		await expect.poll(() => resultIds(page)).toEqual(queryIds);
		expect((await facetEntries(page, 'lang')).some((f) => f.checked)).toBe(false);
		expect(await box.inputValue()).toBe(DAESH);

		await page.goBack();
		await page.waitForURL(`${e2e.url}/`);
		await expect.poll(() => resultIds(page)).toEqual(startIds);
		expect(await box.inputValue()).toBe('');
		await page.close();
	});

	it('reproduces a shared URL in a fresh browser: same results in the same order, same facet state', async () => {
		const page = await openSearch(`/?q=${encodeURIComponent(DAESH)}`);
		const lang = (await facetEntries(page, 'lang')).find((f) => f.count > 0)!;
		await page.locator(`fieldset.facet input[name="lang"][value="${lang.value}"]`).check();
		await page.waitForURL((u) => u.searchParams.get('lang') === lang.value);
		await expect.poll(() => resultIds(page)).toHaveLength(lang.count);

		const snapshot = async (p: Page) => ({
			titles: await p.$$eval('ol.hits article h3', (els) => els.map((el) => `${el.id} ${el.textContent?.trim()}`)),
			query: await p.inputValue('#q'),
			lang: await facetEntries(p, 'lang'),
			country: await facetEntries(p, 'country'),
			chips: await p.$$eval('.active .chip', (els) => els.map((el) => el.textContent?.replace(/\s+/g, ' ').trim()))
		});
		const mine = await snapshot(page);
		expect(mine.titles.length).toBeGreaterThan(0);
		expect(mine.chips.length).toBe(1);

		const other = await newContext(e2e);
		try {
			const fresh = await other.newPage();
			await fresh.goto(page.url());
			await waitHydrated(fresh);
			expect(await snapshot(fresh)).toEqual(mine);
		} finally {
			await other.close();
		}
		await page.close();
	});

	it('reports no console error or uncaught exception during a typical session', async () => {
		const page = await context.newPage();
		const problems = watchProblems(page);
		const warnings: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'warning') warnings.push(msg.text());
		});
		await page.goto(e2e.url + '/');
		await waitHydrated(page);
		const box = page.locator('#q');
		await box.click();
		await box.pressSequentially(DAESH, { delay: 30 });
		await waitForResultsFor(page, DAESH);
		const lang = (await facetEntries(page, 'lang')).find((f) => f.count > 0)!;
		await page.locator(`fieldset.facet input[name="lang"][value="${lang.value}"]`).check();
		await page.waitForURL((u) => u.searchParams.get('lang') === lang.value);
		await page.locator('.active .chip').first().click();
		await page.waitForURL((u) => !u.searchParams.has('lang'));
		await page.selectOption('select[name="sort"]', { index: 1 });
		await page.waitForURL((u) => u.searchParams.has('sort'));
		await page.locator('ol.hits article h3 a').first().click();
		await page.waitForURL(/\/article\//);
		await page.locator('a.back').click();
		await page.waitForURL((u) => u.pathname === '/');
		await page.locator('nav.lang-switch a[hreflang="ar"]').click();
		await page.waitForURL((u) => u.searchParams.get('ui') === 'ar');
		await page.waitForFunction(() => document.documentElement.dir === 'rtl');
		await box.fill('');
		await page.waitForURL((u) => !u.searchParams.has('q'));
		await page.goBack();
		await page.waitForURL((u) => u.searchParams.has('q'));
		await settle(page);

		expect(problems.errors).toEqual([]);
		// A production build prints no framework warnings either (a dev build would).
		expect(warnings).toEqual([]);
		await page.close();
	});

	it('works from the keyboard: / focuses the box, typing searches, Escape clears, Tab and Space toggle a facet', async () => {
		const page = await openSearch('/');
		const startIds = await resultIds(page);
		await page.locator('body').focus();
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
		// The "/" that focused the box is not typed into it.
		expect(await page.inputValue('#q')).toBe('');

		await page.keyboard.type(DAESH, { delay: 30 });
		await page.waitForURL((u) => u.searchParams.get('q') === DAESH);
		await waitForResultsFor(page, DAESH);

		await page.keyboard.press('Escape');
		expect(await page.inputValue('#q')).toBe('');
		await page.waitForURL((u) => !u.searchParams.has('q'));
		await expect.poll(() => resultIds(page)).toEqual(startIds);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');

		// Tab from the box until a facet checkbox has focus.
		let onCheckbox = false;
		for (let i = 0; i < 40 && !onCheckbox; i++) {
			await page.keyboard.press('Tab');
			onCheckbox = await page.evaluate(() => {
				const el = document.activeElement;
				return el instanceof HTMLInputElement && el.type === 'checkbox' && el.closest('fieldset.facet') !== null;
			});
		}
		expect(onCheckbox, 'Tab reaches a facet checkbox').toBe(true);
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLInputElement;
			return { field: el.name, value: el.value };
		});
		const entry = (await facetEntries(page, focused.field)).find((f) => f.value === focused.value)!;
		expect(entry.checked).toBe(false);

		await page.keyboard.press('Space');
		await page.waitForURL((u) => u.searchParams.getAll(focused.field).includes(focused.value));
		await expect.poll(() => resultIds(page)).toHaveLength(Math.min(entry.count, startIds.length));
		// The checkbox the user toggled keeps the focus and shows its state.
		const after = await page.evaluate(() => {
			const el = document.activeElement as HTMLInputElement;
			return { field: el.name, value: el.value, checked: el.checked };
		});
		expect(after).toEqual({ ...focused, checked: true });
		await screenshot(page, 'keyboard-facet');
		await page.close();
	});
});
