import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MarsadError } from '../../src/lib/server/marsad-error';
import { dataDir } from '../../src/lib/server/meili-connection';
import { validateSearchParams } from '../../src/lib/server/request-schema';
import { defaultPresenters } from '../../src/lib/server/search-presenters';
import type { RetrievedDocument } from '../../src/lib/search/request';
import { networkForIndexer, openAdminConnection } from '../meili/admin-connection';
import { IndexWriter } from '../meili/index-writer';
import { shardedWriterFor } from '../meili/network-setup';
import { ConfigError, validateConfig, type WatchConfig } from '../watch/config';
import { IndexSink, type MultiSearch } from '../watch/index-sink';
import { StateStore, watchDir } from '../watch/state-store';
import { Watcher } from '../watch/watcher';
import { postBatch } from '../watch/webhook';

const log = (line: string) => process.stderr.write(line + '\n');

/** SOURCES.json → a checked configuration, or a MarsadError naming every bad field and why. */
export function loadWatchConfig(file: string, env: NodeJS.ProcessEnv = process.env): WatchConfig {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		throw new MarsadError(
			`${file}: cannot read the sources file (${(error as NodeJS.ErrnoException).code ?? String(error)})`
		);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new MarsadError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
	}
	let config: WatchConfig;
	try {
		config = validateConfig(json, {
			file,
			baseDir: dirname(resolve(file)),
			checkSearchParams: (params) => validateSearchParams(params).rejected
		});
	} catch (error) {
		if (error instanceof ConfigError) throw new MarsadError(describeProblems(error));
		throw error;
	}
	const missing = config.sources.flatMap((s, i) => {
		if (s.kind !== 'folder') return [];
		const info = (() => {
			try {
				return statSync(s.path);
			} catch {
				return null;
			}
		})();
		return info?.isDirectory() ? [] : [{ field: `sources[${i}].path`, reason: `${s.path} is not a folder` }];
	});
	if (missing.length) throw new MarsadError(describeProblems(new ConfigError(file, missing)));
	const origin = env.ORIGIN || env.MARSAD_APP_URL;
	if (!config.origin && origin) {
		try {
			config.origin = new URL(origin).origin;
		} catch {
			/* a bad ORIGIN is the app's problem; links stay relative */
		}
	}
	return config;
}

function describeProblems(error: ConfigError): string {
	return [`${error.file} is refused:`, ...error.problems.map((p) => `  ${p.field}: ${p.reason}`)].join('\n');
}

/** marsad watch SOURCES.json — polls the sources until SIGINT/SIGTERM, writing to the running server. */
export async function runWatch(argv: string[]): Promise<number> {
	const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true });
	if (positionals.length !== 1) throw new MarsadError('usage: marsad watch SOURCES.json');
	const config = loadWatchConfig(positionals[0]!);

	const store = new StateStore(watchDir(dataDir()));
	const other = store.lock();
	if (other !== null)
		throw new MarsadError(
			`another watcher (pid ${other}) uses ${store.dir}: stop it first, or give this one another MARSAD_DATA`
		);

	const stop = new AbortController();
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.on(signal, () => {
			if (stop.signal.aborted) return;
			log(`[watch] ${signal}: finishing the write in progress, then stopping`);
			stop.abort();
		});
	}

	const network = networkForIndexer();
	const connection = network ? null : await openAdminConnection();
	try {
		const sharded = network ? shardedWriterFor(network) : null;
		const single = connection ? new IndexWriter(connection.url, connection.masterKey) : null;
		const search: MultiSearch = async (queries) => {
			if (single)
				return (await single.client.multiSearch<{ queries: typeof queries }, RetrievedDocument>({ queries })).results;
			// A document lives on one shard: ask each, keep every hit.
			const perShard = await Promise.all(
				sharded!.shards.map((s) =>
					s.writer.client.multiSearch<{ queries: typeof queries }, RetrievedDocument>({ queries })
				)
			);
			return queries.map((_, i) => {
				const hits = perShard.flatMap((r) => r.results[i]?.hits ?? []);
				return { hits, totalHits: hits.length, totalPages: 1, processingTimeMs: 0 };
			});
		};
		const presenters = defaultPresenters();
		const sink = await IndexSink.open((sharded ?? single)!, search, presenters);
		log(
			`[watch] ${config.sources.length} source(s), ${config.alerts.length} alert(s); the index holds ${sink.size} articles; state in ${store.dir}`
		);
		const watcher = new Watcher({
			config,
			store,
			sink,
			post: postBatch,
			label: (field, id, ui) => presenters.facetLabel(field, id, ui),
			log
		});
		await watcher.run(stop.signal);
		log('[watch] stopped');
		return 0;
	} finally {
		store.unlock();
		await connection?.close();
	}
}
