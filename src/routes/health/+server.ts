import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { searchBackend } from '$lib/server/meili-search-client';

/**
 * 200 only when Meilisearch itself answers /health; 503 otherwise. On a network, every shard is
 * listed; some down = 200 "degraded" (searches answer with partial results), all down = 503.
 */
export const GET: RequestHandler = async () => {
	const backend = searchBackend();
	const headers = { 'cache-control': 'no-store' };
	if (backend.shardHealth) {
		const shards = await backend.shardHealth().catch(() => []);
		const up = shards.filter((s) => s.healthy).length;
		const status = up === 0 ? 'unavailable' : up === shards.length ? 'ok' : 'degraded';
		return json(
			{
				status,
				...(up === 0 ? { error: 'search engine unavailable' } : {}),
				shards: shards.map((s) => ({ name: s.name, status: s.healthy ? 'ok' : 'unavailable' }))
			},
			{ status: up === 0 ? 503 : 200, headers }
		);
	}
	const healthy = await backend.isHealthy();
	return json(healthy ? { status: 'ok' } : { status: 'unavailable', error: 'search engine unavailable' }, {
		status: healthy ? 200 : 503,
		headers
	});
};
