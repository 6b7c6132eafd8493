import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { MarsadError } from './marsad-error';

/**
 * A Meilisearch network: several instances, each holding one shard of the articles index,
 * searched together with one federated multi-search (`federationOptions.remote`).
 *
 * `MEILI_NETWORK` = this JSON, inline or as the path of a JSON file:
 *   { "self": "shard-0",
 *     "remotes": { "shard-0": { "url": "http://…", "searchApiKey": "…", "masterKey": "…" }, … },
 *     "write": "marsad" }
 * - `remotes` is the shard list; its key order is the placement order (do not reorder).
 * - `self` is the instance the app sends its federated queries to first (any live one is used
 *   when it is down).
 * - `write`: "marsad" (default) — the indexer places each document on
 *   `shardOf(id, names)`; "meilisearch" — Meilisearch's own `sharding` places them (an
 *   Enterprise Edition feature, BUSL-licensed: see docs/scaling.md).
 * - `masterKey` is read by the indexer only; the app never receives it.
 */

export type WriteMode = 'marsad' | 'meilisearch';

export interface NetworkRemote {
	url: string;
	searchApiKey: string;
	masterKey?: string;
}

export interface NetworkConfig {
	self: string;
	remotes: Record<string, NetworkRemote>;
	write: WriteMode;
}

const NAME_RE = /^[A-Za-z0-9_-]{1,64}$/;

/** Validates a parsed network description; throws MarsadError with the first problem found. */
export function validateNetwork(raw: unknown, origin = 'MEILI_NETWORK'): NetworkConfig {
	const fail = (why: string): never => {
		throw new MarsadError(`${origin}: ${why}`);
	};
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('expected a JSON object');
	const o = raw as Record<string, unknown>;
	const remotesRaw = o.remotes;
	if (typeof remotesRaw !== 'object' || remotesRaw === null || Array.isArray(remotesRaw))
		fail('"remotes" must be an object');
	const remotes: Record<string, NetworkRemote> = {};
	for (const [name, value] of Object.entries(remotesRaw as Record<string, unknown>)) {
		if (!NAME_RE.test(name)) fail(`remote name "${name}" must be 1-64 letters, digits, "-" or "_"`);
		const r = value as Record<string, unknown> | null;
		if (typeof r !== 'object' || r === null) fail(`remote "${name}" must be an object`);
		const { url, searchApiKey, masterKey } = r as Record<string, unknown>;
		if (typeof url !== 'string' || !/^https?:\/\//.test(url)) fail(`remote "${name}": "url" must be an http(s) URL`);
		if (typeof searchApiKey !== 'string' || !searchApiKey) fail(`remote "${name}": "searchApiKey" is required`);
		if (masterKey !== undefined && typeof masterKey !== 'string')
			fail(`remote "${name}": "masterKey" must be a string`);
		remotes[name] = {
			url: (url as string).replace(/\/+$/, ''),
			searchApiKey: searchApiKey as string,
			...(masterKey ? { masterKey: masterKey as string } : {})
		};
	}
	const names = Object.keys(remotes);
	if (names.length === 0) fail('"remotes" lists no instance');
	const self = o.self ?? names[0];
	if (typeof self !== 'string' || !(self in remotes)) fail(`"self" must name one of the remotes (${names.join(', ')})`);
	const write = o.write ?? 'marsad';
	if (write !== 'marsad' && write !== 'meilisearch') fail('"write" must be "marsad" or "meilisearch"');
	return { self: self as string, remotes, write: write as WriteMode };
}

/** `MEILI_NETWORK` as inline JSON (starts with "{") or a path to a JSON file; null when unset. */
export function parseNetworkSetting(value: string | undefined): NetworkConfig | null {
	if (!value || !value.trim()) return null;
	const text = value.trim();
	let json: string;
	let origin = 'MEILI_NETWORK';
	if (text.startsWith('{')) json = text;
	else {
		if (!existsSync(text)) throw new MarsadError(`MEILI_NETWORK: "${text}" is neither JSON nor an existing file`);
		json = readFileSync(text, 'utf8');
		origin = `MEILI_NETWORK (${text})`;
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch (cause) {
		throw new MarsadError(`${origin}: not valid JSON (${(cause as Error).message})`, { cause });
	}
	return validateNetwork(parsed, origin);
}

/** Shard names in placement order. */
export function shardNames(network: NetworkConfig): string[] {
	return Object.keys(network.remotes);
}

/**
 * The shard a document lives on: first 8 bytes of SHA-256(id) modulo the shard count. Stable
 * across processes, platforms and Node versions; changes only when the shard list changes.
 */
export function shardIndexOf(id: string, shardCount: number): number {
	if (shardCount <= 1) return 0;
	const digest = createHash('sha256').update(id, 'utf8').digest();
	return Number(digest.readBigUInt64BE(0) % BigInt(shardCount));
}

/** The network without master keys: what the app process may see. */
export function searchOnlyNetwork(network: NetworkConfig): NetworkConfig {
	const remotes: Record<string, NetworkRemote> = {};
	for (const [name, r] of Object.entries(network.remotes)) remotes[name] = { url: r.url, searchApiKey: r.searchApiKey };
	return { ...network, remotes };
}
