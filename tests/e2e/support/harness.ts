import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { indexArticles } from '../../../indexer/index-articles';
import { startTestMeili, type TestMeili } from '../../integration/support/test-meili';
import { startAppServer, type AppServer } from '../../support/app-server';
import { CHROMIUM_ARGS, DEBIAN_CHROMIUM } from '../../../scripts/chromium';

/** Debian's Chromium; `.ci/run` installs it. */
export const CHROMIUM = DEBIAN_CHROMIUM;
export const ARTIFACTS = 'tests/e2e/artifacts';

const haveChromium = existsSync(CHROMIUM);
const onCi = Boolean(process.env.CI);

/**
 * Whether a browser suite should be skipped. Without Chromium a developer machine skips with a
 * message; CI runs the suite anyway so that `startE2e` fails it loudly instead.
 */
export const skipBrowser = !haveChromium && !onCi;
if (skipBrowser) {
	console.warn(`[e2e] skipped: ${CHROMIUM} not found (apt-get install chromium). On CI this is a failure.`);
}

/** A word no seed contains: every hostile fixture carries it, so one query finds them all. */
export const HOSTILE_WORD = 'zorglubeux';

/**
 * Hostile article texts: markup in the title and body must come out as text. The payloads
 * set `window.__xss` and call alert, so the test sees both a script that ran and a dialog.
 */
const HOSTILE: Record<string, string> = {
	'hostile-script':
		`Alerte ${HOSTILE_WORD} <script>window.__xss = 1; alert(1)</script> dans le titre\n` +
		`Le rapport ${HOSTILE_WORD} cite le code <script>window.__xss = 2; alert(1)</script> trouvé sur un serveur piraté. ` +
		`Les chercheurs ont publié une analyse détaillée de la campagne et des outils utilisés par les attaquants.`,
	'hostile-img':
		`Rapport ${HOSTILE_WORD} <img src=x onerror="window.__xss = 3; alert(1)"> sur une image piégée\n` +
		`Une image ${HOSTILE_WORD} <img src=x onerror=alert(1)> et <svg onload="window.__xss = 4">svg</svg> circulaient sur un forum. ` +
		`Les analystes décrivent la méthode employée par le groupe pour diffuser le logiciel malveillant.`,
	'hostile-link':
		`Lien ${HOSTILE_WORD} javascript:window.__xss=5 dans un message\n` +
		`Le message ${HOSTILE_WORD} contenait <a href="javascript:window.__xss=6;alert(1)">cliquez ici</a> et javascript:alert(1) en clair. ` +
		`Il fermait aussi un champ </textarea><script>window.__xss = 7</script> et un titre </title><b onmouseover=alert(1)>gras</b>.`
};

export interface E2e {
	meili: TestMeili;
	app: AppServer;
	browser: Browser;
	/** Base URL of the app. */
	url: string;
	close(): Promise<void>;
}

/**
 * A real embedded Meilisearch with the seeds and the hostile fixtures indexed, the built app
 * against it with the search-only key, and Debian's Chromium.
 */
export async function startE2e(): Promise<E2e> {
	if (!haveChromium) {
		throw new Error(
			`${CHROMIUM} not found: browser tests need Debian's Chromium (apt-get install chromium; .ci/run installs it).`
		);
	}
	mkdirSync(ARTIFACTS, { recursive: true });
	const fixtures = mkdtempSync(join(tmpdir(), 'marsad-e2e-fixtures-'));
	for (const [name, text] of Object.entries(HOSTILE)) writeFileSync(join(fixtures, `${name}.txt`), text);

	let meili: TestMeili | undefined;
	let app: AppServer | undefined;
	try {
		meili = await startTestMeili();
		await indexArticles({ paths: ['seeds', fixtures], writer: meili.writer, log: () => {} });
		const searchKey = await meili.writer.ensureSearchKey();
		// The suite is one client typing fast: the per-address limiter must not answer 429.
		app = await startAppServer(meili.server.url, searchKey, { MARSAD_RATE_LIMIT: 'off' });
		const browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: [...CHROMIUM_ARGS]
		});
		const started = { meili, app };
		return {
			meili,
			app,
			browser,
			url: app.url,
			async close() {
				await browser.close().catch(() => undefined);
				await started.app.stop();
				await started.meili.close();
				rmSync(fixtures, { recursive: true, force: true });
			}
		};
	} catch (error) {
		await app?.stop();
		await meili?.close();
		rmSync(fixtures, { recursive: true, force: true });
		throw error;
	}
}

/** Problems the page reported: console errors and uncaught exceptions. */
export interface PageProblems {
	errors: string[];
}

export function watchProblems(page: Page): PageProblems {
	const problems: PageProblems = { errors: [] };
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.errors.push(`pageerror: ${err.message}`));
	return problems;
}

/** A fresh context (own cookies, history, cache) with a desktop viewport and English UI. */
export async function newContext(e2e: E2e, options: BrowserContextOptions = {}): Promise<BrowserContext> {
	const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', ...options });
	// Every wait here is for something a local server does in well under a second: a broken
	// page should fail fast rather than sit through Playwright's 30 s default.
	context.setDefaultTimeout(10_000);
	return context;
}

/** Waits until SvelteKit has hydrated the page (the search box then reacts to typing). */
export async function waitHydrated(page: Page): Promise<void> {
	// The no-script "Apply filters" button disappears once the page script has mounted.
	await page.waitForFunction(
		() => document.querySelector('button.apply') === null && document.querySelector('#q') !== null
	);
}

export async function screenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Ids of the result cards in order. */
export async function resultIds(page: Page): Promise<string[]> {
	return page.$$eval('ol.hits article h3[id]', (els) => els.map((el) => el.id.replace(/^hit-/, '')));
}

/** The current URL's search parameters. */
export function params(page: Page): URLSearchParams {
	return new URL(page.url()).searchParams;
}

export interface FacetEntry {
	value: string;
	count: number;
	checked: boolean;
}

/** Digits in any script (the Arabic UI writes ٣), as a number. */
export function parseCount(text: string): number {
	const ascii = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[^\d]/g, '');
	return Number(ascii);
}

/** The values of one facet in the sidebar (folded ones included), with their counts. */
export async function facetEntries(page: Page, field: string): Promise<FacetEntry[]> {
	const rows = await page.$$eval(`fieldset.facet input[type=checkbox][name="${field}"]`, (inputs) =>
		inputs.map((input) => {
			const el = input as HTMLInputElement;
			return {
				value: el.value,
				countText: el.closest('label')?.querySelector('.count')?.textContent ?? '',
				checked: el.checked
			};
		})
	);
	return rows.map((r) => ({ value: r.value, count: parseCount(r.countText), checked: r.checked }));
}

/** Resolves when the results heading names the query (the view shows that search). */
export async function waitForResultsFor(page: Page, q: string): Promise<void> {
	await page.waitForFunction(
		(q) => document.querySelector('#results-heading')?.textContent?.includes(`“${q}”`) ?? false,
		q
	);
}

/** Lets the page finish what it was doing: two animation frames after the last macrotask. */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), 0)
			)
	);
}
