import { describe, expect, it } from 'vitest';
import type { MultiSearchQuery, SearchForFacetValuesParams } from 'meilisearch';
import type { Presenters } from '$lib/search/presenters';
import type { RetrievedDocument } from '$lib/search/request';
import { STORIES_ONLY_FILTER } from '$lib/search/request';
import type { SearchBackend } from '$lib/server/meili-search-client';
import { createSearchService } from '$lib/server/search-service';
import { defaultState, stateFromUrl } from '$lib/search/url-state';

const presenters: Presenters = {
	analyzeText: () => [],
	analyzeQuery: (q) =>
		q
			.split(' ')
			.filter(Boolean)
			.map((w, i, a) => ({ surface: w, term: w, token: `t${w}`, prefix: i === a.length - 1 })),
	highlightHtml: (text, _l, q) => q.reduce((t, w) => t.replace(w.surface, `<mark>${w.surface}</mark>`), text),
	snippetHtml: (text, _l, _q, max) => text.slice(0, max),
	matchQueryEntities: (q) =>
		q.includes('daesh') ? [{ kind: 'actor', id: 'isis', label: 'ISIS', matched: 'daesh' }] : [],
	facetLabel: (field, id, ui) => `${field}:${id}:${ui}`,
	actorType: (id) => (id === 'isis' ? 'group' : undefined),
	facetNames: (field) => (field === 'actor' ? new Map([['isis', ['داعش']]]) : new Map())
};

const docA: RetrievedDocument = {
	id: 'a',
	title: 'daesh attack',
	body: 'body of a',
	lang: 'fr',
	source: null,
	url: null,
	date: '2024-01-02',
	timestamp: 1,
	actors: ['isis', 'x'],
	countries: ['SY'],
	threats: []
};

function fakeBackend(answers: Record<string, unknown>[][] = []) {
	const calls: { multi: MultiSearchQuery[][]; facet: SearchForFacetValuesParams[] } = { multi: [], facet: [] };
	const backend: SearchBackend = {
		async multiSearch(queries) {
			calls.multi.push(queries);
			const answer = answers.shift() ?? queries.map(() => ({}));
			return queries.map((q, i) => ({
				indexUid: q.indexUid,
				query: q.q ?? '',
				processingTimeMs: 1,
				hits: [],
				...answer[i]
			})) as never;
		},
		async getDocument(id) {
			return (id === 'a' ? docA : null) as never;
		},
		async searchForFacetValues(params) {
			calls.facet.push(params);
			return {
				facetHits: [{ value: 'islamic-jihad', count: 2 }],
				facetQuery: params.facetQuery ?? null,
				processingTimeMs: 0
			};
		},
		async isHealthy() {
			return true;
		}
	};
	return { backend, calls };
}

let clock = 0;
const now = () => (clock += 7);

describe('searchArticles', () => {
	it('sends one multi-search and shapes the response', async () => {
		const { backend, calls } = fakeBackend([
			[
				{
					hits: [docA],
					totalHits: 1,
					totalPages: 1,
					facetDistribution: {
						lang: { fr: 1 },
						actors: { isis: 1, x: 1 },
						countries: { SY: 1 },
						month: { '2024-01': 1 }
					}
				},
				{ facetDistribution: { countries: { SY: 1, IQ: 4 } } }
			]
		]);
		const svc = createSearchService({ backend, presenters, indexUid: 'articles', now });
		const r = await svc.searchArticles(stateFromUrl(new URLSearchParams('q=daesh&country=SY&country=LB')), 'fr');
		expect(calls.multi).toHaveLength(1);
		expect(calls.multi[0]!.map((q) => q.q)).toEqual(['tdaesh', 'tdaesh']);
		expect(r).toMatchObject({
			query: 'daesh',
			total: 1,
			page: 1,
			pages: 1,
			hitsPerPage: 20,
			took_ms: 7,
			histogram: { '2024-01': 1 }
		});
		expect(r.entities).toEqual([{ kind: 'actor', id: 'isis', label: 'ISIS', matched: 'daesh' }]);
		expect(r.hits[0]).toEqual({
			id: 'a',
			title: 'daesh attack',
			titleHtml: '<mark>daesh</mark> attack',
			lang: 'fr',
			source: null,
			url: null,
			date: '2024-01-02',
			snippet: 'body of a',
			similar: 0,
			actors: [
				{ id: 'isis', label: 'actor:isis:fr', type: 'group' },
				{ id: 'x', label: 'actor:x:fr', type: 'group' }
			],
			countries: [{ id: 'SY', label: 'country:SY:fr' }],
			threats: []
		});
		expect(r.facets.country).toEqual({ SY: 1, IQ: 4 });
		expect(r.facetList.country.map((v) => [v.value, v.count, v.selected])).toEqual([
			['IQ', 4, false],
			['SY', 1, true],
			['LB', 0, true]
		]);
		expect(r.facetList.actor[0]).toEqual({
			value: 'isis',
			label: 'actor:isis:fr',
			count: 1,
			selected: false,
			group: 'group'
		});
	});

	it('browses everything newest first when there is no query', async () => {
		const { backend, calls } = fakeBackend();
		const svc = createSearchService({ backend, presenters, indexUid: 'articles', now });
		const r = await svc.searchArticles(defaultState(), 'en');
		expect(calls.multi[0]![0]).toMatchObject({ q: '', sort: ['timestamp:desc'] });
		expect(r.entities).toEqual([]);
		expect(r.total).toBe(0);
	});
});

describe('getArticle and moreLikeThis', () => {
	it('returns null for an unknown id and the labelled article otherwise', async () => {
		const svc = createSearchService({ backend: fakeBackend().backend, presenters, indexUid: 'articles', now });
		expect(await svc.getArticle('nope', 'en')).toBeNull();
		expect(await svc.getArticle('a', 'en', 'body')).toMatchObject({
			id: 'a',
			body: 'body of a',
			bodyHtml: '<mark>body</mark> of a',
			timestamp: 1
		});
	});

	it("asks the document frequencies of the article's terms, then ranks the candidates by the terms they share", async () => {
		const doc = { ...docA, title: 'cyberattaque hôpital', body: 'rançongiciel hôpital rançongiciel', story_id: 's1' };
		const b = { ...docA, id: 'b', title: 'rançongiciel', body: 'hôpital paralysé', actors: [] };
		const c = { ...docA, id: 'c', title: 'hôpital', body: 'nouveau service', actors: [] };
		const copy = { ...docA, id: 'a2', story_id: 's1', title: 'cyberattaque hôpital', body: 'rançongiciel' };
		const df = (n: number) => ({ facetDistribution: { lang: { fr: n } } });
		const { backend, calls } = fakeBackend([
			// index size, then one count per candidate term (entity tokens included)
			[df(1000), ...Array.from({ length: 10 }, () => df(20))],
			[{ hits: [c, b, copy] }, { hits: [b, doc] }]
		]);
		const svc = createSearchService({ backend, presenters, indexUid: 'articles', now });
		const related = await svc.moreLikeThis(doc, 5, 'en');
		expect(calls.multi[0]![1]).toMatchObject({ limit: 0, facets: ['lang'] });
		expect(calls.multi[0]![1]!.q).toMatch(/^"[^"\s]+"$/);
		for (const q of calls.multi[1]!) {
			expect(q.filter).toEqual([STORIES_ONLY_FILTER, 'id != "a"', 'story_id != "s1"']);
			expect(q.q).toMatch(/ $/);
		}
		// b shares both body terms, c only hôpital; the article itself and its copy never come back.
		expect(related.map((r) => r.hit.id)).toEqual(['b', 'c']);
	});

	it('falls back to shared entities when no term is found outside the article', async () => {
		const b = { ...docA, id: 'b', actors: ['isis'], countries: ['SY'], timestamp: 3 };
		const c = { ...docA, id: 'c', actors: [], countries: ['SY'], timestamp: 9 };
		const { backend, calls } = fakeBackend([[], [{ hits: [c, docA, b] }]]);
		const svc = createSearchService({ backend, presenters, indexUid: 'articles', now });
		const related = await svc.moreLikeThis(docA, 5, 'en');
		expect(calls.multi[1]![0]).toMatchObject({
			filter: [['actors = "isis"', 'actors = "x"', 'countries = "SY"'], STORIES_ONLY_FILTER],
			limit: 51
		});
		expect(related.map((r) => [r.hit.id, r.shared])).toEqual([
			['b', 2],
			['c', 1]
		]);
	});
});

describe('searchFacetValues', () => {
	it('merges id prefix matches with name matches, within the search without the field', async () => {
		const { backend, calls } = fakeBackend([[{ facetDistribution: { actors: { isis: 3 } } }]]);
		const svc = createSearchService({ backend, presenters, indexUid: 'articles', now });
		const state = stateFromUrl(new URLSearchParams('q=attack&actor=isis&lang=ar'));
		const values = await svc.searchFacetValues('actor', 'داعش', state, 'ar');
		expect(calls.facet[0]).toMatchObject({
			facetName: 'actors',
			facetQuery: 'داعش',
			q: 'tattack',
			filter: [['lang = "ar"'], STORIES_ONLY_FILTER]
		});
		expect(calls.multi[0]![0]).toMatchObject({
			facets: ['actors'],
			limit: 0,
			filter: [['lang = "ar"'], STORIES_ONLY_FILTER, ['actors = "isis"']]
		});
		expect(values.map((v) => [v.value, v.count, v.selected])).toEqual([
			['isis', 3, true],
			['islamic-jihad', 2, false]
		]);
	});

	it('lists the top values when nothing is typed', async () => {
		const { backend, calls } = fakeBackend([[{ facetDistribution: { threats: { terrorism: 5, ddos: 1 } } }]]);
		const svc = createSearchService({ backend, presenters, indexUid: 'articles', now });
		const values = await svc.searchFacetValues('threat', ' ', defaultState(), 'en', 1);
		expect(calls.facet).toHaveLength(0);
		expect(values.map((v) => v.value)).toEqual(['terrorism']);
	});
});

describe('exportPages', () => {
	/** A backend over `n` documents that honours page/hitsPerPage, recording each request's pair. */
	function pagedBackend(n: number, bodyChars: number) {
		const docs = Array.from({ length: n }, (_, i) => ({ ...docA, id: `d${i}`, body: 'x'.repeat(bodyChars) }));
		const asked: [number, number][] = [];
		const backend: SearchBackend = {
			...fakeBackend().backend,
			async multiSearch(queries) {
				const { page = 1, hitsPerPage = 20 } = queries[0]!;
				asked.push([page, hitsPerPage]);
				const hits = docs.slice((page - 1) * hitsPerPage, page * hitsPerPage);
				return [
					{
						indexUid: 'articles',
						query: '',
						processingTimeMs: 1,
						hits,
						totalHits: n,
						totalPages: Math.ceil(n / hitsPerPage)
					}
				] as never;
			}
		};
		return { backend, asked };
	}
	async function all(backend: SearchBackend, maxRows = 1000) {
		const svc = createSearchService({ backend, presenters, indexUid: 'articles', now });
		const ids: string[] = [];
		for await (const page of svc.exportPages(defaultState(), 'en', maxRows)) ids.push(...page.rows.map((r) => r.id));
		return ids;
	}

	it('small documents: every row once, in order, pages growing (few requests)', async () => {
		const { backend, asked } = pagedBackend(300, 100);
		expect(await all(backend)).toEqual(Array.from({ length: 300 }, (_, i) => `d${i}`));
		expect(asked.length).toBeLessThan(12);
		expect(asked[0]).toEqual([1, 2]);
	});

	it('large documents: pages stay small', async () => {
		const { backend, asked } = pagedBackend(9, 2 * 1024 * 1024);
		expect(await all(backend)).toEqual(Array.from({ length: 9 }, (_, i) => `d${i}`));
		expect(asked.every(([, size]) => size === 2)).toBe(true);
	});

	it('stops at maxRows', async () => {
		const { backend } = pagedBackend(300, 100);
		expect(await all(backend, 37)).toHaveLength(37);
	});
});

describe('actors the knowledge base does not list', () => {
	const kbOnly: Presenters = {
		...presenters,
		facetLabel: (field, id, ui) => (id === 'isis' ? `ISIS:${ui}` : id),
		actorType: (id) => (id === 'isis' ? 'group' : undefined)
	};
	const named = (actors: string[], names: string[]) => ({ ...docA, actors, actor_names: names });

	it('are labelled and typed from their documents, looked up once per process', async () => {
		const main = { hits: [named(['isis', 'lionel-missy'], [])], facetDistribution: { actors: { isis: 3, 'lionel-missy': 2 } } };
		const lookup = [
			{ hits: [named(['lionel-missy'], ['lionel-missy\tperson\tLionel Missy\t0\tليونيل ميسي'])] },
			{ hits: [named(['lionel-missy'], ['lionel-missy\tperson\tLionel Messi\t1\t'])] }
		];
		const { backend, calls } = fakeBackend([[main], lookup, [main]]);
		const svc = createSearchService({ backend, presenters: kbOnly, indexUid: 'articles', now: () => 0 });
		const state = stateFromUrl(new URLSearchParams('q=messi'));
		const r = await svc.searchArticles(state, 'fr');
		// The lookup asks only for the unknown id, once per language.
		expect(calls.multi[1]!.map((q) => q.filter)).toEqual([
			['actors = "lionel-missy"', 'lang = ar'],
			['actors = "lionel-missy"', 'lang = fr']
		]);
		const value = r.facetList.actor.find((v) => v.value === 'lionel-missy');
		expect(value).toMatchObject({ label: 'Lionel Messi', group: 'person' });
		expect(r.hits[0]!.actors.find((a) => a.id === 'lionel-missy')).toMatchObject({ label: 'Lionel Messi', type: 'person' });
		const ar = await svc.searchArticles(state, 'ar');
		expect(ar.facetList.actor.find((v) => v.value === 'lionel-missy')?.label).toBe('ليونيل ميسي');
		expect(calls.multi).toHaveLength(3);
	});
});
