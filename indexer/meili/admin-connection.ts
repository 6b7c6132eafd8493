import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { dataDir, readRuntimeInfo } from '../../src/lib/server/meili-connection';
import { startEmbeddedMeili, waitForHealth } from '../../src/lib/server/embedded-meili';
import { MarsadError } from '../../src/lib/server/marsad-error';

/** A Meilisearch the indexer may write to, with the master key; `close` stops what we started. */
export interface AdminConnection {
	url: string;
	masterKey: string | undefined;
	/** True when this process started the server and must stop it. */
	owned: boolean;
	close(): Promise<void>;
}

/**
 * `MEILI_URL` (+ `MEILI_MASTER_KEY`) wins; else the server `npm start` recorded in the data dir;
 * else an embedded server started for the duration of the work.
 */
export async function openAdminConnection(env: NodeJS.ProcessEnv = process.env): Promise<AdminConnection> {
	if (env.MEILI_URL) {
		try {
			await waitForHealth(env.MEILI_URL, 5000);
		} catch (cause) {
			throw new MarsadError(`Meilisearch at MEILI_URL=${env.MEILI_URL} is unreachable: check the URL and that the server runs, or unset MEILI_URL to use the embedded one.`, { cause });
		}
		return { url: env.MEILI_URL, masterKey: env.MEILI_MASTER_KEY || undefined, owned: false, close: async () => {} };
	}
	const dir = dataDir(env);
	const running = readRuntimeInfo(dir);
	const keyFile = join(dir, 'master.key');
	if (running && existsSync(keyFile)) {
		try {
			await waitForHealth(running.url, 1500);
			return { url: running.url, masterKey: readFileSync(keyFile, 'utf8').trim(), owned: false, close: async () => {} };
		} catch {
			/* stale runtime file: the server is gone, start our own */
		}
	}
	const server = await startEmbeddedMeili({ dataDir: dir, env });
	return { url: server.url, masterKey: server.masterKey, owned: true, close: () => server.stop() };
}
