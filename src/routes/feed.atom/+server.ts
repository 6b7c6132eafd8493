import type { RequestHandler } from './$types';
import { atomDate, atomXml } from '$lib/search/atom-feed';
import { stateToUrl, withPage, withSort } from '$lib/search/url-state';
import { answerSearch, readSearchRequest } from '$lib/server/search-http';
import { searchArticles } from '$lib/server/search-service';
import { publicOrigin } from '$lib/server/public-origin';

const FEED_ENTRIES = 50;

/** GET /feed.atom?<search state>: the 50 newest results of the search as Atom. */
export const GET: RequestHandler = ({ url, request }) =>
	answerSearch(async () => {
		const read = readSearchRequest(url, request);
		const state = withPage(withSort(read.state, 'newest'), 1);
		const result = await searchArticles(state, read.ui, { hitsPerPage: FEED_ENTRIES, signal: request.signal });
		const now = new Date().toISOString();
		// Not url.origin: without ORIGIN, adapter-node takes it from the request's Host header.
		const origin = publicOrigin();
		const entries = result.hits.map((hit) => {
			const link = new URL(`/article/${encodeURIComponent(hit.id)}`, origin).href;
			return {
				id: link,
				title: hit.title,
				link,
				related: hit.url,
				updated: atomDate(hit.date, now),
				summaryHtml: hit.snippet,
				lang: hit.lang,
				categories: [...hit.actors, ...hit.countries, ...hit.threats].map((e) => ({ term: e.id, label: e.label }))
			};
		});
		const query = stateToUrl({ ...state, sort: 'relevance' });
		const xml = atomXml({
			id: new URL(`/feed.atom${query}`, origin).href,
			title: state.q ? `Marsad — ${state.q}` : 'Marsad',
			selfUrl: new URL(`/feed.atom${query}`, origin).href,
			alternateUrl: new URL(`/${stateToUrl({ ...state, sort: 'newest' })}`, origin).href,
			updated: entries[0]?.updated ?? now,
			entries,
			generator: 'Marsad'
		});
		return new Response(xml, {
			headers: {
				'content-type': 'application/atom+xml; charset=utf-8',
				'cache-control': 'public, max-age=300',
				vary: 'Accept-Language'
			}
		});
	});
