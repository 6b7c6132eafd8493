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
 * When a leading ل ب ك ف may be read as a clitic. The test is on the STEM of what remains, not on
 * its surface length, so that every inflection of a word decides alike (كبير and كبيره both keep
 * their ك; a surface rule would strip it from the longer form only, and the query "كبيرة" would
 * miss "كبير"). ل and ب precede bare names constantly (لمصر, بغزة → غز: 2-letter stem) and need
 * a stem of 2 letters and a remainder of 3; ك and ف begin many ordinary words (كبير, كتاب, فريق,
 * فيلم) and rarely attach to a bare noun, so they need a 4-letter stem (كرئيس, فايران pass).
 * و is a Light10 prefix already (word ≥ 4 letters).
 */
const CLITICS: ReadonlyArray<readonly [clitic: string, minRest: number, minStem: number]> = [
	['ل', 3, 2],
	['ب', 3, 2],
	['ك', 4, 4],
	['ف', 4, 4]
];

/** The word without a leading clitic letter, or null. Never lands on a stop word (بلديه → لديه). */
function stripClitic(word: string, clitic: string, minRest: number, minStem: number): string | null {
	if (!word.startsWith(clitic)) return null;
	const rest = word.slice(1);
	if (rest.length < minRest || stripArabicSuffixes(rest).length < minStem) return null;
	return isArabicStopWord(rest) ? null : rest;
}

/**
 * Imperfect-verb prefixes (ت، ي): تقطع / يقطع → قطع, so the query قطع العلاقات finds "تقطع
 * العلاقات". Index side only (an extra reading): the query keeps the word as typed, and a noun
 * that begins with ت/ي (تقرير) only gains an extra term. The rest must keep a 3-letter stem
 * (يمن, تلك stay whole).
 */
const VERB_PREFIXES = ['ت', 'ي'] as const;
const MIN_VERB_STEM = 3;

function stripVerbPrefix(word: string, prefix: string): string | null {
	if (!word.startsWith(prefix)) return null;
	const rest = word.slice(1);
	if (stripArabicSuffixes(rest).length < MIN_VERB_STEM) return null;
	return isArabicStopWord(rest) ? null : rest;
}

/** Words reachable in one step: any fitting Light10 prefix (Light10 order), any clitic, a verb prefix. */
function steps(word: string): string[] {
	const out: string[] = [];
	for (const prefix of PREFIXES) if (prefixFits(word, prefix)) out.push(word.slice(prefix.length));
	for (const [clitic, minRest, minStem] of CLITICS) {
		const rest = stripClitic(word, clitic, minRest, minStem);
		if (rest !== null) out.push(rest);
	}
	for (const prefix of VERB_PREFIXES) {
		const rest = stripVerbPrefix(word, prefix);
		if (rest !== null) out.push(rest);
	}
	return out;
}

/**
 * Every reading of a normalized word with proclitics removed, as unsuffixed words: the Light10
 * prefix-stripped word first, then everything reachable from it by further prefix/clitic steps
 * (in any order, even after an article, which Arabic grammar does not allow).
 *
 * Why a closure rather than the one "right" parse: the query side must pick ONE reading
 * (queryArabicForm) and cannot know whether a leading ف/ل/ب is a clitic or part of the word
 * (فلسطين, لبنان, بريطانيا). Indexing every reachable reading guarantees that the query's
 * reading of a word is found in any document form of it, including after an article or clitic
 * (الفلسطينيين, بلبنان, ولإيران). Readings are suffixes of the word, so there are few. The
 * ungrammatical readings only add index terms; they are never chosen by a query.
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

const ARTICLE_PREFIXES = PREFIXES.filter((p) => p !== 'و');

/**
 * The reading a query uses, parsed as Arabic grammar orders proclitics:
 * [conjunction و/ف] [preposition ل/ب/ك] [article], each optional, nothing after the article.
 * The first step is Light10's own prefix when one fits, so the result is always one of
 * arabicReadings(word). Stopping at the article keeps common words whole
 * (الولايات → ولايات, not ايات; الوطني → وطني).
 */
export function queryArabicForm(normalizedWord: string): string {
	let word = normalizedWord;
	const light = stripArabicPrefix(normalizedWord);
	if (light !== normalizedWord) {
		// Light10 took an article-bearing prefix (ال وال بال كال فال لل): the parse is complete.
		if (!(normalizedWord.startsWith('و') && light === normalizedWord.slice(1))) return light;
		word = light; // a bare conjunction و
	} else {
		word = stripClitic(normalizedWord, 'ف', 4, 4) ?? normalizedWord;
	}
	if (word !== normalizedWord) {
		// After a conjunction: an article-bearing prefix (وللعراق → للعراق → عراق) ends the parse.
		const article = ARTICLE_PREFIXES.find((p) => prefixFits(word, p));
		if (article !== undefined) return word.slice(article.length);
	}
	for (const [clitic, minRest, minStem] of CLITICS) {
		if (clitic === 'ف') continue;
		const rest = stripClitic(word, clitic, minRest, minStem);
		if (rest === null) continue;
		// ل/ب + article are written لل/بال and were handled above, so an ال after ل/ب is the
		// normalized hamza of the word itself (لألمانيا → ل + ألمانيا, read like ألمانيا → مانيا).
		if (rest.startsWith('ال')) {
			const light = stripArabicPrefix(rest);
			if (light !== rest && rest.startsWith('ال' + light)) return light;
		}
		return rest;
	}
	return word;
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
