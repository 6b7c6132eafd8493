import type { MultiSearchQuery } from 'meilisearch';
import { FACET_FIELDS } from '$lib/search/types';
import type { FacetField, FacetValue, SearchHit, SearchResponse, SearchState, UiLang } from '$lib/search/types';
import {
	buildFacetFilter,
	buildRelatedFilter,
	FACET_ATTRIBUTE,
	facetClause,
	quoteFilterValue
} from '$lib/search/filter';
import type { FilterExpression } from '$lib/search/filter';
import { facetValueList } from '$lib/search/merge-facets';
import {
	buildSearchRequests,
	HITS_PER_PAGE,
	MATCHING_STRATEGY,
	parseSearchResponses,
	QUERY_LOCALES,
	queryString,
	RETRIEVED_ATTRIBUTES,
	STORIES_ONLY_FILTER,
	STORY_ATTRIBUTE
} from '$lib/search/request';
import type { ParsedSearch, RetrievedDocument, SearchPlan, SearchRequestOptions } from '$lib/search/request';
import { SEARCH_ATTRIBUTES, TYPO_ATTRIBUTE } from '$lib/search/attributes';
import {
	editDistance,
	FEW_RESULTS,
	MAX_DROP_ONE,
	mayHaveArabicTypo,
	planQuery,
	relaxedSubsets,
	relaxedTerms
} from '$lib/search/query-plan';
import type { QueryPlan, RelaxedSubset } from '$lib/search/query-plan';
import { exactQueryOf } from '$lib/search/query-syntax';
import { alternativeParts, mergeUnion, unionOrder, unionSubsets } from '$lib/search/union';
import { TYPO_MIN_ARABIC_LETTERS } from '$lib/analysis';
import type { QueryTerm } from '$lib/analysis';
import { labelEntities, shapeHit } from '$lib/search/shape-hit';
import { rankRelated, sharedEntityCount } from '$lib/search/related';
import {
	articleTerms,
	buildMltQueries,
	candidateTerms,
	documentFrequencyQueries,
	rankCandidates,
	readDocumentFrequencies,
	selectTerms
} from '$lib/search/more-like-this';
import type { ScoredTerm } from '$lib/search/more-like-this';
import { matchFacetNames } from '$lib/search/facet-name-match';
import type { Presenters } from '$lib/search/presenters';
import { EXPORT_MAX_ROWS } from '$lib/search/export-format';
import type { ExportRow } from '$lib/search/export-format';
import { ARTICLES_INDEX } from '$lib/server/meili-connection';
import { searchBackend } from '$lib/server/meili-search-client';
import type { BackendResult, SearchBackend } from '$lib/server/meili-search-client';
import { defaultPresenters } from '$lib/server/search-presenters';
import { createActorNameCache } from '$lib/server/actor-name-cache';
import { actorNameLabel } from '$lib/facets/actor-names';

/**
 * The search use cases: analyse → build → ONE multi-search → shape. Thin over pure modules;
 * collaborators are injectable (tests), defaults are the real backend and presenters.
 */

export interface SearchServiceDeps {
	backend: SearchBackend;
	presenters: Presenters;
	indexUid: string;
	now: () => number;
}

export interface ArticleDetail extends SearchHit {
	body: string;
	/** Escaped body with <mark>s for `q` (plain escaped body when q is empty). */
	bodyHtml: string;
	timestamp: number | null;
	/** The other copies of this story (the same article published elsewhere), oldest first. */
	otherSources: StorySource[];
}

export type StorySource = Pick<SearchHit, 'id' | 'title' | 'lang' | 'source' | 'url' | 'date'>;

/** At most this many copies listed on an article page. */
export const MAX_OTHER_SOURCES = 50;
const SOURCE_ATTRIBUTES = ['id', 'title', 'lang', 'source', 'url', 'date'] as const;

export interface RelatedArticle {
	hit: SearchHit;
	/** Number of actors, countries and threats shared with the article. */
	shared: number;
}

/** Export pages: bodies reach 2 MiB, so the first page is small and pages grow only while light. */
const EXPORT_FIRST_PAGE = 2;
const EXPORT_MAX_PAGE = 256;
const EXPORT_PAGE_TEXT = 4 * 1024 * 1024;

/** An OR query pages through at most this many merged hits (each alternative fetches that many). */
export const MAX_UNION_DEPTH = 1_000;

/** How many candidates "more like this" ranks in code. */
export const RELATED_CANDIDATES = 50;

export function createSearchService(deps: SearchServiceDeps) {
	const { backend, indexUid } = deps;
	// Actors the knowledge base does not list are labelled and typed from their documents.
	const actorNames = createActorNameCache(backend, indexUid);
	const p: Presenters = {
		...deps.presenters,
		facetLabel: (field, id, ui) => {
			const name = field === 'actor' ? actorNames.get(id) : undefined;
			return name ? actorNameLabel(name, ui) : deps.presenters.facetLabel(field, id, ui);
		},
		actorType: (id) => deps.presenters.actorType(id) ?? actorNames.get(id)?.type
	};
	/** Looks up the names of the actor ids of an answer that the knowledge base does not label (its label is the id). */
	const nameActors = (ids: Iterable<string>, signal?: AbortSignal) =>
		actorNames.ensure(
			[...ids].filter((id) => deps.presenters.facetLabel('actor', id, 'en') === id),
			signal
		);

	function facetList(field: FacetField, counts: Record<string, number>, selected: readonly string[], ui: UiLang) {
		return facetValueList(counts, selected, {
			label: (v) => p.facetLabel(field, v, ui),
			...(field === 'actor' ? { group: (v: string) => p.actorType(v) } : {})
		});
	}

	type Run = {
		terms: QueryTerm[];
		results: BackendResult<RetrievedDocument>[];
		parsed: ParsedSearch<RetrievedDocument>;
	};

	async function searchArticles(
		state: SearchState,
		ui: UiLang,
		options: { hitsPerPage?: number; signal?: AbortSignal } = {}
	): Promise<SearchResponse> {
		const started = deps.now();
		const plan = planQuery(state.q, p);
		const run = async (terms: QueryTerm[], extra: Partial<SearchRequestOptions> = {}): Promise<Run> => {
			const searchPlan = buildSearchRequests(state, terms, {
				indexUid,
				exclude: plan.exclude,
				filter: plan.filter,
				completeLast: plan.completeLast,
				...(options.hitsPerPage ? { hitsPerPage: options.hitsPerPage } : {}),
				...extra
			});
			const results = await backend.multiSearch<RetrievedDocument>(searchPlan.queries, options.signal);
			return { terms, results, parsed: parseSearchResponses(searchPlan, results) };
		};
		let shown = plan.alternatives.length > 1 ? await runUnion(state, plan, options) : await run(plan.terms);
		let forgiven: SearchResponse['forgiven'];
		// Correction and relaxation only when the exact every-word query finds little.
		if (shown.parsed.total < FEW_RESULTS && plan.terms.length > plan.required && plan.alternatives.length === 0) {
			const [typo, counts] = await Promise.all([
				mayHaveArabicTypo(plan, TYPO_MIN_ARABIC_LETTERS) ? run(plan.terms, { typos: true }) : Promise.resolve(null),
				plan.terms.length > 1 ? termCounts(state, plan, options.signal) : Promise.resolve(null)
			]);
			if (typo && typo.parsed.total > shown.parsed.total) {
				shown = typo;
				forgiven = spellingNotice(plan, typo, state.q);
			}
			if (counts && shown.parsed.total < FEW_RESULTS) {
				const subsets = relaxedSubsets(plan, counts.counts, counts.dropOne, counts.total);
				const fallback = relaxedTerms(plan, counts.counts, counts.dropOne);
				const relaxed = subsets.length
					? { terms: plan.terms, missing: subsets.slice(0, 1).map((x) => x.dropped) }
					: fallback;
				if (relaxed.terms.length > 0) {
					const r = subsets.length
						? await runRelaxed(state, plan, subsets, options)
						: await run(relaxed.terms, { typos: true, matchingStrategy: 'last' });
					if (r.parsed.total > shown.parsed.total) {
						shown = r;
						forgiven = {
							kind: 'relaxed',
							words: relaxed.missing.map((t) => t.surface),
							corrected: [],
							exactQuery: exactQueryOf(
								plan.terms.map((t) => t.surface),
								state.q
							)
						};
					}
				}
			}
		}
		const { parsed, results, terms } = shown;
		await nameActors(
			[...Object.keys(parsed.facets.actor), ...parsed.hits.flatMap((h) => h.actors ?? [])],
			options.signal
		);
		const facetListByField = {} as Record<FacetField, FacetValue[]>;
		for (const field of FACET_FIELDS) {
			facetListByField[field] = facetList(field, parsed.facets[field], state.filters[field], ui);
		}
		return {
			query: state.q,
			total: parsed.total,
			page: parsed.page,
			pages: parsed.pages,
			hitsPerPage: parsed.hitsPerPage,
			hits: parsed.hits.map((doc) => shapeHit(doc, terms, ui, p)),
			facets: parsed.facets,
			facetList: facetListByField,
			histogram: parsed.histogram,
			entities: state.q ? p.matchQueryEntities(state.q, ui) : [],
			took_ms: Math.round(deps.now() - started),
			...(results[0]?.partial ? { partial: results[0].partial } : {}),
			...(forgiven ? { forgiven } : {})
		};
	}

	/**
	 * `a OR b`: one search per alternative (its first hits, page × hitsPerPage of them) and one
	 * count per intersection of alternatives, in ONE multi-search, merged exactly (`mergeUnion`).
	 */
	async function runUnion(
		state: SearchState,
		plan: QueryPlan,
		options: { hitsPerPage?: number; signal?: AbortSignal }
	): Promise<Run> {
		const hitsPerPage = options.hitsPerPage ?? HITS_PER_PAGE;
		const depth = Math.min(state.page * hitsPerPage, MAX_UNION_DEPTH);
		const subsets = unionSubsets(plan.alternatives.length);
		const plans = subsets.map((subset) => {
			const terms = [...plan.terms, ...subset.members.flatMap((i) => plan.alternatives[i] ?? [])];
			const single = subset.members.length === 1;
			const searchPlan = buildSearchRequests({ ...state, page: 1 }, terms, {
				indexUid,
				exclude: plan.exclude,
				filter: plan.filter,
				hitsPerPage: single ? depth : 1,
				...(single ? {} : { attributesToRetrieve: ['id'] })
			});
			return withRankingScore(searchPlan);
		});
		const { results, parsed: parts } = await runPlans(plans, options.signal);
		const order = unionOrder<RetrievedDocument>(state.sort, (a, b) => rankingScore(b) - rankingScore(a));
		const parsed = mergeUnion(alternativeParts(subsets, parts), { page: state.page, hitsPerPage, order });
		return { terms: [...plan.terms, ...plan.alternatives.flat()], results, parsed };
	}

	/** The plan with its main query asking for Meilisearch's ranking score (unions order hits by it). */
	function withRankingScore(plan: SearchPlan): SearchPlan {
		const [main, ...rest] = plan.queries;
		return { ...plan, queries: main ? [{ ...main, showRankingScore: true }, ...rest] : rest };
	}

	const rankingScore = (d: RetrievedDocument): number => (d as { _rankingScore?: number })._rankingScore ?? 0;

	/** Several search plans in ONE multi-search, each parsed from its own slice of the answers. */
	async function runPlans(plans: readonly SearchPlan[], signal?: AbortSignal) {
		const results = await backend.multiSearch<RetrievedDocument>(
			plans.flatMap((sp) => sp.queries),
			signal
		);
		let at = 0;
		const parsed = plans.map((sp) => {
			const own = results.slice(at, at + sp.queries.length);
			at += sp.queries.length;
			return parseSearchResponses(sp, own);
		});
		return { results, parsed };
	}

	/**
	 * The relaxed search: the every-word query and the queries missing one word each, in ONE
	 * multi-search, merged (`mergeUnion`): articles with every word first, then the articles
	 * missing one word. Any two subsets intersect in the every-word query, so the union's
	 * total is Σ|Sᵢ| − (k − 1)·|all|.
	 */
	async function runRelaxed(
		state: SearchState,
		plan: QueryPlan,
		subsets: readonly RelaxedSubset[],
		options: { hitsPerPage?: number; signal?: AbortSignal }
	): Promise<Run> {
		const hitsPerPage = options.hitsPerPage ?? HITS_PER_PAGE;
		const depth = Math.min(state.page * hitsPerPage, MAX_UNION_DEPTH);
		const plans = [plan.terms, ...subsets.map((x) => x.terms)].map((terms) => {
			const searchPlan = buildSearchRequests({ ...state, page: 1 }, terms, {
				indexUid,
				exclude: plan.exclude,
				filter: plan.filter,
				hitsPerPage: depth,
				typos: true
			});
			return withRankingScore(searchPlan);
		});
		const { results, parsed: answers } = await runPlans(plans, options.signal);
		// Articles with every word first; then the subsets' hits interleaved by Meilisearch's own
		// ranking score (title matches, proximity): on the dev sets strict tiers by subset lost the
		// article more often (relax ar 0.825 / fr 0.775 vs 0.925 / 0.925). Ties keep subset order.
		const rank = new Map<string, number>();
		answers.forEach((a, i) => {
			for (const hit of a.hits) {
				const r = (i === 0 ? 1 : 0) + rankingScore(hit);
				rank.set(hit.id, Math.max(rank.get(hit.id) ?? 0, r));
			}
		});
		const order = unionOrder<RetrievedDocument>(state.sort, (a, b) => (rank.get(b.id) ?? 0) - (rank.get(a.id) ?? 0));
		const k = subsets.length;
		const parts = answers.map((parsed, i) => ({ parsed, weight: i === 0 ? 1 - k : 1, hits: true }));
		const parsed = mergeUnion(parts, { page: state.page, hitsPerPage, order });
		return { terms: plan.terms, results, parsed };
	}

	/**
	 * Documents matching each query word alone, and every word but one (typos on, same filters,
	 * no prefix, like the relaxed query): what relaxation drops. One round trip.
	 */
	async function termCounts(
		state: SearchState,
		plan: QueryPlan,
		signal?: AbortSignal
	): Promise<{ counts: number[]; dropOne: number[]; total: number }> {
		const filter: FilterExpression = [...buildFacetFilter(state), ...plan.filter, STORIES_ONLY_FILTER];
		const count = (terms: QueryTerm[]): MultiSearchQuery => ({
			indexUid,
			q: `${queryString(terms, plan.exclude)} `,
			matchingStrategy: MATCHING_STRATEGY,
			locales: [...QUERY_LOCALES],
			attributesToSearchOn: [...SEARCH_ATTRIBUTES, TYPO_ATTRIBUTE],
			filter,
			limit: 0
		});
		const n = plan.terms.length;
		// With two words the subsets are the single words, already counted.
		const subsets = n > 2 && n <= MAX_DROP_ONE ? plan.terms.map((_, i) => plan.terms.filter((_, j) => j !== i)) : [];
		// The documents the filters leave (N of the IDF), exact from the language facet.
		const all: MultiSearchQuery = { indexUid, q: '', filter, facets: [FACET_ATTRIBUTE.lang], limit: 0 };
		const results = await backend.multiSearch(
			[all, ...plan.terms.map((t) => count([t])), ...subsets.map(count)],
			signal
		);
		const langs = results[0]?.facetDistribution?.[FACET_ATTRIBUTE.lang] ?? {};
		const totals = results.slice(1).map((r) => r.estimatedTotalHits ?? r.totalHits ?? 0);
		const counts = totals.slice(0, n);
		const dropOne = n === 2 ? [counts[1] ?? 0, counts[0] ?? 0] : totals.slice(n);
		return { counts, dropOne, total: Object.values(langs).reduce((a, b) => a + b, 0) };
	}

	/** Which typed words the top hit spells differently, and how it spells them. */
	function spellingNotice(plan: QueryPlan, typo: Run, q: string): NonNullable<SearchResponse['forgiven']> {
		const top = typo.parsed.hits[0];
		const words: string[] = [];
		const corrected: string[] = [];
		if (top) {
			const tokens = p.analyzeText(`${top.title ?? ''}\n${(top.body ?? '').slice(0, 20_000)}`, top.lang);
			for (const t of plan.terms.slice(plan.required)) {
				if (!t.token.startsWith('zz')) continue;
				if (tokens.some((tok) => tok.terms.includes(t.term))) continue;
				let best: { surface: string; d: number } | null = null;
				for (const tok of tokens) {
					if (tok.script !== 'arabic') continue;
					for (const term of tok.terms) {
						const d = editDistance(t.term, term, 2);
						if (d <= 2 && (!best || d < best.d)) best = { surface: tok.surface, d };
					}
				}
				if (best) {
					words.push(t.surface);
					corrected.push(best.surface);
				}
			}
		}
		return { kind: 'spelling', words, corrected, exactQuery: exactQueryOf(words, q) };
	}

	async function getDocument(id: string): Promise<RetrievedDocument | null> {
		return backend.getDocument<RetrievedDocument>(id, RETRIEVED_ATTRIBUTES);
	}

	async function getArticle(id: string, ui: UiLang, q = ''): Promise<ArticleDetail | null> {
		const doc = await getDocument(id);
		if (!doc) return null;
		await nameActors(doc.actors ?? []);
		const terms = q ? p.analyzeQuery(q) : [];
		return {
			...shapeHit(doc, terms, ui, p),
			body: doc.body ?? '',
			bodyHtml: p.highlightHtml(doc.body ?? '', doc.lang, terms),
			timestamp: doc.timestamp ?? null,
			otherSources: await otherSources(doc)
		};
	}

	/** The story's other documents (one filtered search; none asked when the story has one document). */
	async function otherSources(doc: RetrievedDocument): Promise<StorySource[]> {
		if ((doc.story_size ?? 1) <= 1 || !doc.story_id) return [];
		const [result] = await backend.multiSearch<Pick<RetrievedDocument, (typeof SOURCE_ATTRIBUTES)[number]>>([
			{
				indexUid,
				q: '',
				filter: [`${STORY_ATTRIBUTE} = ${quoteFilterValue(doc.story_id)}`, `id != ${quoteFilterValue(doc.id)}`],
				sort: ['timestamp:asc'],
				limit: MAX_OTHER_SOURCES,
				attributesToRetrieve: [...SOURCE_ATTRIBUTES]
			}
		]);
		return (result?.hits ?? []).map((h) => ({
			id: h.id,
			title: h.title ?? '',
			lang: h.lang,
			source: h.source ?? null,
			url: h.url ?? null,
			date: h.date ?? null
		}));
	}

	/**
	 * "More like this" from content: the article's most distinctive terms and entities (one
	 * multi-search for their document frequencies, pure selection in more-like-this.ts), then one
	 * search for them; copies of the article's story are left out. Falls back to shared entities
	 * when the article has no usable term (an empty or one-of-a-kind text).
	 */
	async function moreLikeThis(doc: RetrievedDocument, n: number, ui: UiLang): Promise<RelatedArticle[]> {
		if (n <= 0) return [];
		const terms = await moreLikeThisTerms(doc);
		if (terms.length === 0) return entityRelated(doc, n, ui);
		const queries = buildMltQueries(indexUid, doc, terms, STORIES_ONLY_FILTER, STORY_ATTRIBUTE).map((q) => ({
			...q,
			attributesToRetrieve: [...RETRIEVED_ATTRIBUTES]
		}));
		const results = await backend.multiSearch<RetrievedDocument>(queries);
		const candidates = results.flatMap((r) => r.hits);
		return rankCandidates(doc, terms, candidates, n).map(({ doc: d }) => ({
			hit: shapeHit(d, [], ui, p),
			shared: sharedEntityCount(doc, d).total
		}));
	}

	/** The terms "more like this" searches for, best first, with their document frequencies. */
	async function moreLikeThisTerms(doc: RetrievedDocument): Promise<ScoredTerm[]> {
		const candidates = candidateTerms(articleTerms(doc));
		const dfResults = await backend.multiSearch(documentFrequencyQueries(indexUid, candidates));
		const { totalDocs, df } = readDocumentFrequencies(candidates, dfResults, doc.lang);
		return selectTerms(candidates, df, totalDocs, doc.story_size ?? 1);
	}

	/** Articles sharing the most entities with `doc` (a search over the top candidates, ranked in code). */
	async function entityRelated(doc: RetrievedDocument, n: number, ui: UiLang): Promise<RelatedArticle[]> {
		const related = buildRelatedFilter(doc);
		if (!related || n <= 0) return [];
		// Copies of the same story are listed as other sources, not as related articles.
		const filter = doc.story_id ? [...related, `${STORY_ATTRIBUTE} != ${quoteFilterValue(doc.story_id)}`] : related;
		const [result] = await backend.multiSearch<RetrievedDocument>([
			{
				indexUid,
				q: '',
				filter: [...filter, STORIES_ONLY_FILTER],
				sort: ['timestamp:desc'],
				limit: RELATED_CANDIDATES + 1,
				attributesToRetrieve: [...RETRIEVED_ATTRIBUTES]
			}
		]);
		return rankRelated(doc, result?.hits ?? [], n).map(({ doc: d, shared }) => ({
			hit: shapeHit(d, [], ui, p),
			shared
		}));
	}

	/**
	 * Facet values for the facet's search box, counted within the current search (the field's own
	 * selection left out). Meilisearch's facet search matches the stored ids; names and aliases
	 * (داعش → isis) are matched in code and their counts fetched in the same moment.
	 */
	async function searchFacetValues(
		field: FacetField,
		typed: string,
		state: SearchState,
		ui: UiLang,
		limit = 20
	): Promise<FacetValue[]> {
		const q = queryString(p.analyzeQuery(state.q));
		// Counted in stories, like the sidebar's counts.
		const filter: FilterExpression = [...buildFacetFilter(state, { except: field }), STORIES_ONLY_FILTER];
		const attribute = FACET_ATTRIBUTE[field];
		const selected = state.filters[field];
		if (!typed.trim()) {
			// Nothing typed yet: the most frequent values.
			const [top] = await backend.multiSearch([
				{
					indexUid,
					q,
					matchingStrategy: MATCHING_STRATEGY,
					locales: [...QUERY_LOCALES],
					...(filter.length ? { filter } : {}),
					facets: [attribute],
					limit: 0
				}
			]);
			return facetList(field, top?.facetDistribution?.[attribute] ?? {}, selected, ui).slice(0, limit);
		}
		const byName = matchFacetNames(p.facetNames(field), typed);
		const nameClause = facetClause(field, byName);

		const byNameQuery: MultiSearchQuery | null = nameClause
			? {
					indexUid,
					q,
					matchingStrategy: MATCHING_STRATEGY,
					locales: [...QUERY_LOCALES],
					filter: [...filter, nameClause],
					facets: [attribute],
					limit: 0
				}
			: null;
		const [idHits, nameResults] = await Promise.all([
			backend.searchForFacetValues({
				facetName: attribute,
				facetQuery: typed.trim(),
				q,
				matchingStrategy: MATCHING_STRATEGY,
				...(filter.length ? { filter } : {})
			}),
			byNameQuery ? backend.multiSearch([byNameQuery]) : Promise.resolve(null)
		]);

		const counts: Record<string, number> = {};
		for (const h of idHits.facetHits) counts[h.value] = h.count;
		Object.assign(counts, nameResults?.[0]?.facetDistribution?.[attribute] ?? {});
		return facetList(field, counts, [], ui)
			.filter((v) => v.count > 0)
			.map((v) => ({ ...v, selected: selected.includes(v.value) }))
			.slice(0, limit);
	}

	/**
	 * Every result of a search as export rows, newest first unless another order was asked, at
	 * most `maxRows`, a page at a time (the caller streams them, so only a page is ever held),
	 * with the search's total. Pages start at EXPORT_FIRST_PAGE rows (bodies reach 2 MiB) and
	 * double while a page's text stays under half of EXPORT_PAGE_TEXT, so small documents take
	 * few requests. A page size only doubles when the rows sent are a multiple of the new size:
	 * page n of size k then starts exactly after the rows sent.
	 */
	async function* exportPages(
		state: SearchState,
		ui: UiLang,
		maxRows = EXPORT_MAX_ROWS,
		signal?: AbortSignal
	): AsyncGenerator<{ total: number; rows: ExportRow[] }> {
		const terms = p.analyzeQuery(state.q);
		let size = EXPORT_FIRST_PAGE;
		let sent = 0;
		while (sent < maxRows) {
			const plan = buildSearchRequests({ ...state, page: sent / size + 1 }, terms, {
				indexUid,
				hitsPerPage: size,
				facets: false
			});
			const parsed = parseSearchResponses(plan, await backend.multiSearch<RetrievedDocument>(plan.queries, signal));
			const rows = parsed.hits.slice(0, maxRows - sent).map((doc) => exportRow(doc, ui));
			sent += rows.length;
			yield { total: parsed.total, rows };
			if (parsed.hits.length < size || sent >= parsed.total) break;
			const text = rows.reduce((n, r) => n + r.body.length + r.title.length, 0);
			if (2 * text <= EXPORT_PAGE_TEXT && 2 * size <= EXPORT_MAX_PAGE && sent % (2 * size) === 0) size *= 2;
		}
	}

	function exportRow(doc: RetrievedDocument, ui: UiLang): ExportRow {
		const e = labelEntities(doc, ui, p);
		return {
			id: doc.id,
			date: doc.date ?? null,
			lang: doc.lang,
			source: doc.source ?? null,
			url: doc.url ?? null,
			title: doc.title ?? '',
			countries: e.countries.map((c) => c.label),
			actors: e.actors.map((a) => a.label),
			threats: e.threats.map((t) => t.label),
			body: doc.body ?? ''
		};
	}

	return {
		exportPages,
		searchArticles,
		getArticle,
		getDocument,
		moreLikeThis,
		moreLikeThisTerms,
		searchFacetValues,
		labelEntities: (doc: RetrievedDocument, ui: UiLang) => labelEntities(doc, ui, p)
	};
}

export type SearchService = ReturnType<typeof createSearchService>;

let shared: SearchService | null = null;

function service(): SearchService {
	shared ??= createSearchService({
		backend: searchBackend(),
		presenters: defaultPresenters(),
		indexUid: ARTICLES_INDEX,
		now: () => performance.now()
	});
	return shared;
}

export function searchArticles(
	state: SearchState,
	uiLang: UiLang,
	options?: { hitsPerPage?: number; signal?: AbortSignal }
): Promise<SearchResponse> {
	return service().searchArticles(state, uiLang, options);
}

export function getArticle(id: string, uiLang: UiLang, q?: string): Promise<ArticleDetail | null> {
	return service().getArticle(id, uiLang, q);
}

export function moreLikeThis(doc: RetrievedDocument, n: number, uiLang: UiLang): Promise<RelatedArticle[]> {
	return service().moreLikeThis(doc, n, uiLang);
}

export function searchFacetValues(
	field: FacetField,
	facetQuery: string,
	state: SearchState,
	uiLang: UiLang,
	limit?: number
): Promise<FacetValue[]> {
	return service().searchFacetValues(field, facetQuery, state, uiLang, limit);
}

export function exportPages(
	state: SearchState,
	uiLang: UiLang,
	maxRows?: number,
	signal?: AbortSignal
): AsyncGenerator<{ total: number; rows: ExportRow[] }> {
	return service().exportPages(state, uiLang, maxRows, signal);
}

export function getDocument(id: string): Promise<RetrievedDocument | null> {
	return service().getDocument(id);
}
