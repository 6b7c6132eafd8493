/**
 * npm start: build the app if needed, start embedded Meilisearch (unless MEILI_URL), index the
 * seeds when the index is empty (or the paths given with --index), serve the app, and stop
 * everything on Ctrl-C / SIGTERM. `--watch SOURCES.json` also runs the watcher beside the app.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ARTICLES_INDEX, dataDir, runtimeFile } from '../src/lib/server/meili-connection';
import { MarsadError, terminalMessage } from '../src/lib/server/marsad-error';
import { startEmbeddedMeili, waitForHealth, type EmbeddedMeili } from '../src/lib/server/embedded-meili';
import { IndexWriter } from '../indexer/meili/index-writer';
import { configureNetwork, networkConfigOf, type NetworkInstance } from '../indexer/meili/network-setup';
import { ShardedIndexWriter } from '../indexer/meili/sharded-writer';
import type { ArticleWriter } from '../indexer/meili/article-writer';
import { indexArticles } from '../indexer/index-articles';
import { articleIndexSettings } from '../indexer/meili/index-settings';
import { documentSynonyms } from '../indexer/pipeline/build-document';
import { buildIsStale } from './build-stamp';
import { BUILD_STEPS } from './build-steps';
import { appOrigin, assertPortFree, waitForHttp } from './net';
import { startWatcher, type WatcherChild } from './watch-child';

const log = (line: string) => process.stderr.write(line + '\n');

async function main(): Promise<void> {
	const { values } = parseArgs({
		args: process.argv.slice(2),
		options: { index: { type: 'string', multiple: true }, shards: { type: 'string' }, watch: { type: 'string' } },
		allowPositionals: false
	});
	const host = process.env.HOST || '127.0.0.1';
	const port = Number(process.env.PORT || 3000);
	if (!Number.isInteger(port) || port <= 0 || port > 65535)
		throw new MarsadError(`PORT=${process.env.PORT} is not a valid port number.`);
	const shardCount = values.shards === undefined ? 1 : Number(values.shards);
	if (!Number.isInteger(shardCount) || shardCount < 1 || shardCount > 16)
		throw new MarsadError(`--shards must be a whole number from 1 to 16, got "${values.shards}"`);
	if (shardCount > 1 && (process.env.MEILI_URL || process.env.MEILI_NETWORK)) {
		throw new MarsadError(
			'--shards starts embedded instances: unset MEILI_URL / MEILI_NETWORK (or drop --shards and let MEILI_NETWORK describe your network).'
		);
	}
	await assertPortFree(host, port);
	// An invalid sources file is refused before anything starts.
	if (values.watch) (await import('../indexer/commands/watch')).loadWatchConfig(values.watch);

	if (buildIsStale()) {
		log('Building the app (vite build)…');
		for (const step of BUILD_STEPS) await run(step.command, [...step.args]);
	}

	let meili: EmbeddedMeili | null = null;
	const shards: EmbeddedMeili[] = [];
	let watcher: WatcherChild | null = null;
	const cleanup = async () => {
		// The watcher finishes the write in progress while its Meilisearch still runs.
		await watcher?.stop();
		app?.kill('SIGTERM');
		if (meili || shards.length) rmSync(runtimeFile(dataDir()), { force: true });
		await Promise.all([meili?.stop(), ...shards.map((s) => s.stop())]);
	};
	let app: ChildProcess | null = null;
	let stopping = false;
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.on(signal, () => {
			if (stopping) return;
			stopping = true;
			log(`\nStopping Marsad (${signal})…`);
			void cleanup().then(() => process.exit(0));
		});
	}

	try {
		let url: string;
		let searchKey: string | undefined;
		let masterKey: string | undefined;
		let writer: ArticleWriter<unknown> & { documentCount(): Promise<number> };
		if (shardCount > 1) {
			// N embedded instances, data in $MARSAD_DATA/shard-i, joined into a Meilisearch network.
			const instances: NetworkInstance[] = [];
			for (let i = 0; i < shardCount; i++) {
				const name = `shard-${i}`;
				const server = await startEmbeddedMeili({ dataDir: join(dataDir(), name), log });
				shards.push(server);
				const searchKey = await new IndexWriter(server.url, server.masterKey).ensureSearchKey();
				instances.push({ name, url: server.url, masterKey: server.masterKey, searchKey });
			}
			await configureNetwork(instances, 'marsad');
			const network = networkConfigOf(instances, 'marsad');
			writeFileSync(
				runtimeFile(dataDir()),
				JSON.stringify({ url: instances[0]!.url, searchKey: instances[0]!.searchKey, pid: process.pid, network }) +
					'\n',
				{ mode: 0o600 }
			);
			writer = new ShardedIndexWriter(
				instances.map((i) => ({ name: i.name, writer: new IndexWriter(i.url, i.masterKey) }))
			);
			url = instances[0]!.url;
			masterKey = instances[0]!.masterKey;
			log(`Meilisearch network of ${shardCount} shards configured (documents placed by Marsad, searches federated).`);
		} else {
			if (process.env.MEILI_URL) {
				url = process.env.MEILI_URL;
				try {
					await waitForHealth(url, 5000);
				} catch (cause) {
					throw new MarsadError(
						`Meilisearch at MEILI_URL=${url} is unreachable: check the URL and that the server runs, or unset MEILI_URL to use the embedded one.`,
						{ cause }
					);
				}
				searchKey = process.env.MEILI_SEARCH_KEY;
				masterKey = process.env.MEILI_MASTER_KEY;
			} else {
				meili = await startEmbeddedMeili({ dataDir: dataDir(), log });
				url = meili.url;
				masterKey = meili.masterKey;
			}
			const single = new IndexWriter(url, masterKey);
			writer = single;
			if (!process.env.MEILI_URL) searchKey = await single.ensureSearchKey();
			if (meili && searchKey) {
				writeFileSync(runtimeFile(dataDir()), JSON.stringify({ url, searchKey, pid: process.pid }) + '\n', {
					mode: 0o600
				});
			}
		}

		const paths = values.index ?? (process.env.MARSAD_INDEX ? process.env.MARSAD_INDEX.split(':') : null);
		const canWrite = !(masterKey === undefined && process.env.MEILI_URL);
		if (!canWrite) log('MEILI_MASTER_KEY is not set: skipping indexing and settings.');
		else if (paths || (await writer.documentCount()) === 0)
			await indexArticles({ paths: paths ?? ['seeds'], writer, log });
		// An index made by an older Marsad gets this version's settings (new filterable fields,
		// synonyms), so the app's requests never hit a schema it does not know.
		else await writer.prepareIndex(ARTICLES_INDEX, articleIndexSettings(documentSynonyms()));

		// The app gets the search-only key, never the master key. On a network it reads the
		// shards (search keys only) from runtime.json, so MEILI_URL is not set.
		const appEnv: NodeJS.ProcessEnv = {
			...process.env,
			HOST: host,
			PORT: String(port),
			ORIGIN: appOrigin(process.env, host, port),
			...(shards.length ? {} : { MEILI_URL: url })
		};
		delete appEnv.MEILI_MASTER_KEY;
		if (searchKey) appEnv.MEILI_SEARCH_KEY = searchKey;
		app = spawn(process.execPath, ['build'], { env: appEnv, stdio: ['ignore', 'inherit', 'inherit'] });
		app.once('exit', (code) => {
			if (stopping) return;
			log(`The app exited with code ${code}.`);
			void cleanup().then(() => process.exit(code ?? 1));
		});
		await waitForHttp(`http://${host.includes(':') ? `[${host}]` : host}:${port}/health`, 30_000);
		process.stdout.write(`Marsad ready at http://${host}:${port}\n`);
		if (values.watch) {
			const appUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
			watcher = startWatcher(values.watch, { ...process.env, MARSAD_APP_URL: appUrl }, (code) => {
				if (!stopping) log(`The watcher exited with code ${code}; the app keeps serving (see /sources).`);
			});
		}
		// An embedded Meilisearch that dies (OOM killer, kill -9) would leave /health at 503
		// forever: say so and stop, non-zero, so a supervisor restarts the whole of Marsad.
		for (const server of [meili, ...shards]) {
			void server?.exited.then(({ code, signal }) => {
				if (stopping) return;
				stopping = true;
				log(`Meilisearch (pid ${server.pid}) exited unexpectedly (${signal ?? `code ${code}`}): stopping Marsad.`);
				void cleanup().then(() => process.exit(1));
			});
		}
	} catch (error) {
		await cleanup();
		throw error;
	}
}

function run(command: string, args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: 'inherit' });
		child.once('exit', (code) =>
			code === 0 ? resolve() : reject(new MarsadError(`${command} ${args.join(' ')} failed with code ${code}`))
		);
	});
}

main().catch((error: unknown) => {
	process.stderr.write(`marsad start: ${terminalMessage(error)}\n`);
	process.exit(1);
});
