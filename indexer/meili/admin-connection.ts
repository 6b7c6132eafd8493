import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { dataDir, readRuntimeInfo } from '../../src/lib/server/meili-connection';
import { startEmbeddedMeili, waitForHealth } from '../../src/lib/server/embedded-meili';
import { MarsadError } from '../../src/lib/server/marsad-error';
import { parseNetworkSetting, type NetworkConfig } from '../../src/lib/server/meili-network';

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
			throw new MarsadError(
				`Meilisearch at MEILI_URL=${env.MEILI_URL} is unreachable: check the URL and that the server runs, or unset MEILI_URL to use the embedded one.`,
				{ cause }
			);
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

/**
 * The network the indexer writes to, with master keys, or null for the single-instance path:
 * `MEILI_NETWORK` (each remote with its `masterKey`), else the network `npm start -- --shards N`
 * recorded in the data dir (master keys read from each shard's data dir `$MARSAD_DATA/<name>`).
 */
export function networkForIndexer(env: NodeJS.ProcessEnv = process.env): NetworkConfig | null {
	const configured = parseNetworkSetting(env.MEILI_NETWORK);
	if (configured) return configured;
	if (env.MEILI_URL) return null;
	const dir = dataDir(env);
	const recorded = readRuntimeInfo(dir)?.network;
	if (!recorded) return null;
	const remotes: NetworkConfig['remotes'] = {};
	for (const [name, r] of Object.entries(recorded.remotes)) {
		const keyFile = join(dir, name, 'master.key');
		if (!existsSync(keyFile))
			throw new MarsadError(
				`No master key for shard ${name} in ${keyFile}: is this the data dir "npm start -- --shards" uses?`
			);
		remotes[name] = { ...r, masterKey: readFileSync(keyFile, 'utf8').trim() };
	}
	return { ...recorded, remotes };
}
