import { appBuild } from '../lib/app';
import { appFor, corpusIndex, seedIndex } from '../lib/indexes';
import { runTimedLoad } from '../lib/load';
import { log } from '../lib/processes';
import { label, loadQueries, searchParams } from '../lib/queries';
import { fmt, int, mib, percentile, summarize, verdict } from '../lib/stats';
import { table, type Section } from '../lib/report';

/**
 * Sustained load on the app's /api/search over the whole-corpus index: CONCURRENCY virtual
 * users for SECONDS, each its own client address (X-Forwarded-For, trusted by an app started
 * with ADDRESS_HEADER=x-forwarded-for XFF_DEPTH=1, default rate limit), cycling through
 * bench/queries.tsv. Then an abusive client: BURST requests at once from one address.
 *
 * BENCH_LOAD_SECONDS shortens the run and BENCH_LOAD_INDEX=seeds uses the five seed articles
 * instead of the corpus — both for checking the part itself, never for the recorded figures.
 */

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const SMALL_INDEX = process.env.BENCH_LOAD_INDEX === 'seeds';
const CONCURRENCY = 32;
const WARMUP_SECONDS = 5;
const WINDOW_SECONDS = 10;
const RSS_GROWTH_TARGET = 0.1;
const BURST = 300;
const APP_ENV = { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' };

const median = (xs: number[]): number => percentile(xs, 50);

export async function loadPart(): Promise<Section> {
	const queries = loadQueries();
	const index = SMALL_INDEX ? await seedIndex() : await corpusIndex();
	// Its own app process unless an earlier part already started one with the same settings:
	// the search part's app does not trust X-Forwarded-For, so every user would be one address.
	const app = await appFor(index, APP_ENV);
	const build = appBuild();
	const urls = queries.map((q) => `${app.url}/api/search?${searchParams(q)}`);

	log(`load: warm-up ${WARMUP_SECONDS} s at concurrency ${CONCURRENCY}`);
	const warm = await runTimedLoad(urls, { concurrency: CONCURRENCY, seconds: WARMUP_SECONDS, pid: app.pid });
	log(`load: ${SECONDS} s at concurrency ${CONCURRENCY} on ${app.url}/api/search`);
	const run = await runTimedLoad(urls, { concurrency: CONCURRENCY, seconds: SECONDS, pid: app.pid });
	const s = summarize(run.latencies);
	const rps = run.requests / run.seconds;
	log(
		`load: ${run.requests} requests, ${fmt(rps, 0)} req/s, p50 ${fmt(s.p50)} p95 ${fmt(s.p95)} p99 ${fmt(s.p99)} ms, statuses ${JSON.stringify(run.statuses)}`
	);

	const window = Math.min(WINDOW_SECONDS, run.seconds / 3);
	const first = run.rss.filter((r) => r.t <= window).map((r) => r.bytes);
	const last = run.rss.filter((r) => r.t >= run.seconds - window).map((r) => r.bytes);
	const growth = median(last) / median(first) - 1;
	log(`load: RSS ${mib(median(first))} → ${mib(median(last))} (${fmt(growth * 100)}%)`);

	// Abusive client: BURST requests at once from one address, then a neighbour.
	const abusive = '203.0.113.9';
	const burstUrl = urls[0]!;
	const burst = await Promise.all(
		Array.from({ length: BURST }, () =>
			fetch(burstUrl, { headers: { 'x-forwarded-for': abusive } }).then(
				async (r) => (await r.arrayBuffer(), r.status),
				() => 0
			)
		)
	);
	const count = (code: number) => burst.filter((c) => c === code).length;
	const neighbour = await fetch(burstUrl, { headers: { 'x-forwarded-for': '198.51.100.7' } });
	await neighbour.arrayBuffer();
	const others = burst.filter((c) => c !== 200 && c !== 429);
	log(`load: burst of ${BURST} from one address: ${count(429)}×429, ${count(200)}×200; neighbour ${neighbour.status}`);

	const statusCell = (st: Record<string, number>) =>
		Object.entries(st)
			.sort()
			.map(([k, v]) => `${k}: ${int(v)}`)
			.join(', ');
	const rateLimited = run.statuses['429'] ?? 0;
	const body = [
		SMALL_INDEX
			? '**Check run on the five seed articles (BENCH_LOAD_INDEX=seeds), not the corpus: these figures are not the benchmark.**\n'
			: '',
		`Index: ${SMALL_INDEX ? 'the five seed articles' : 'the whole corpus'} built by our indexer (${int(index.documents)} documents) in an embedded Meilisearch 1.21. App: \`node build\` (adapter-node; ${build.note}), HOST=127.0.0.1, MEILI_URL + search-only MEILI_SEARCH_KEY, \`ADDRESS_HEADER=x-forwarded-for XFF_DEPTH=1\`, \`MARSAD_RATE_LIMIT\` unset (default 20 req/s, burst 60, per client address) — its own process, since the search part's app does not trust X-Forwarded-For.`,
		`Client: Node fetch on the same machine (loopback), closed loop, ${CONCURRENCY} virtual users, user *u* sending \`x-forwarded-for: 10.77.u.1\` and cycling through \`bench/queries.tsv\` (${queries.length} queries, ${queries.filter((q) => q.filters.length).length} with facet filters) from offset *u*. A sample is send → body read. After a ${WARMUP_SECONDS} s warm-up at the same concurrency (${int(warm.requests)} requests, not counted), ${fmt(run.seconds, 0)} s measured. App RSS from /proc/<pid>/status (VmRSS), sampled every 250 ms.`,
		'',
		table(
			['requests', 'errors (non-2xx or failed)', 'statuses', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
			[
				[
					int(run.requests),
					int(run.errors),
					statusCell(run.statuses),
					fmt(rps, 0),
					fmt(s.p50),
					fmt(s.p95),
					fmt(s.p99),
					fmt(s.max)
				]
			]
		),
		'',
		`- Errors: **${int(run.errors)}** of ${int(run.requests)} — expected none: ${verdict(run.errors === 0)}.${rateLimited ? ` ${int(rateLimited)} of them are 429: a virtual user went above 20 req/s on its own.` : ''}`,
		`- App RSS, first ${fmt(window, 0)} s vs last ${fmt(window, 0)} s (medians of ${first.length} and ${last.length} samples): ${mib(median(first))} → ${mib(median(last))}, growth **${fmt(growth * 100)}%** — target ≤ ${RSS_GROWTH_TARGET * 100}%: ${verdict(growth <= RSS_GROWTH_TARGET)}. (Peak sampled: ${mib(Math.max(...run.rss.map((r) => r.bytes)))}.)`,
		`- Abusive client: ${BURST} requests at once from one address (\`${abusive}\`, query “${label(queries[0]!)}”), right after the run: **${count(429)}× 429**, ${count(200)}× 200${others.length ? `, ${others.length} other (${[...new Set(others)].join(', ')})` : ''}. Another address then got **${neighbour.status}** — ${verdict(count(429) > 0 && neighbour.status === 200)} (the abusive address is refused, the neighbour served).`,
		'',
		'Client, app and Meilisearch share the same cores, so throughput and tail latency include queueing for CPU; the load generator itself costs CPU that the app would otherwise have.'
	].join('\n');
	return {
		title: `Sustained load (${CONCURRENCY} users, ${fmt(SECONDS, 0)} s)`,
		command: 'npm run bench -- load',
		body
	};
}
