import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseNetworkSetting, type NetworkConfig } from './meili-network';

/** Name of the live articles index. Rebuilds go to a temporary index that is swapped in. */
export const ARTICLES_INDEX = 'articles';

/** Where the embedded server keeps its data, master key and runtime file. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.MARSAD_DATA || '.data');
}

/** Written by whoever starts the embedded server, read by the app and the indexer. */
export interface RuntimeInfo {
	url: string;
	searchKey: string;
	pid: number;
	/** Set by `npm start -- --shards N`: the instances, search keys only (no master keys). */
	network?: NetworkConfig;
}

export function runtimeFile(dir: string): string {
	return join(dir, 'runtime.json');
}

export function readRuntimeInfo(dir: string): RuntimeInfo | null {
	try {
		return JSON.parse(readFileSync(runtimeFile(dir), 'utf8')) as RuntimeInfo;
	} catch {
		return null;
	}
}

export interface SearchConnection {
	url: string;
	/** Search-only key; never the master key. */
	apiKey: string | undefined;
}

/**
 * How the app reaches Meilisearch: `MEILI_URL` + `MEILI_SEARCH_KEY` (external), else the embedded
 * server recorded in the data dir by `npm start`.
 */
export function resolveSearchConnection(env: NodeJS.ProcessEnv = process.env): SearchConnection {
	if (env.MEILI_URL) return { url: env.MEILI_URL, apiKey: env.MEILI_SEARCH_KEY || undefined };
	const info = readRuntimeInfo(dataDir(env));
	if (!info) {
		throw new Error(
			`No Meilisearch to talk to: set MEILI_URL (and MEILI_SEARCH_KEY), or run "npm start" so the embedded server records itself in ${runtimeFile(dataDir(env))}`
		);
	}
	return { url: info.url, apiKey: info.searchKey };
}

/**
 * The Meilisearch network to search, or null for the single-instance path: `MEILI_NETWORK`
 * (JSON or a JSON file), else — unless `MEILI_URL` names one server — the network `npm start
 * -- --shards N` recorded in the data dir.
 */
export function resolveNetwork(env: NodeJS.ProcessEnv = process.env): NetworkConfig | null {
	const configured = parseNetworkSetting(env.MEILI_NETWORK);
	if (configured) return configured;
	if (env.MEILI_URL) return null;
	return readRuntimeInfo(dataDir(env))?.network ?? null;
}
