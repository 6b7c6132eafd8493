/**
 * French analysis chain: lowercase, ligatures, elision, diacritic folding, then Savoy's light
 * stemmer (the "UniNE" rules Lucene's FrenchLightStemmer implements).
 *
 * Deviation from Lucene: we fold diacritics BEFORE stemming and write the accented rules
 * (-ième, -ère, -ète) on folded letters. Lucene stems accented text, so "deuxième" and a typed
 * "deuxieme" get different stems there; here they always agree, which matters more for a
 * search box than the few words where an accent-free rule fires on a word that had no accent.
 */

import { foldLatin } from './fold-latin';

/** Elided articles and conjunctions (Lucene's default French elision set). */
const ELISION = /^(?:l|m|t|qu|n|s|j|d|c|jusqu|quoiqu|lorsqu|puisqu)['’ʼ](?=[^'’ʼ])/u;
const APOSTROPHES = /['’ʼ`]/gu;

/** Remove one leading elided article: l'avion → avion, d’Europol → Europol. Case-insensitive. */
export function stripElision(word: string): string {
	const lower = word.toLowerCase();
	const m = ELISION.exec(lower);
	return m ? word.slice(m[0].length) : word;
}

/** Folded form before stemming: the surface a user may type; what prefix search compares. */
export function foldFrench(word: string): string {
	return foldLatin(stripElision(word.toLowerCase())).replace(APOSTROPHES, '');
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/** Savoy's norm step: collapse doubled letters, drop -ie, then a final r / e / e / doubled letter. */
function norm(word: string): string {
	let s = word;
	if (s.length > 4) {
		let out = s[0] ?? '';
		for (let i = 1; i < s.length; i++) {
			const ch = s[i] ?? '';
			if (ch === out[out.length - 1] && isLetter(ch)) continue;
			out += ch;
		}
		s = out;
	}
	if (s.length > 4 && s.endsWith('ie')) s = s.slice(0, -2);
	if (s.length > 4) {
		if (s.endsWith('r')) s = s.slice(0, -1);
		if (s.endsWith('e')) s = s.slice(0, -1);
		if (s.endsWith('e')) s = s.slice(0, -1);
		const last = s[s.length - 1];
		if (s.length > 1 && last === s[s.length - 2] && isLetter(last)) s = s.slice(0, -1);
	}
	return s;
}

/** Replace the last `n` letters of `s` with `tail`. */
const retail = (s: string, n: number, tail: string): string => s.slice(0, s.length - n) + tail;

/** Savoy light stemmer on a folded (accent-free, lowercase) word. */
export function stemFrench(word: string): string {
	let s = word;
	const len = (): number => s.length;
	const ends = (suffix: string): boolean => s.endsWith(suffix);

	if (len() > 5 && ends('x')) {
		// chevaux → cheval, but not -eaux (bureaux → bureau).
		if (s[len() - 3] === 'a' && s[len() - 2] === 'u' && s[len() - 4] !== 'e') s = retail(s, 2, 'l');
		else s = s.slice(0, -1);
	}
	if (len() > 3 && ends('x')) s = s.slice(0, -1);
	if (len() > 3 && ends('s')) s = s.slice(0, -1);

	if (len() > 9 && ends('issement')) return norm(retail(s, 7, 'r')); // établissement → établir
	if (len() > 8 && ends('issant')) return norm(retail(s, 5, 'r'));
	if (len() > 6 && ends('ement')) {
		s = s.slice(0, -4);
		if (len() > 3 && ends('ive')) s = retail(s, 2, 'f'); // définitivement → définitif
		return norm(s);
	}
	if (len() > 11 && ends('ficatrice')) return norm(retail(s, 6, 'er'));
	if (len() > 10 && ends('ficateur')) return norm(retail(s, 6, 'er'));
	if (len() > 9 && ends('catrice')) return norm(retail(s, 7, 'quer'));
	if (len() > 8 && ends('cateur')) return norm(retail(s, 6, 'quer'));
	if (len() > 8 && ends('atrice')) return norm(retail(s, 6, 'er'));
	if (len() > 7 && ends('ateur')) return norm(retail(s, 5, 'er'));
	if (len() > 6 && ends('trice')) s = retail(s, 5, 'teur');
	if (len() > 5 && ends('ieme')) return norm(s.slice(0, -4));
	if (len() > 7 && ends('teuse')) return norm(retail(s, 3, 'r'));
	if (len() > 6 && ends('teur')) return norm(retail(s, 2, 'r'));
	if (len() > 5 && ends('euse')) return norm(s.slice(0, -2));
	if (len() > 8 && ends('ere')) return norm(s.slice(0, -1));
	if (len() > 7 && ends('ive')) return norm(retail(s, 2, 'f'));
	if (len() > 4 && (ends('folle') || ends('molle'))) return norm(retail(s, 3, 'u'));
	if (len() > 9 && ends('nnelle')) return norm(s.slice(0, -5));
	if (len() > 9 && ends('nnel')) return norm(s.slice(0, -3));
	if (len() > 4 && ends('ete')) s = s.slice(0, -1);
	if (len() > 8 && ends('ique')) s = s.slice(0, -4);
	if (len() > 8 && ends('esse')) return norm(s.slice(0, -3));
	if (len() > 7 && ends('inage')) return norm(s.slice(0, -3));
	if (len() > 9 && ends('isation')) {
		s = s.slice(0, -7);
		if (len() > 5 && ends('ual')) s = retail(s, 2, 'el');
		return norm(s);
	}
	if (len() > 9 && ends('isateur')) return norm(s.slice(0, -7));
	if (len() > 8 && ends('ation')) return norm(s.slice(0, -5));
	if (len() > 8 && ends('ition')) return norm(s.slice(0, -5));
	return norm(s);
}

/** Full French chain for one word. */
export function analyzeFrench(word: string): string {
	return stemFrench(foldFrench(word));
}
