/**
 * English analysis chain: lowercase, fold, possessive and plural removal only. English is a
 * minority language here (agency copy, names); a light plural rule conflates what users expect
 * (attacks / attack) without the over-stemming of Porter on names.
 */

import { foldLatin } from './fold-latin';

const APOSTROPHES = /['’ʼ`]/gu;
const POSSESSIVE = /['’ʼ]s$/u;

/** Folded form before stemming (prefix-search surface). */
export function foldEnglish(word: string): string {
	return foldLatin(word).replace(POSSESSIVE, '').replace(APOSTROPHES, '');
}

/** Plural -s removal on a folded word. */
export function stemEnglish(word: string): string {
	const s = word;
	if (s.length > 4 && s.endsWith('ies') && !/[aeiou]ies$/u.test(s)) return s.slice(0, -3) + 'y'; // agencies → agency
	if (s.length > 4 && /(?:[sxz]|ch|sh)es$/u.test(s)) return s.slice(0, -2); // boxes → box, viruses → virus
	if (s.length > 3 && s.endsWith('s') && !/(?:ss|us|is)$/u.test(s)) return s.slice(0, -1);
	return s;
}

export function analyzeEnglish(word: string): string {
	return stemEnglish(foldEnglish(word));
}
