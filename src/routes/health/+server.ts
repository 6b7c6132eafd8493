import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { searchBackend } from '$lib/server/meili-search-client';

/** 200 only when Meilisearch itself answers /health; 503 otherwise. */
export const GET: RequestHandler = async () => {
	const healthy = await searchBackend().isHealthy();
	return json(healthy ? { status: 'ok' } : { status: 'unavailable', error: 'search engine unavailable' }, {
		status: healthy ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
};
