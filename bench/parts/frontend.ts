import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { appBuild } from '../lib/app';
import { appFor, corpusIndex, seedIndex, type BuiltIndex } from '../lib/indexes';
import { log } from '../lib/processes';
import { label, loadQueries } from '../lib/queries';
import { fmt, int, summarize, verdict } from '../lib/stats';
import { table, type Section } from '../lib/report';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, DEBIAN_CHROMIUM } from '../../scripts/chromium';

/** The page's typing debounce, read from the page so the report cannot go stale. */
const DEBOUNCE_MS = Number(
	/const DEBOUNCE_MS = (\d+)/.exec(
		readFileSync(new URL('../../src/routes/+page.svelte', import.meta.url), 'utf8')
	)?.[1] ?? NaN
);

/**
 * (1) First-load JavaScript of the search page, gzipped: every script the served HTML of `/`
 * loads (module preloads, module scripts, the boot script's imports) plus their static imports.
 * (2) Keystroke → rendered latency in headless Chromium, from the page's own performance marks.
 */

const JS_BUDGET_KB = 50;
const TYPING_P95_TARGET_MS = 150;
const CHROMIUM = process.env.CHROMIUM_BIN ?? DEBIAN_CHROMIUM;
/** Queries typed in the browser: the filter-free ones of bench/queries.tsv, every other one. */
const TYPED = loadQueries()
	.filter((q) => q.filters.length === 0 && q.q)
	.filter((_, i) => i % 3 === 0);

interface Asset {
	path: string;
	raw: number;
	gz: number;
	how: string;
}

const attr = (tag: string, name: string): string | null =>
	new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1] ?? null;

export async function firstLoadJs(
	appUrl: string
): Promise<{ assets: Asset[]; css: Asset[]; inlineScripts: Asset[]; preloadComplete: boolean }> {
	const res = await fetch(`${appUrl}/`);
	const html = await res.text();
	const base = new URL(`${appUrl}/`);
	// SvelteKit (adapter-node) announces its preloads in the HTTP Link header; <link> tags in the page count too.
	const links: { rel: string; href: string }[] = [];
	for (const part of (res.headers.get('link') ?? '').split(/,\s*(?=<)/)) {
		const m = /^<([^>]+)>(.*)$/.exec(part.trim());
		const rel = m ? /rel="?([^";]+)"?/.exec(m[2]!)?.[1] : undefined;
		if (m && rel) links.push({ rel: rel === 'preload' && /as="?style/.test(m[2]!) ? 'stylesheet' : rel, href: m[1]! });
	}
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = attr(tag, 'rel');
		const href = attr(tag, 'href');
		if (rel && href) links.push({ rel, href });
	}
	const pending: { url: URL; how: string }[] = [];
	const css = new Map<string, Asset>();
	for (const { rel, href } of links) {
		const url = new URL(href, base);
		if (rel === 'modulepreload') pending.push({ url, how: 'modulepreload' });
		if (rel === 'stylesheet' && !css.has(url.href)) {
			const text = Buffer.from(await (await fetch(url)).arrayBuffer());
			css.set(url.href, { path: url.pathname, raw: text.length, gz: gzipSync(text).length, how: 'stylesheet' });
		}
	}
	const inlineScripts: Asset[] = [];
	for (const [tag, attrs, inline] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const src = attr(attrs ?? tag, 'src');
		if (src) pending.push({ url: new URL(src, base), how: 'script' });
		for (const [, spec] of (inline ?? '').matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
			pending.push({ url: new URL(spec!, base), how: 'boot script import()' });
		}
		if (!src && inline?.trim()) {
			const text = Buffer.from(inline);
			inlineScripts.push({ path: 'inline <script>', raw: text.length, gz: gzipSync(text).length, how: 'inline' });
		}
	}
	const preloaded = new Set(pending.filter((p) => p.how === 'modulepreload').map((p) => p.url.href));
	const assets = new Map<string, Asset>();
	let preloadComplete = preloaded.size > 0;
	while (pending.length) {
		const { url, how } = pending.shift()!;
		if (assets.has(url.href)) continue;
		const text = Buffer.from(await (await fetch(url)).arrayBuffer());
		assets.set(url.href, { path: url.pathname, raw: text.length, gz: gzipSync(text).length, how });
		// Static imports only (`import … from "x"`, `import "x"`, `export … from "x"`); import() is lazy.
		for (const [, spec] of text.toString('utf8').matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
			const dep = new URL(spec!, url);
			if (!assets.has(dep.href)) {
				if (!preloaded.has(dep.href)) preloadComplete = false;
				pending.push({ url: dep, how: `static import of ${url.pathname.split('/').pop()}` });
			}
		}
	}
	return { assets: [...assets.values()], css: [...css.values()], inlineScripts, preloadComplete };
}

export async function typingLatency(
	browser: Browser,
	appUrl: string
): Promise<{ samples: number[]; timeouts: number }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
	const page = await context.newPage();
	const samples: number[] = [];
	let timeouts = 0;
	try {
		for (const query of TYPED) {
			await page.goto(`${appUrl}/`, { waitUntil: 'networkidle' });
			const box = page.locator('input[type=search], input[name=q]').first();
			await box.click();
			await page.evaluate(() => performance.clearMarks());
			for (const ch of query.q) {
				const before = await page.evaluate(() => performance.getEntriesByName('marsad:rendered').length);
				await page.keyboard.type(ch);
				try {
					await page.waitForFunction((n) => performance.getEntriesByName('marsad:rendered').length > n, before, {
						timeout: 5000
					});
				} catch {
					timeouts++;
					continue;
				}
				const ms = await page.evaluate(() => {
					const rendered = performance.getEntriesByName('marsad:rendered').at(-1)!;
					const inputs = performance.getEntriesByName('marsad:input').filter((m) => m.startTime <= rendered.startTime);
					return rendered.startTime - inputs.at(-1)!.startTime;
				});
				samples.push(ms);
			}
			log(`frontend: typed "${label(query)}"`);
		}
	} finally {
		await context.close();
	}
	return { samples, timeouts };
}

export async function frontendPart(): Promise<Section> {
	const build = appBuild();
	const seeds = await seedIndex();
	const seedApp = await appFor(seeds, { MARSAD_RATE_LIMIT: 'off' });
	const js = await firstLoadJs(seedApp.url);
	const totalGz = js.assets.reduce((a, b) => a + b.gz, 0);
	const totalRaw = js.assets.reduce((a, b) => a + b.raw, 0);
	const cssGz = js.css.reduce((a, b) => a + b.gz, 0);
	const inlineGz = js.inlineScripts.reduce((a, b) => a + b.gz, 0);

	const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS], headless: true });
	const typing: { index: BuiltIndex; samples: number[]; timeouts: number }[] = [];
	try {
		for (const index of [seeds, await corpusIndex()]) {
			const app = await appFor(index, { MARSAD_RATE_LIMIT: 'off' });
			log(`frontend: typing on the ${index.label} index`);
			typing.push({ index, ...(await typingLatency(browser, app.url)) });
		}
	} finally {
		await browser.close();
	}

	const kb = (n: number) => fmt(n / 1024, 1);
	const chars = TYPED.reduce((a, q) => a + [...q.q].length, 0);
	const typingRows = typing.map(({ index, samples, timeouts }) => {
		const s = summarize(samples);
		return [
			`${index.label} (${int(index.documents)} docs)`,
			s.n,
			timeouts,
			fmt(s.p50, 0),
			fmt(s.p95, 0),
			fmt(s.p99, 0),
			fmt(s.max, 0)
		];
	});
	const worstP95 = Math.max(...typing.map((t) => summarize(t.samples).p95));
	const body = [
		`App: \`node build\` (${build.note}), loopback.`,
		'',
		'### First-load JavaScript of `/`',
		'',
		`Fetched \`/\` (empty query) from the running app; collected every \`rel="modulepreload"\` (SvelteKit sends them in the HTTP \`Link\` header; \`<link>\` tags are read too), every \`<script src>\` and the modules the inline boot script \`import()\`s, then followed their static imports. Each file gzipped with node:zlib (default level). The modulepreload list ${js.preloadComplete ? 'was complete (every static import was already preloaded)' : 'was NOT complete: some static imports were missing from it (counted anyway)'}.`,
		'',
		table(
			['file', 'how it is loaded', 'bytes', 'gzip bytes'],
			js.assets.map((a) => [`\`${a.path}\``, a.how, int(a.raw), int(a.gz)])
		),
		'',
		`- **Total: ${kb(totalGz)} KB gzipped** (${kb(totalRaw)} KB raw, ${js.assets.length} files) — target ≤ ${JS_BUDGET_KB} KB: ${verdict(totalGz / 1024 <= JS_BUDGET_KB)}. (KB = 1024 bytes.)`,
		`- Not counted: CSS, ${js.css.length} stylesheet(s), ${kb(cssGz)} KB gzipped; the inline boot script(s) in the HTML, ${kb(inlineGz)} KB gzipped — mostly the serialized page data (strings and the first results), which is part of the HTML document, not a script file.`,
		'',
		'### Keystroke → rendered',
		'',
		`Headless Chromium (\`${CHROMIUM}\`, playwright-core; ${CHROMIUM_ARGS.join(' ')}), 1280×900. For each of ${TYPED.length} queries (${TYPED.map((q) => `“${q.q}”`).join(', ')}; ${chars} keystrokes) the page is loaded fresh, the search box focused, and the query typed one character at a time; after each character the bench waits for the page's \`marsad:rendered\` mark (set once the results for the typed text are in the DOM), and the sample is that mark minus the latest \`marsad:input\` mark (set in the input handler). A keystroke searches at once when no search is on its way, and waits ${DEBOUNCE_MS} ms for more keystrokes when one is; the next keystroke is typed only after the previous one rendered, so every sample is one full search round trip plus rendering (the typist never gets a cheaper, coalesced search).`,
		'',
		table(['index', 'keystrokes', 'timeouts (>5 s)', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'], typingRows),
		'',
		`- Worst p95: **${fmt(worstP95, 0)} ms** — target ≤ ${TYPING_P95_TARGET_MS} ms: ${verdict(worstP95 <= TYPING_P95_TARGET_MS)} (no debounce in these samples: each keystroke found no search on its way).`
	].join('\n');
	return { title: 'Front end: first-load JavaScript and typing latency', command: 'npm run bench -- frontend', body };
}
