import type { MultiSearchQuery } from 'meilisearch';
import { analyzeQuery, analyzeText } from '$lib/analysis';
import type { Lang } from '$lib/analysis';
import { entityToken } from '$lib/facets/entity-tokens';
import { quoteFilterValue } from '$lib/search/filter';
import { SEARCH_ATTRIBUTES } from '$lib/search/attributes';

/**
 * "More like this" from content, in the manner of Lucene's MoreLikeThis: the article's most
 * distinctive analysed terms (tf × idf, the document frequencies read from the index itself, so
 * any index — seeds, a user's own files, the corpus — has its own statistics) plus its tagged
 * actors and threats as language-neutral entity tokens, sent as one Meilisearch query. Pure:
 * the server asks the document frequencies and runs the query.
 */

export interface MltOptions {
	/** Meilisearch reads at most 10 words of a query; the rest would be ignored silently. */
	maxQueryTerms: number;
	/** How many of the most frequent terms get their document frequency asked. */
	maxCandidates: number;
	/** A title occurrence counts this many body occurrences (the title says what it is about). */
	titleWeight: number;
	/** Terms shorter than this (encoded clitic fragments, initials) are too ambiguous. */
	minTermLength: number;
	/** Term frequency an entity (actor, threat) counts as: tagged means prominent. */
	entityTf: number;
	/** Terms in more than this share of documents say nothing about the subject. */
	maxDocFreqRatio: number;
	/** How many of the best terms lead a candidate query. */
	leads: number;
	/** Words of the one query that gathers articles sharing several of the best terms at once. */
	combinedWords: number;
	/** Candidates per query. */
	perLead: number;
	/** A query term in a candidate's title weighs this much more (the candidate is about it). */
	titleBonus: number;
	/**
	 * Candidates sharing fewer query terms come after the others: one shared rare word is often
	 * a name collision (Fleury the presenter, Fleury-Mérogis the prison).
	 */
	minShared: number;
}

export const MLT_DEFAULTS: MltOptions = {
	maxQueryTerms: 10,
	maxCandidates: 40,
	titleWeight: 3,
	minTermLength: 3,
	entityTf: 3,
	maxDocFreqRatio: 0.1,
	leads: 10,
	combinedWords: 4,
	perLead: 12,
	titleBonus: 0.5,
	minShared: 2
};

export interface TermCount {
	/** The encoded token sent to Meilisearch (what a complete query word searches for). */
	token: string;
	/** The analysed term, for people reading why a suggestion came. */
	term: string;
	tf: number;
	/** Position of the first occurrence (title first): earlier breaks ties. */
	first: number;
	entity: boolean;
}

export interface ScoredTerm extends TermCount {
	df: number;
	score: number;
}

export interface MltSource {
	id: string;
	title?: string | null;
	body?: string | null;
	lang: Lang;
	actors?: readonly string[];
	threats?: readonly string[];
	story_id?: string | null;
	story_size?: number | null;
}

const DIGITS = /^[0-9]+$/;

/**
 * Term frequencies of the article's content words: stop words, numbers and short fragments
 * left out; each word counted under the term a query for it would search (analyzeQuery), so a
 * selected term matches the other articles exactly as a typed word would.
 */
export function articleTerms(doc: MltSource, options: Partial<MltOptions> = {}): TermCount[] {
	const o = { ...MLT_DEFAULTS, ...options };
	const counts = new Map<string, TermCount>();
	let position = 0;
	const add = (text: string, weight: number) => {
		for (const tok of analyzeText(text, doc.lang)) {
			position++;
			if (tok.stop) continue;
			// The trailing space makes the word complete (no prefix form).
			const [q] = analyzeQuery(tok.surface + ' ');
			if (!q || q.prefix || q.term.length < o.minTermLength || DIGITS.test(q.term)) continue;
			const c = counts.get(q.token);
			if (c) c.tf += weight;
			else counts.set(q.token, { token: q.token, term: q.term, tf: weight, first: position, entity: false });
		}
	};
	add(doc.title ?? '', o.titleWeight);
	add(doc.body ?? '', 1);
	const entities = [
		...(doc.actors ?? []).map((id) => entityToken('actor', id)),
		...(doc.threats ?? []).map((id) => entityToken('threat', id))
	];
	for (const token of entities) {
		if (!counts.has(token)) counts.set(token, { token, term: token, tf: o.entityTf, first: 0, entity: true });
	}
	return [...counts.values()];
}

/** The terms whose document frequency is worth asking: the most frequent in the article. */
export function candidateTerms(counts: readonly TermCount[], options: Partial<MltOptions> = {}): TermCount[] {
	const o = { ...MLT_DEFAULTS, ...options };
	return [...counts].sort((a, b) => b.tf - a.tf || a.first - b.first).slice(0, o.maxCandidates);
}

/** Lucene's classic idf: rare terms weigh most, a term in every document still weighs a little. */
export function idf(df: number, totalDocs: number): number {
	return Math.log(totalDocs / (df + 1)) + 1;
}

/**
 * The query terms: tf × idf, best first. A term found only within the article's own story (df
 * at most the story's size) finds nothing else, and a term in too many documents finds
 * everything: both are left out.
 */
export function selectTerms(
	candidates: readonly TermCount[],
	df: ReadonlyMap<string, number>,
	totalDocs: number,
	storySize: number,
	options: Partial<MltOptions> = {}
): ScoredTerm[] {
	const o = { ...MLT_DEFAULTS, ...options };
	const out: ScoredTerm[] = [];
	for (const c of candidates) {
		const f = df.get(c.token);
		if (f === undefined || f <= Math.max(1, storySize)) continue;
		if (f > o.maxDocFreqRatio * totalDocs) continue;
		out.push({ ...c, df: f, score: c.tf * idf(f, totalDocs) });
	}
	return out
		.sort((a, b) => b.score - a.score || a.first - b.first || (a.token < b.token ? -1 : 1))
		.slice(0, o.maxQueryTerms);
}

/** Documents of every story, copies included: document frequency counts every text. */
export function documentFrequencyQueries(indexUid: string, terms: readonly TermCount[]): MultiSearchQuery[] {
	return [
		// The index size: the language facet counts every document exactly.
		{ indexUid, q: '', limit: 0, facets: ['lang'] },
		...terms.map((t): MultiSearchQuery => ({
			indexUid,
			// A phrase: the exact term, no prefix, typo or synonym expansion.
			q: `"${t.token}"`,
			limit: 0,
			facets: ['lang'],
			attributesToSearchOn: t.entity ? ['entity_terms'] : [...SEARCH_ATTRIBUTES]
		}))
	];
}

/**
 * Reads `documentFrequencyQueries`' answers: one count per term, and the size of the collection
 * the idf is taken against — the documents of the article's language when it has any: a word of
 * one script lives in that language's documents only, so "عرب" in 7,400 of 40,000 Arabic
 * articles is common even if it is 10% of a bilingual index.
 */
export function readDocumentFrequencies(
	terms: readonly TermCount[],
	results: readonly { facetDistribution?: Record<string, Record<string, number>> }[],
	lang?: string
): { totalDocs: number; df: Map<string, number> } {
	const count = (r: (typeof results)[number] | undefined) =>
		Object.values(r?.facetDistribution?.lang ?? {}).reduce((s, n) => s + n, 0);
	const df = new Map<string, number>();
	terms.forEach((t, i) => df.set(t.token, count(results[i + 1])));
	const inLang = lang ? results[0]?.facetDistribution?.lang?.[lang] : undefined;
	return { totalDocs: inLang || count(results[0]), df };
}

/**
 * The candidate queries. Meilisearch has no "any of these words, scored by weight" (and reads
 * 10 words at most): so each of the best terms gets a one-word query (its articles, titles
 * first), and one query of the few best terms (`last` matching: the first required, the others
 * rank) gathers the articles sharing several at once. `rankCandidates` then scores the union
 * the way Lucene scores a MoreLikeThis query. One-word queries cost a fraction of long ones
 * (no word-pair proximity work). Complete words (trailing space: no prefix on the last); one
 * document per story, the article's own story left out; other languages welcome (entity
 * tokens, cross-lingual synonyms).
 */
export function buildMltQueries(
	indexUid: string,
	doc: Pick<MltSource, 'id' | 'story_id'>,
	terms: readonly ScoredTerm[],
	storiesOnlyFilter: string,
	storyAttribute: string,
	options: Partial<MltOptions> = {}
): MultiSearchQuery[] {
	const o = { ...MLT_DEFAULTS, ...options };
	const filter = [storiesOnlyFilter, `id != ${quoteFilterValue(doc.id)}`];
	if (doc.story_id) filter.push(`${storyAttribute} != ${quoteFilterValue(doc.story_id)}`);
	const tokens = terms.map((t) => t.token);
	const query = (words: readonly string[], limit: number): MultiSearchQuery => ({
		indexUid,
		q: words.join(' ') + ' ',
		matchingStrategy: 'last',
		attributesToSearchOn: [...SEARCH_ATTRIBUTES],
		filter: [...filter],
		limit
	});
	const combined =
		tokens.length > 1 && o.combinedWords > 1 ? [query(tokens.slice(0, o.combinedWords), 2 * o.perLead)] : [];
	return [...combined, ...tokens.slice(0, o.leads).map((t) => query([t], o.perLead))];
}

/**
 * Candidates scored by the summed weight (tf × idf in the article) of the query terms they
 * contain, best first; the union is deduplicated and the article's story left out again (a
 * candidate whose story is the article's). Ties keep the order in which they were found.
 */
export function rankCandidates<T extends MltSource>(
	doc: Pick<MltSource, 'id' | 'story_id'>,
	terms: readonly ScoredTerm[],
	candidates: readonly T[],
	n: number,
	options: Partial<MltOptions> = {}
): { doc: T; score: number; matched: number }[] {
	const o = { ...MLT_DEFAULTS, ...options };
	const seen = new Set<string>([doc.id]);
	const scored: { doc: T; score: number; matched: number; i: number }[] = [];
	candidates.forEach((c, i) => {
		if (seen.has(c.id) || (doc.story_id && c.story_id === doc.story_id)) return;
		seen.add(c.id);
		const has = new Set(articleTerms(c).map((t) => t.token));
		const inTitle = new Set(articleTerms({ id: c.id, lang: c.lang, title: c.title }).map((t) => t.token));
		let score = 0;
		let matched = 0;
		for (const t of terms) {
			if (!has.has(t.token)) continue;
			score += t.score * (inTitle.has(t.token) ? 1 + o.titleBonus : 1);
			matched++;
		}
		scored.push({ doc: c, score, matched, i });
	});
	return scored
		.sort(
			(a, b) => Number(b.matched >= o.minShared) - Number(a.matched >= o.minShared) || b.score - a.score || a.i - b.i
		)
		.slice(0, Math.max(0, n))
		.map(({ doc: d, score, matched }) => ({ doc: d, score, matched }));
}
