import type { MultiSearchQuery } from 'meilisearch';
import { analyzeQuery } from '../../src/lib/analysis/index';
import { buildSearchRequests } from '../../src/lib/search/request';
import { stateFromUrl } from '../../src/lib/search/url-state';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { appBuild } from '../lib/app';
import { appFor, corpusIndex } from '../lib/indexes';
import { runLoad } from '../lib/load';
import { log } from '../lib/processes';
import { label, loadQueries, searchParams, type BenchQuery } from '../lib/queries';
import { fmt, int, percentile, summarize, verdict } from '../lib/stats';
import { table, type Section } from '../lib/report';
import { request } from '../lib/http';

/**
 * Latency of the app's /api/search vs the same multi-search sent straight to Meilisearch
 * (built with the server's own code: stateFromUrl → analyzeQuery → buildSearchRequests), over
 * bench/queries.tsv, on the whole-corpus index. Loopback only, bounded request counts.
 */

const ROUNDS = { 1: 5, 16: 10 } as const;
const P95_OVERHEAD_TARGET = 0.3;
const P50_TARGET_MS = 30;

function directBody(query: BenchQuery): { queries: MultiSearchQuery[] } {
	const state = stateFromUrl(searchParams(query));
	const plan = buildSearchRequests(state, analyzeQuery(state.q), { indexUid: ARTICLES_INDEX });
	return { queries: plan.queries };
}

export async function searchPart(): Promise<Section> {
	const queries = loadQueries();
	const index = await corpusIndex();
	// One benchmark client on 127.0.0.1 would trip the per-address rate limit (the load part tests it).
	const app = await appFor(index, { MARSAD_RATE_LIMIT: 'off' });
	const build = appBuild();

	const appRequests = queries.map((query) => {
		const url = `${app.url}/api/search?${searchParams(query)}`;
		return () => request(url);
	});
	const directRequests = queries.map((query) => {
		const body = JSON.stringify(directBody(query));
		return () =>
			request(`${index.meili.url}/multi-search`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: `Bearer ${index.searchKey}` },
				body
			});
	});

	// Sanity: both sides return the same first page.
	let same = 0;
	const totals: number[] = [];
	const tookMs: number[] = [];
	let zero = 0;
	for (let i = 0; i < queries.length; i++) {
		const a = (await (await appRequests[i]!()).json()) as { total: number; took_ms: number; hits: { id: string }[] };
		const d = (await (await directRequests[i]!()).json()) as { results: { hits: { id: string }[] }[] };
		const ids = (hits: { id: string }[]) => hits.map((h) => h.id).join(',');
		if (ids(a.hits) === ids(d.results[0]!.hits)) same++;
		else log(`search: first page differs for "${label(queries[i]!)}"`);
		totals.push(a.total);
		tookMs.push(a.took_ms);
		if (a.total === 0) zero++;
	}
	log(`search: ${same}/${queries.length} queries give the same first page through the app and directly`);

	const rows: (string | number)[][] = [];
	const checks: string[] = [];
	for (const c of [1, 16] as const) {
		const repeat = <T>(list: readonly T[]) => Array.from({ length: ROUNDS[c] }, () => list).flat();
		// Warm-up pass on each side, then the measured runs, alternating sides.
		await runLoad(appRequests, c);
		await runLoad(directRequests, c);
		const appRun = await runLoad(repeat(appRequests), c);
		const directRun = await runLoad(repeat(directRequests), c);
		const a = summarize(appRun.latencies);
		const d = summarize(directRun.latencies);
		const overhead = a.p95 / d.p95 - 1;
		log(`search c=${c}: app p50 ${fmt(a.p50)} p95 ${fmt(a.p95)} ms, direct p50 ${fmt(d.p50)} p95 ${fmt(d.p95)} ms`);
		for (const [name, s, run] of [
			['app `/api/search`', a, appRun],
			['Meilisearch `/multi-search`', d, directRun]
		] as const) {
			rows.push([
				`${c}`,
				name,
				s.n,
				fmt(s.p50),
				fmt(s.p95),
				fmt(s.p99),
				fmt(s.mean),
				fmt(s.n / run.seconds, 0),
				run.errors
			]);
		}
		checks.push(
			`- Concurrency ${c}: the app adds **${fmt(overhead * 100, 0)}%** to p95 (${fmt(a.p95)} vs ${fmt(d.p95)} ms; +${fmt(a.p95 - d.p95)} ms) — target ≤ ${P95_OVERHEAD_TARGET * 100}%: ${verdict(overhead <= P95_OVERHEAD_TARGET)}.`
		);
		if (c === 1) {
			checks.push(
				`- p50 through the app at concurrency 1: **${fmt(a.p50)} ms** — target ≤ ${P50_TARGET_MS} ms: ${verdict(a.p50 <= P50_TARGET_MS)}.`
			);
		}
	}

	const body = [
		`Index: the whole corpus built by our indexer (${int(index.documents)} documents) in an embedded Meilisearch 1.21. App: \`node build\` (adapter-node; ${build.note}), HOST=127.0.0.1, MEILI_URL + search-only MEILI_SEARCH_KEY. Client: node:http with keep-alive and TCP_NODELAY on the same machine (loopback; Node's fetch adds a ~40 ms Nagle stall against Meilisearch), closed loop; a sample is send → body read.`,
		`Queries: \`bench/queries.tsv\` (${queries.length}: Arabic, French, English, common words and entity names, ${queries.filter((q) => q.filters.length).length} with facet filters). Direct side: the exact multi-search the server sends, built with \`stateFromUrl\` → \`analyzeQuery\` → \`buildSearchRequests\` (main query with facets and the month histogram, plus one disjunctive query per filtered facet). Same first page of hits on both sides for ${same}/${queries.length} queries. Hits per query: median ${int(percentile(totals, 50))}, ${zero} with none. Server-side \`took_ms\` (analysis + Meilisearch + shaping): median ${fmt(percentile(tookMs, 50), 0)} ms.`,
		`Each side gets a warm-up pass over the list, then ${ROUNDS[1]} passes at concurrency 1 and ${ROUNDS[16]} passes at concurrency 16.`,
		'',
		table(['concurrency', 'target', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'req/s', 'errors'], rows),
		'',
		...checks,
		'',
		'All processes (client, app, Meilisearch) share the 2 cores, so at concurrency 16 the figures include queueing for CPU.'
	].join('\n');
	return { title: 'Search latency', command: 'npm run bench -- search', body };
}
