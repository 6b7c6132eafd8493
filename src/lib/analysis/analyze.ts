/**
 * The analysis pipeline used at index time and at query time (same code on both sides).
 *
 * Each token yields index terms (natural script; encode with encodeTerm before storing):
 *   terms[0]  the primary stem (Arabic: Light10; Latin: French or, for 'en' documents, English)
 *   then      extra variants, deduplicated:
 *     - Arabic: for every de-cliticised reading (arabicReadings: لايران → ايران) its stem and
 *       its unsuffixed form (what a half-typed word is prefix-matched against);
 *     - Latin: the French-chain stem when the document is English, and the folded unstemmed
 *       word (prefix-search surface).
 * A complete query word maps to ONE term that every document form of the same word contains
 * (invariant tested in tests/lib/analysis): the stem of the greedy de-cliticised reading for Arabic, the French stem
 * for Latin, whatever the document's language.
 */

import type { Lang } from '../article';
import { normalizeArabic } from './normalize-arabic';
import { arabicReadings, isArabicPrefix, queryArabicForm, stemArabic, stripArabicSuffixes } from './stem-arabic';
import { foldFrench, stemFrench } from './analyze-french';
import { foldEnglish, stemEnglish } from './analyze-english';
import { isArabicStopWord, isLatinStopWord } from './stop-words';
import { tokenize } from './tokenize';
import type { Script } from './tokenize';
import { encodeTerm } from './encode-term';

export type { Lang };

export interface AnalysedToken {
	surface: string;
	start: number;
	end: number;
	script: Script;
	/** terms[0] = primary analysed term; the rest = extra variants to index. Never empty. */
	terms: string[];
	/** A stop word (stop-words.ts): analysed like any word, but left out of the search fields. */
	stop: boolean;
}

export interface QueryTerm {
	surface: string;
	term: string;
	/** encodeTerm(term): what to send to Meilisearch. */
	token: string;
	/** True for the last word while still being typed: match indexed terms starting with `term`. */
	prefix: boolean;
}

/** Everything the two sides need about one word. */
interface WordAnalysis {
	/** Normalized/folded surface (stage 'normalize'). */
	normalized: string;
	/** Index terms, primary first, unique, non-empty strings. */
	index: string[];
	/** The term a complete query word searches for. */
	query: string;
	/** The term a half-typed query word prefix-searches for. */
	prefix: string;
	/** False when the typed text cannot be meaningfully prefix-matched (a bare "ال"). */
	prefixable: boolean;
	stop: boolean;
}

function unique(terms: Array<string | null>): string[] {
	const out: string[] = [];
	for (const t of terms) if (t && !out.includes(t)) out.push(t);
	return out;
}

function analyzeArabicWord(surface: string): WordAnalysis {
	const n = normalizeArabic(surface);
	const readings = arabicReadings(n);
	const terms: string[] = [stemArabic(n)];
	// Each reading contributes its stem (what complete query words match) and itself unsuffixed
	// (what a half-typed query word prefix-matches: الهجما → هجما is a prefix of هجمات).
	for (const reading of readings) terms.push(stripArabicSuffixes(reading), reading);
	const form = queryArabicForm(n);
	const stem = stripArabicSuffixes(form);
	return {
		normalized: n,
		index: unique(terms),
		query: stem,
		// The stem is a prefix of the typed form, so prefix-matching it finds both the words that
		// start with what was typed and the other forms of a word typed in full (هجمة → هجم finds
		// هجمات); a stem under 3 letters would match too much, so the typed form is kept then.
		prefix: stem.length >= 3 ? stem : form,
		prefixable: !isArabicPrefix(n),
		stop: isArabicStopWord(n)
	};
}

/** Arabic-Indic digits, zero-width and bidi characters are cleaned for every script. */
const cleanLatin = (surface: string): string => normalizeArabic(surface);

function analyzeLatinWord(surface: string, lang: Lang): WordAnalysis {
	const cleaned = cleanLatin(surface);
	const folded = foldFrench(cleaned);
	const frStem = stemFrench(folded);
	if (lang === 'en') {
		const foldedEn = foldEnglish(cleaned);
		return {
			normalized: foldedEn,
			index: unique([stemEnglish(foldedEn), frStem, foldedEn, folded]),
			query: frStem,
			prefix: folded,
			prefixable: true,
			stop: isLatinStopWord(folded)
		};
	}
	return {
		normalized: folded,
		index: unique([frStem, folded]),
		query: frStem,
		prefix: folded,
		prefixable: true,
		stop: isLatinStopWord(folded)
	};
}

/**
 * Word analyses are memoized: news vocabulary is Zipfian, so most tokens of an article were
 * seen before and analysis becomes a map lookup. Results are frozen because they are shared.
 * The cache is bounded and simply dropped when full (cheap, and the hot words come back).
 */
const WORD_CACHE_LIMIT = 200_000;
/**
 * One map per chain, keyed by the surface itself: a composite key (language + surface) would
 * build and hash a new string for every token, which cost more than the analysis it saves.
 */
const arabicWords = new Map<string, WordAnalysis>();
const latinWords: Record<Lang, Map<string, WordAnalysis>> = { ar: new Map(), fr: new Map(), en: new Map() };

function analyzeSurface(surface: string, script: Script, lang: Lang): WordAnalysis {
	const cache = script === 'arabic' ? arabicWords : latinWords[lang];
	const hit = cache.get(surface);
	if (hit) return hit;
	const a = script === 'arabic' ? analyzeArabicWord(surface) : analyzeLatinWord(surface, lang);
	Object.freeze(a.index);
	if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
	cache.set(surface, Object.freeze(a));
	return a;
}

/**
 * Index side: every token with its terms. Stop words are kept and flagged (highlighting, facets
 * and dedup see every word; toSearchField leaves them out); tokens that normalize to nothing (a
 * lone tatweel) are dropped.
 */
export function analyzeText(text: string, lang: Lang): AnalysedToken[] {
	const out: AnalysedToken[] = [];
	for (const tok of tokenize(text)) {
		const a = analyzeSurface(tok.surface, tok.script, lang);
		if (a.index.length === 0) continue;
		out.push({
			surface: tok.surface,
			start: tok.start,
			end: tok.end,
			script: tok.script,
			terms: a.index,
			stop: a.stop
		});
	}
	return out;
}

/**
 * The primary term of each token of `word` (usually one): 'normalize' stops before stemming
 * (Arabic: normalizeArabic; Latin: lowercase, elision, folding), 'stem' runs the whole chain.
 */
export function analyzeWord(word: string, lang: Lang, stage: 'normalize' | 'stem' = 'stem'): string[] {
	const out: string[] = [];
	for (const tok of tokenize(word)) {
		const a = analyzeSurface(tok.surface, tok.script, lang);
		const term = stage === 'normalize' ? a.normalized : a.index[0];
		if (term) out.push(term);
	}
	return out;
}

/**
 * Query side. Latin words always take the French chain (documents of every language index the
 * French stem). Stop words are dropped unless the query has nothing else. The last word is a
 * prefix when the query ends right after it (the user is still typing it).
 */
export function analyzeQuery(q: string): QueryTerm[] {
	const tokens = tokenize(q);
	const items: Array<{ term: QueryTerm; stop: boolean }> = [];
	tokens.forEach((tok, i) => {
		const a = analyzeSurface(tok.surface, tok.script, 'fr');
		if (a.index.length === 0) return;
		// A single letter is never a prefix (`fiche S` would match se, sur, selon…): it is a word.
		const typing = i === tokens.length - 1 && tok.end === q.length && a.prefixable && a.normalized.length > 1;
		const term = typing ? a.prefix : a.query;
		if (!term) return;
		items.push({
			// A word still being typed may become a content word: never drop it as a stop word.
			stop: a.stop && !typing,
			term: { surface: tok.surface, term, token: encodeTerm(term), prefix: typing }
		});
	});
	const content = items.filter((x) => !x.stop);
	const kept = content.length > 0 ? content : items;
	const seen = new Set<string>();
	const out: QueryTerm[] = [];
	for (const { term } of kept) {
		const key = `${term.prefix ? 'p' : 'w'}:${term.token}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(term);
	}
	return out;
}

/** The encoded terms of the tokens (every variant) but stop words, space-separated, for a searchable field. */
export function toSearchField(tokens: readonly AnalysedToken[]): string {
	const parts: string[] = [];
	for (const t of tokens) {
		// Queries never search for stop words (analyzeQuery drops them), so indexing them only
		// costs: a third of all tokens, and most of Meilisearch's word-pair (proximity) work.
		if (t.stop) continue;
		let encoded = encodedTerms.get(t.terms);
		if (encoded === undefined) {
			encoded = t.terms.map(encodeTerm).join(' ');
			encodedTerms.set(t.terms, encoded);
		}
		parts.push(encoded);
	}
	return parts.join(' ');
}

/**
 * The encoded form of a token's terms, keyed by the (shared, frozen) terms array of the word
 * cache: a frequent word is encoded once, not once per occurrence. Weak, so it empties with
 * the word cache.
 */
const encodedTerms = new WeakMap<readonly string[], string>();

/**
 * Arabic terms shorter than this never take part in typo matching: one letter separates many
 * distinct short stems (مانيا Germany / بانيا Albania, 5 letters), while longer stems one edit
 * apart are mostly the same word misspelt. One Arabic letter is one character of the encoded
 * token (`zz` + one symbol per letter), so one edit on the word is one edit on the token.
 */
export const TYPO_MIN_ARABIC_LETTERS = 6;

/** The distinct encoded terms of the Arabic content tokens with ≥ TYPO_MIN_ARABIC_LETTERS letters. */
export function typoField(tokens: readonly AnalysedToken[]): string {
	const out = new Set<string>();
	for (const t of tokens) {
		if (t.stop || t.script !== 'arabic') continue;
		for (const term of t.terms) if (term.length >= TYPO_MIN_ARABIC_LETTERS) out.add(encodeTerm(term));
	}
	return [...out].join(' ');
}
