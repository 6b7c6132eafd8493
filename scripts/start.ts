/**
 * npm start: build the app if needed, start embedded Meilisearch (unless MEILI_URL), index the
 * seeds when the index is empty (or the paths given with --index), serve the app, and stop
 * everything on Ctrl-C / SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dataDir, runtimeFile } from '../src/lib/server/meili-connection';
import { MarsadError } from '../src/lib/server/marsad-error';
import { startEmbeddedMeili, type EmbeddedMeili } from '../src/lib/server/embedded-meili';
import { IndexWriter } from '../indexer/meili/index-writer';
import { indexArticles } from '../indexer/index-articles';
import { buildIsStale } from './build-stamp';
import { assertPortFree, waitForHttp } from './net';

const log = (line: string) => process.stderr.write(line + '\n');

async function main(): Promise<void> {
	const { values } = parseArgs({
		args: process.argv.slice(2),
		options: { index: { type: 'string', multiple: true } },
		allowPositionals: false
	});
	const host = process.env.HOST || '127.0.0.1';
	const port = Number(process.env.PORT || 3000);
	if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new MarsadError(`PORT=${process.env.PORT} is not a valid port number.`);
	await assertPortFree(host, port);

	if (buildIsStale()) {
		log('Building the app (vite build)…');
		await run('npx', ['vite', 'build', '--logLevel', 'warn']);
	}

	let meili: EmbeddedMeili | null = null;
	const cleanup = async () => {
		app?.kill('SIGTERM');
		if (meili) rmSync(runtimeFile(dataDir()), { force: true });
		await meili?.stop();
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
		if (process.env.MEILI_URL) {
			url = process.env.MEILI_URL;
			searchKey = process.env.MEILI_SEARCH_KEY;
			masterKey = process.env.MEILI_MASTER_KEY;
		} else {
			meili = await startEmbeddedMeili({ dataDir: dataDir(), log });
			url = meili.url;
			masterKey = meili.masterKey;
		}
		const writer = new IndexWriter(url, masterKey);
		if (!process.env.MEILI_URL) searchKey = await writer.ensureSearchKey();
		if (meili && searchKey) {
			writeFileSync(runtimeFile(dataDir()), JSON.stringify({ url, searchKey, pid: process.pid }) + '\n', { mode: 0o600 });
		}

		const paths = values.index ?? (process.env.MARSAD_INDEX ? process.env.MARSAD_INDEX.split(':') : null);
		if (paths || (await writer.documentCount()) === 0) {
			if (masterKey === undefined && process.env.MEILI_URL) log('MEILI_MASTER_KEY is not set: skipping indexing.');
			else await indexArticles({ paths: paths ?? ['seeds'], writer, log });
		}

		// The app gets the search-only key, never the master key.
		const appEnv: NodeJS.ProcessEnv = { ...process.env, HOST: host, PORT: String(port), MEILI_URL: url };
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
	} catch (error) {
		await cleanup();
		throw error;
	}
}

function run(command: string, args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: 'inherit' });
		child.once('exit', (code) => (code === 0 ? resolve() : reject(new MarsadError(`${command} ${args.join(' ')} failed with code ${code}`))));
	});
}

main().catch((error: unknown) => {
	const message = error instanceof MarsadError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
	process.stderr.write(`marsad start: ${message}\n`);
	process.exit(1);
});
