import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { FACET_FIELDS } from '$lib/search/types';
import { isFacetField } from '$lib/search/url-state';
import { answerSearch, BadSearchRequest, readSearchRequest } from '$lib/server/search-http';
import { searchFacetValues } from '$lib/server/search-service';
import * as v from 'valibot';
import { FACET_QUERY_SCHEMA } from '$lib/server/request-schema';

const MAX_FACET_QUERY = 100;

/** GET /api/facet-search?field=actor&fq=داع&<search state> → { field, query, values: FacetValue[] } */
export const GET: RequestHandler = ({ url, request }) =>
	answerSearch(async () => {
		const field = url.searchParams.get('field');
		if (!isFacetField(field)) throw new BadSearchRequest(`field must be one of ${FACET_FIELDS.join(', ')}`);
		const fq = (url.searchParams.get('fq') ?? '').trim();
		if (!v.safeParse(FACET_QUERY_SCHEMA, fq).success)
			throw new BadSearchRequest(`fq too long: at most ${MAX_FACET_QUERY} characters`);
		const { state, ui } = readSearchRequest(url, request);
		const values = await searchFacetValues(field, fq, state, ui);
		return json({ field, query: fq, values }, { headers: { 'cache-control': 'no-store' } });
	});
