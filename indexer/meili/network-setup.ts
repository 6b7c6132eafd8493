import { MarsadError } from '../../src/lib/server/marsad-error';
import type { NetworkConfig, WriteMode } from '../../src/lib/server/meili-network';
import { IndexWriter } from './index-writer';
import { ShardedIndexWriter } from './sharded-writer';

/** One instance of a network as the indexer sees it: with its master key. */
export interface NetworkInstance {
	name: string;
	url: string;
	masterKey: string;
	/** Search-only key of this instance (given to the app and to the other instances). */
	searchKey: string;
}

async function admin(instance: NetworkInstance, method: string, path: string, body: unknown): Promise<unknown> {
	const res = await fetch(`${instance.url}${path}`, {
		method,
		headers: { 'content-type': 'application/json', authorization: `Bearer ${instance.masterKey}` },
		body: JSON.stringify(body),
		signal: AbortSignal.timeout(10_000)
	});
	const text = await res.text();
	if (!res.ok)
		throw new MarsadError(`${method} ${path} on ${instance.name} (${instance.url}) failed: HTTP ${res.status} ${text}`);
	return text ? JSON.parse(text) : null;
}

/**
 * Turns on the experimental `network` feature of every instance and tells each one who it is
 * (`self`) and how to reach the others (`remotes`, with their search keys) — what federated
 * search with `federationOptions.remote` needs. Mode "meilisearch" also sets `sharding: true`
 * and gives each remote a `writeApiKey`, so writes sent to one instance are spread by Meilisearch.
 */
export async function configureNetwork(instances: NetworkInstance[], write: WriteMode = 'marsad'): Promise<void> {
	const remotes: Record<string, { url: string; searchApiKey: string; writeApiKey?: string }> = {};
	for (const i of instances) {
		remotes[i.name] = {
			url: i.url,
			searchApiKey: i.searchKey,
			...(write === 'meilisearch' ? { writeApiKey: i.masterKey } : {})
		};
	}
	for (const instance of instances) {
		await admin(instance, 'PATCH', '/experimental-features', { network: true });
		const answer = (await admin(instance, 'PATCH', '/network', {
			self: instance.name,
			remotes,
			...(write === 'meilisearch' ? { sharding: true } : {})
		})) as { self?: string; sharding?: boolean } | null;
		if (answer?.self !== instance.name)
			throw new MarsadError(`${instance.name} did not accept its network configuration`);
		if (write === 'meilisearch' && answer.sharding !== true) {
			throw new MarsadError(`${instance.name} does not support Meilisearch sharding: use "write": "marsad"`);
		}
	}
}

/** The network config the app reads (search keys only), with `self` = the first instance. */
export function networkConfigOf(instances: NetworkInstance[], write: WriteMode = 'marsad'): NetworkConfig {
	const remotes: NetworkConfig['remotes'] = {};
	for (const i of instances) remotes[i.name] = { url: i.url, searchApiKey: i.searchKey };
	return { self: instances[0]!.name, remotes, write };
}

/** A writer over every instance of a network config that carries master keys. */
export function shardedWriterFor(network: NetworkConfig): ShardedIndexWriter {
	const shards = Object.entries(network.remotes).map(([name, r]) => {
		if (!r.masterKey)
			throw new MarsadError(`MEILI_NETWORK: remote "${name}" has no "masterKey": the indexer needs it to write`);
		return { name, writer: new IndexWriter(r.url, r.masterKey) };
	});
	return new ShardedIndexWriter(shards, network.write);
}
