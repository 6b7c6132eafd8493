import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { IndexWriter } from '../../indexer/meili/index-writer';
import { configureNetwork, networkConfigOf, type NetworkInstance } from '../../indexer/meili/network-setup';
import { ShardedIndexWriter } from '../../indexer/meili/sharded-writer';
import { appBuild, ROOT, startApp } from '../lib/app';
import { assertCorpus, CORPUS_FILES } from '../lib/corpus';
import { documentCount, runIndexerCli, runIndexerWith } from '../lib/indexes';
import { runLoad } from '../lib/load';
import { log, startTempMeili, tempDir, type ChildResult } from '../lib/processes';
import { label, loadQueries, searchParams } from '../lib/queries';
import { fmt, int, mib, summarize } from '../lib/stats';
import { table, type Section } from '../lib/report';

/**
 * Two embedded instances joined in a Meilisearch network (the helpers of
 * tests/integration/shards.test.ts: configureNetwork, Marsad placement) vs one instance, both
 * holding the first RECORDS_PER_FILE records of each corpus file. Index time: our indexer CLI,
 * end to end, once per setup (MEILI_URL for one, MEILI_NETWORK with master keys for the
 * network — the same code path `npm run index` takes). Search: /api/search of an app per setup,
 * concurrency 1, over bench/queries.tsv.
 *
 * BENCH_SHARDS_RECORDS lowers the slice for checking the part; the recorded figures use the default.
 */

const RECORDS_PER_FILE = Number(process.env.BENCH_SHARDS_RECORDS ?? 5000);
const ROUNDS = 5;

/** The first `n` non-empty lines of each gzipped JSONL file, as they are, into one file. */
async function writeSlice(files: readonly string[], n: number, out: string): Promise<number> {
	const stream = createWriteStream(out);
	let total = 0;
	for (const file of files) {
		const input = createReadStream(file).pipe(createGunzip());
		const lines = createInterface({ input, crlfDelay: Infinity });
		let taken = 0;
		for await (const line of lines) {
			if (!line.trim()) continue;
			if (!stream.write(line + '\n')) await once(stream, 'drain');
			if (++taken >= n) break;
		}
		lines.close();
		input.destroy();
		total += taken;
	}
	stream.end();
	await once(stream, 'finish');
	return total;
}

export async function shardsPart(): Promise<Section> {
	assertCorpus();
	const queries = loadQueries();
	const work = tempDir('shards');
	const slice = join(work.path, 'slice.jsonl');
	const records = await writeSlice(CORPUS_FILES, RECORDS_PER_FILE, slice);
	log(`shards: slice of ${records} records (first ${RECORDS_PER_FILE} of each corpus file) in ${slice}`);

	// One instance.
	const single = await startTempMeili('shards-single');
	// Not measured: a first CLI run pays for cold caches (tsx transpile cache, files), which
	// would otherwise count against whichever setup goes first. --rebuild replaces it below.
	log('shards: indexer warm-up run (seeds, not measured)');
	await runIndexerCli(single, [join(ROOT, 'seeds')]);
	log('shards: our indexer into one instance');
	const singleRun = await runIndexerCli(single, [slice]);
	const singleDocs = await documentCount(single);
	const singleKey = await new IndexWriter(single.url, single.masterKey).ensureSearchKey();

	// Two instances as a network, Marsad placing each document on one of them.
	const nodes = [await startTempMeili('shard-0'), await startTempMeili('shard-1')];
	const instances: NetworkInstance[] = await Promise.all(
		nodes.map(async (m, i) => ({
			name: `shard-${i}`,
			url: m.url,
			masterKey: m.masterKey,
			searchKey: await new IndexWriter(m.url, m.masterKey).ensureSearchKey()
		}))
	);
	await configureNetwork(instances);
	const network = networkConfigOf(instances);
	const withMasterKeys = {
		...network,
		remotes: Object.fromEntries(
			instances.map((i) => [i.name, { url: i.url, searchApiKey: i.searchKey, masterKey: i.masterKey }])
		)
	};
	log('shards: our indexer into the two-instance network (MEILI_NETWORK)');
	const networkRun: ChildResult = await runIndexerWith({ MEILI_NETWORK: JSON.stringify(withMasterKeys) }, [slice]);
	const sharded = new ShardedIndexWriter(
		instances.map((i) => ({ name: i.name, writer: new IndexWriter(i.url, i.masterKey) }))
	);
	const perShard = await sharded.shardCounts();
	const networkDocs = Object.values(perShard).reduce((a, b) => a + b, 0);
	log(
		`shards: indexed ${fmt(singleRun.wallSeconds)} s (one) vs ${fmt(networkRun.wallSeconds)} s (network); documents ${singleDocs} vs ${JSON.stringify(perShard)}`
	);

	// One app per setup; rate limit off (one client address sending back to back).
	const noLimit = { MARSAD_RATE_LIMIT: 'off' };
	const singleApp = await startApp('shards-single', single.url, singleKey, noLimit);
	const networkApp = await startApp('shards-network', '', '', {
		...noLimit,
		MEILI_URL: '',
		MEILI_SEARCH_KEY: '',
		MEILI_NETWORK: JSON.stringify(network)
	});
	const build = appBuild();
	const requestsOf = (base: string) => queries.map((q) => () => fetch(`${base}/api/search?${searchParams(q)}`));
	const sides = [
		{ name: 'one instance', requests: requestsOf(singleApp.url), latencies: [] as number[], errors: 0 },
		{ name: 'network of 2', requests: requestsOf(networkApp.url), latencies: [] as number[], errors: 0 }
	];

	// Same answers (totals) on both sides, and a warm-up pass each.
	let sameTotal = 0;
	let partial = 0;
	for (let i = 0; i < queries.length; i++) {
		const [a, b] = await Promise.all(
			sides.map(async (s) => (await (await s.requests[i]!()).json()) as { total: number; partial?: unknown })
		);
		if (a!.total === b!.total) sameTotal++;
		else log(`shards: total differs for "${label(queries[i]!)}": ${a!.total} vs ${b!.total}`);
		if (b!.partial) partial++;
	}
	for (const s of sides) await runLoad(s.requests, 1);
	for (let round = 0; round < ROUNDS; round++) {
		for (const s of round % 2 ? [...sides].reverse() : sides) {
			const r = await runLoad(s.requests, 1);
			s.latencies.push(...r.latencies);
			s.errors += r.errors;
		}
	}
	const stats = sides.map((s) => summarize(s.latencies));
	log(
		`shards: search p50/p95 ${fmt(stats[0]!.p50)}/${fmt(stats[0]!.p95)} ms (one) vs ${fmt(stats[1]!.p50)}/${fmt(stats[1]!.p95)} ms (network)`
	);

	// Stop and remove everything this part started before the next part runs.
	await networkApp.stop();
	await singleApp.stop();
	for (const m of [...nodes, single]) await m.dispose();
	await work.remove();

	const rss = (r: ChildResult) => (r.peakRss !== null ? mib(r.peakRss) : 'n/a');
	const body = [
		`Documents: the first ${int(RECORDS_PER_FILE)} records of each of \`${CORPUS_FILES.join('`, `')}\` (${int(records)} records; ${int(singleDocs)} documents indexed on one instance, ${int(networkDocs)} over the network: ${Object.entries(
			perShard
		)
			.map(([k, v]) => `${k} ${int(v)}`)
			.join(
				', '
			)}). Every instance is a fresh embedded Meilisearch 1.21 on this machine (temp data dir, deleted afterwards); the two network instances are joined with \`configureNetwork\` (experimental \`network\` feature, \`self\` + \`remotes\` with search keys), Marsad placement (\`sha256(story_id || id)\` mod 2), as in \`tests/integration/shards.test.ts\`.`,
		`Index time: \`node --import tsx indexer/cli.ts index --rebuild <slice>\`, spawn to exit (Node/tsx start-up, knowledge base, analysis, settings on every shard, swap), with MEILI_URL + MEILI_MASTER_KEY for one instance and MEILI_NETWORK (remotes with master keys) for the network — the code path of \`npm run index\`. One run each, one after the other, after an unmeasured warm-up run of the CLI on the seed articles (cold caches would otherwise count against the first setup).`,
		`Search: \`/api/search\` of an app per setup (\`node build\`; ${build.note}; \`MARSAD_RATE_LIMIT=off\` since one client sends back to back; MEILI_URL + search key vs MEILI_NETWORK with search keys only, one federated multi-search per plan query), concurrency 1, \`bench/queries.tsv\` (${queries.length} queries): a warm-up pass each, then ${ROUNDS} passes alternating sides. Same total on both for ${sameTotal}/${queries.length} queries${partial ? `; ${partial} network answers flagged partial` : ''}.`,
		'',
		table(
			[
				'setup',
				'index wall s',
				'indexer peak RSS',
				'search requests',
				'p50 ms',
				'p95 ms',
				'p99 ms',
				'mean ms',
				'errors'
			],
			sides.map((s, i) => {
				const run = i === 0 ? singleRun : networkRun;
				const st = stats[i]!;
				return [
					s.name,
					fmt(run.wallSeconds),
					rss(run),
					st.n,
					fmt(st.p50),
					fmt(st.p95),
					fmt(st.p99),
					fmt(st.mean),
					s.errors
				];
			})
		),
		'',
		`- Network / one instance: index time **${fmt(networkRun.wallSeconds / singleRun.wallSeconds, 2)}×**, search p50 **${fmt(stats[1]!.p50 / stats[0]!.p50, 2)}×**, p95 **${fmt(stats[1]!.p95 / stats[0]!.p95, 2)}×**.`,
		'- Both network instances run on the same machine and share its cores with the indexer (or the app and client), so this measures the cost of the network mode (placement, per-shard writes and settings, federation and merging), not the gain of spreading the index over machines.',
		`- Peak RSS source: ${singleRun.peakRssSource}.`
	].join('\n');
	return { title: 'Two shards vs one instance', command: 'npm run bench -- shards', body };
}
