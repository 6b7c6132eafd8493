/**
 * From the typed query to what the searches need: the analysed words (required phrase words
 * first), the excluded words, and the field operators as filter clauses. Then, when the exact
 * every-word query finds little, the forgiving steps: typo tolerance on long Arabic terms, and a
 * relaxed query that drops the words nothing matches and ranks articles with most words first.
 * Pure: the service runs the searches this module describes.
 */
import type { QueryTerm } from '$lib/analysis';
import type { FacetField } from '$lib/search/types';
import type { FilterExpression } from '$lib/search/filter';
import { facetClause, quoteFilterValue } from '$lib/search/filter';
import { matchFacetNames } from '$lib/search/facet-name-match';
import { alternativeTexts, excludedText, fieldValues, parseQuery, searchText } from '$lib/search/query-syntax';

/** Below this many results the exact query "finds little" and the forgiving steps run. */
export const FEW_RESULTS = 5;

export interface QueryPlan {
	/** Required words (phrases) first, then the other words; the last may be a prefix. */
	terms: QueryTerm[];
	/** How many of `terms` come from phrases (never dropped, never corrected). */
	required: number;
	exclude: QueryTerm[];
	filter: FilterExpression;
	/** The last word is a complete linked name: searched as a word, not as a prefix (see planQuery). */
	completeLast: boolean;
	/**
	 * The query's first OR group, each alternative's analysed words (at least two alternatives,
	 * at most MAX_ALTERNATIVES), or empty. An article matches when it has `terms` and one
	 * alternative. Further OR groups are searched as plain words.
	 */
	alternatives: QueryTerm[][];
}

/** At most this many alternatives: the exact union takes 2^n − 1 counted searches. */
export const MAX_ALTERNATIVES = 4;

export interface PlanDeps {
	analyzeQuery(q: string): QueryTerm[];
	facetNames(field: FacetField): ReadonlyMap<string, readonly string[]>;
	/** A name word linked across scripts (Khashoggi, خاشقجي): see name-links.ts. */
	isLinkedName?(word: string): boolean;
}

const LANG_NAMES: Record<string, string> = {
	ar: 'ar',
	arabic: 'ar',
	arabe: 'ar',
	عربي: 'ar',
	العربية: 'ar',
	عربية: 'ar',
	fr: 'fr',
	french: 'fr',
	francais: 'fr',
	français: 'fr',
	فرنسي: 'fr',
	الفرنسية: 'fr',
	en: 'en',
	english: 'en',
	anglais: 'en',
	انجليزي: 'en',
	الإنجليزية: 'en'
};

/** The filter clause of one field operator, or null when the value names nothing known. */
function fieldClause(field: string, value: string, deps: PlanDeps): string[] | string | null {
	if (field === 'source') return value.length <= 200 ? `source = ${quoteFilterValue(value)}` : null;
	if (field === 'lang') {
		const lang = LANG_NAMES[value.toLowerCase()];
		return lang ? facetClause('lang', [lang]) : null;
	}
	const facet = field as FacetField;
	const names = deps.facetNames(facet);
	const id = field === 'country' ? value.toUpperCase() : value.toLowerCase();
	if (names.has(id)) return facetClause(facet, [id]);
	const [best] = matchFacetNames(names, value, 1);
	return best ? facetClause(facet, [best]) : null;
}

export function planQuery(q: string, deps: PlanDeps): QueryPlan {
	const parsed = parseQuery(q);
	const { required, words } = searchText(parsed);
	const requiredTerms = required ? deps.analyzeQuery(required) : [];
	let wordTerms = words ? deps.analyzeQuery(words) : [];
	// A typed name linked across scripts ends the query as a word: its other-script spelling is a
	// synonym (one exact word), so a prefix on this side only would add unrelated words to one
	// script's results (كلابر… also matched لابراهيم, الابرياء) and the two spellings would differ.
	// The word as typed, unstemmed: documents index it too, and the stem of a foreign name can be a
	// French word (Clapper → clap).
	const last = wordTerms.at(-1);
	let completeLast = false;
	if (last?.prefix && deps.isLinkedName?.(last.surface)) {
		wordTerms = [...wordTerms.slice(0, -1), { ...last, prefix: false }];
		completeLast = true;
	}
	const seen = new Set(requiredTerms.map((t) => t.token));
	const terms = [...requiredTerms, ...wordTerms.filter((t) => !seen.has(t.token))];
	const excluded = excludedText(parsed);
	const filter: FilterExpression = [];
	for (const { field, value } of fieldValues(parsed)) {
		const clause = fieldClause(field, value, deps);
		// A field value that names nothing known is searched as words instead (never an error).
		if (clause) filter.push(clause);
		else for (const t of deps.analyzeQuery(`${value} `)) if (!seen.has(t.token)) terms.push(t);
	}
	const [group, ...otherGroups] = alternativeTexts(parsed);
	let alternatives = (group ?? [])
		.slice(0, MAX_ALTERNATIVES)
		.map((text) => deps.analyzeQuery(`${text} `).filter((t) => !seen.has(t.token)))
		.filter((a) => a.length > 0)
		.filter(
			(a, i, all) => all.findIndex((b) => b.map((t) => t.token).join(' ') === a.map((t) => t.token).join(' ')) === i
		);
	// One alternative left (the others were stop words or repeated words): plain words.
	if (alternatives.length < 2) {
		terms.push(...alternatives.flat());
		alternatives = [];
	}
	for (const text of otherGroups.flat()) for (const t of deps.analyzeQuery(`${text} `)) terms.push(t);
	return {
		terms,
		required: requiredTerms.length,
		exclude: excluded ? deps.analyzeQuery(excluded) : [],
		filter,
		completeLast: completeLast && terms.at(-1) === wordTerms.at(-1),
		alternatives
	};
}

/** Whether a typo-tolerant retry can help: some word could be a misspelt long Arabic term. */
export function mayHaveArabicTypo(plan: QueryPlan, minLetters: number): boolean {
	return plan.terms.slice(plan.required).some((t) => t.token.startsWith('zz') && t.term.length >= minLetters - 1);
}

/** The most words a relaxed query counts its drop-one subsets for (one limit-0 query each). */
export const MAX_DROP_ONE = 8;

/**
 * The relaxed query's words, in the order Meilisearch's `last` strategy drops them from the end:
 * required words first, then the others from rarest to most frequent, and last the word that
 * least belongs with the others; words found nowhere left out. Articles with every word thus
 * rank first, then those missing the odd word out, then fewer words. `counts[i]` = documents
 * matching `plan.terms[i]` alone; `dropOne[i]` = documents matching every word but `plan.terms[i]`.
 *
 * With three words or more the odd word out is the one whose removal finds the most articles:
 * the others occur together, it does not. Meilisearch's `frequency` drops the most frequent word
 * even when the rest match nothing together and goes on to a single word, so two rare title
 * words plus an unrelated rare word never reached the article holding the two (dev relax fr
 * found@10 0.475). With two words, the more frequent one goes (the rarer says more).
 */
export function relaxedTerms(
	plan: QueryPlan,
	counts: readonly number[],
	dropOne: readonly number[] = []
): { terms: QueryTerm[]; missing: QueryTerm[] } {
	const required = plan.terms.slice(0, plan.required);
	const rest = plan.terms.map((term, i) => ({ term, count: counts[i] ?? 0, i })).slice(plan.required);
	const found = rest.filter((x) => x.count > 0);
	const missing = rest.filter((x) => x.count === 0);
	const left = (x: { i: number }) => dropOne[x.i] ?? 0;
	// With a word found nowhere, the only subset with results leaves it out: that is the step.
	const candidates = missing.length === 0 && found.length > 1 ? found.filter((x) => left(x) > 0) : [];
	const bySubsets = plan.terms.length >= 3 && dropOne.length === plan.terms.length;
	const [dropped] = candidates.sort((a, b) =>
		bySubsets ? left(b) - left(a) || b.count - a.count || b.i - a.i : b.count - a.count || b.i - a.i
	);
	const kept = found
		.filter((x) => x !== dropped)
		.sort((a, b) => a.count - b.count || a.i - b.i)
		.map((x) => x.term);
	return {
		terms: [...required, ...kept, ...(dropped ? [dropped.term] : [])],
		missing: [...missing, ...(dropped ? [dropped] : [])].sort((a, b) => a.i - b.i).map((x) => x.term)
	};
}

/** One query of a relaxed search: every word but `dropped`. */
export interface RelaxedSubset {
	terms: QueryTerm[];
	dropped: QueryTerm;
}

/**
 * The relaxed search as a union of the queries missing one word each — those that find articles
 * (`dropOne[i]` > 0), required words never dropped — best first: the words left occur together
 * most often beyond chance (observed / (expected under independence + ½), expected =
 * N·Π(countⱼ/N)), i.e. the word dropped first is the odd one out. `total` = N, the documents the
 * filters leave. Empty when no such query finds anything (then `relaxedTerms` and `last`).
 *
 * Meilisearch's `frequency` drops the most frequent word even when the rest match nothing
 * together and goes on to a single word: two rare title words plus an unrelated rare word never
 * reached the article holding the two (dev relax fr found@10 0.475).
 */
export function relaxedSubsets(
	plan: QueryPlan,
	counts: readonly number[],
	dropOne: readonly number[],
	total: number
): RelaxedSubset[] {
	if (plan.terms.length < 2 || dropOne.length !== plan.terms.length) return [];
	const n = Number.isFinite(total) && total > 0 ? total : 1;
	const expected = (i: number) =>
		plan.terms.reduce((e, _, j) => (j === i ? e : e * Math.min((counts[j] ?? 0) / n, 1)), n);
	return plan.terms
		.map((dropped, i) => ({ dropped, i, left: dropOne[i] ?? 0 }))
		.filter((x) => x.i >= plan.required && x.left > 0)
		.map((x) => ({ ...x, lift: x.left / (expected(x.i) + 0.5) }))
		.sort((a, b) => b.lift - a.lift || b.i - a.i)
		.map(({ dropped, i }) => ({ dropped, terms: plan.terms.filter((_, j) => j !== i) }));
}

/** Levenshtein distance bounded by `max` (returns max + 1 beyond it). */
export function editDistance(a: string, b: string, max = 2): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const v = Math.min(
				(prev[j] ?? 0) + 1,
				(cur[j - 1] ?? 0) + 1,
				(prev[j - 1] ?? 0) + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1)
			);
			cur.push(v);
			best = Math.min(best, v);
		}
		if (best > max) return max + 1;
		prev = cur;
	}
	return prev[b.length] ?? max + 1;
}
