import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import { ARTICLE_ID_SCHEMA, validateSearchParams } from '$lib/server/request-schema';
import { stateFromUrl } from '$lib/search/url-state';
import { getArticle, getDocument, moreLikeThis } from '$lib/server/search-service';
import { SearchUnavailableError } from '$lib/server/meili-search-client';
import { MESSAGES } from '$lib/i18n/all';
import { defaultKb, extractFacets } from '$lib/facets/index';
import { threatWhy } from '$lib/facets/evidence';
import type { PageServerLoad } from './$types';

const RELATED = 5;

// The query string is the search the reader came from: it marks the query terms in the
// text and builds the link back.
export const load: PageServerLoad = async ({ params, url, parent }) => {
	const state = stateFromUrl(validateSearchParams(url.searchParams).params);
	const { uiLang } = await parent();
	const t = MESSAGES[uiLang];
	if (!v.safeParse(ARTICLE_ID_SCHEMA, params.id).success) error(404, { message: t.notFoundTitle, code: 'not_found' });
	try {
		const [article, doc] = await Promise.all([getArticle(params.id, uiLang, state.q), getDocument(params.id)]);
		if (!article || !doc) error(404, { message: t.notFoundTitle, code: 'not_found' });
		const related = await moreLikeThis(doc, RELATED, uiLang);
		// Why each threat tag: the extraction run again on the text gives its score and evidence.
		const facets = extractFacets({ title: article.title, body: article.body, lang: article.lang }, defaultKb());
		const why = threatWhy(
			facets,
			article.threats.map((x) => x.id)
		);
		return { state, article, related, why };
	} catch (e) {
		if (e instanceof SearchUnavailableError) {
			error(503, { message: t.unavailableTitle, code: 'search_unavailable' });
		}
		throw e;
	}
};
