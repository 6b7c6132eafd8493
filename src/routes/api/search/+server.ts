import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { answerSearch, readSearchRequest } from '$lib/server/search-http';
import { searchArticles } from '$lib/server/search-service';

/** GET /api/search?q=&page=&lang=&country=&actor=&threat=&from=&to=&sort=&ui= → SearchResponse */
export const GET: RequestHandler = ({ url, request }) =>
	answerSearch(async () => {
		const { state, ui } = readSearchRequest(url, request);
		const response = await searchArticles(state, ui, { signal: request.signal });
		return json(response, { headers: { 'cache-control': 'no-store', vary: 'Accept-Language' } });
	});
