/**
 * Arabic light stemming: Larkey's Light10 as implemented by Lucene's ArabicStemmer, with one
 * documented deviation, plus explicit clitic handling that Light10 lacks.
 *
 * Input must already be normalized (normalizeArabic): the rules are written for folded letters
 * (ة has become ه, so Lucene's ية / ة suffixes can no longer occur, but we keep them for
 * faithfulness when called on unnormalized input).
 */

import { isArabicStopWord } from './stop-words';

/** Tried in order; the first that fits is removed, and only one. */
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'] as const;

/** Tried in order, each once, each removed if it fits what is left. */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'] as const;

/**
 * Deviation from Lucene: ان / ون / ين must leave at least 4 letters (Lucene: 2).
 * These endings are very often part of names and nouns, and Light10 mangles them:
 * ايران → اير, لبنان → لبن ("milk"), السودان → سود ("black"), البحرين → بحر ("sea"),
 * الصين → صين is safe only by luck, قانون → قان. With 4 letters, sound plurals and duals of
 * real stems still conflate (مسلمون/مسلمين → مسلم, فلسطينيين → فلسطين, الرئيسان → رئيس), and
 * ايراني → ايران now meets ايران instead of missing it.
 */
const LONG_STEM_SUFFIXES: ReadonlySet<string> = new Set(['ان', 'ون', 'ين']);

function prefixFits(word: string, prefix: string): boolean {
	// Lucene: the one-letter wa- prefix needs a word of ≥ 4 letters; the others leave ≥ 2.
	if (prefix.length === 1 && word.length < 4) return false;
	if (word.length < prefix.length + 2) return false;
	return word.startsWith(prefix);
}

function suffixFits(word: string, suffix: string): boolean {
	const minStem = LONG_STEM_SUFFIXES.has(suffix) ? 4 : 2;
	if (word.length < suffix.length + minStem) return false;
	return word.endsWith(suffix);
}

/** The word with at most one Light10 prefix removed (no suffix stripping). */
export function stripArabicPrefix(word: string): string {
	for (const prefix of PREFIXES) {
		if (prefixFits(word, prefix)) return word.slice(prefix.length);
	}
	return word;
}

/** Light10 suffix removal: every suffix is tried once, in order, on what is left. */
export function stripArabicSuffixes(word: string): string {
	let stem = word;
	for (const suffix of SUFFIXES) {
		if (suffixFits(stem, suffix)) stem = stem.slice(0, stem.length - suffix.length);
	}
	return stem;
}

/** Light10 stem of a normalized word. */
export function stemArabic(word: string): string {
	return stripArabicSuffixes(stripArabicPrefix(word));
}

/** True when `word` is exactly one of Light10's prefixes (a typed "ال" is not yet a word). */
export function isArabicPrefix(word: string): boolean {
	return (PREFIXES as readonly string[]).includes(word);
}

/**
 * Minimum letters that must remain after removing a one-letter clitic. ل and ب are frequent
 * before bare names (لمصر, بغزة, لقطر) so 3 suffices; ك and ف start many ordinary words (كتاب,
 * كبير, فريق, فيلم) and rarely attach to a bare noun, so they must leave 4 (كرئيس, فايران work).
 * و is already a Light10 prefix (word ≥ 4 letters).
 */
const CLITICS: ReadonlyArray<readonly [string, number]> = [
	['ل', 3],
	['ب', 3],
	['ك', 4],
	['ف', 4]
];

/**
 * Words reachable from `word` in one step: any Light10 prefix that fits (in Light10's order),
 * then any clitic letter that fits. A clitic step never lands on a stop word: بلديه → لديه
 * ("he has") would tie "municipality" to half the corpus.
 */
function steps(word: string): string[] {
	const out: string[] = [];
	for (const prefix of PREFIXES) if (prefixFits(word, prefix)) out.push(word.slice(prefix.length));
	for (const [clitic, minRest] of CLITICS) {
		const rest = word.slice(1);
		if (word.startsWith(clitic) && rest.length >= minRest && !isArabicStopWord(rest)) out.push(rest);
	}
	return out;
}

/**
 * Every reading of a normalized word with proclitics removed, as unsuffixed words: the Light10
 * prefix-stripped word first, then everything reachable from it by further prefix/clitic steps.
 *
 * Why a closure rather than the one "right" parse: the query side must pick ONE de-cliticised
 * form (queryArabicForm, greedy), and it cannot know whether a leading ف/ل/ب is a clitic or part
 * of the word (فلسطين, لبنان, بريطانيا). Indexing every reachable reading guarantees that the
 * greedy form of a word is found in any document form of it, including after an article or
 * clitic (الفلسطينيين, بلبنان, ولإيران). Readings are suffixes of the word, so there are few.
 */
export function arabicReadings(normalizedWord: string): string[] {
	const first = stripArabicPrefix(normalizedWord);
	const seen = [first];
	for (let i = 0; i < seen.length; i++) {
		const current = seen[i] ?? '';
		for (const next of steps(current)) if (!seen.includes(next)) seen.push(next);
	}
	return seen;
}

/**
 * The reading a query uses: repeatedly take the first possible step (Light10 prefixes in order,
 * then ل ب ك ف). Always one of arabicReadings(word): the first step of a word is its Light10
 * prefix when one fits, exactly as in arabicReadings.
 */
export function queryArabicForm(normalizedWord: string): string {
	let current = normalizedWord;
	for (;;) {
		const next = steps(current)[0];
		if (next === undefined) return current;
		current = next;
	}
}

/**
 * Extra stems to index for a normalized word beyond its Light10 stem: the stems of every
 * de-cliticised reading (لايران → ايران, بادلب → ادلب, وللعراق → عراق).
 */
export function cliticVariants(normalizedWord: string): string[] {
	const primary = stemArabic(normalizedWord);
	const out: string[] = [];
	for (const reading of arabicReadings(normalizedWord)) {
		const stem = stripArabicSuffixes(reading);
		if (stem !== primary && !out.includes(stem)) out.push(stem);
	}
	return out;
}
