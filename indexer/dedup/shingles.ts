import type { AnalysedToken } from '../../src/lib/analysis/index';

/** Words per shingle: long enough that two articles on one topic share few, short enough to survive light edits. */
export const SHINGLE_WORDS = 3;

/**
 * The story text of a body: the primary analysed term of every word (normalised, de-diacritised,
 * stemmed), so whitespace, case, diacritics and clitics cannot hide a copy.
 */
export function storyTerms(tokens: readonly AnalysedToken[]): string[] {
	return tokens.map((t) => t.terms[0]!);
}

/** FNV-1a, 32 bits, over the UTF-16 code units. */
export function hashString(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** Murmur3's finaliser: a fast, well-mixed 32-bit permutation. */
export function mix32(x: number): number {
	x ^= x >>> 16;
	x = Math.imul(x, 0x85ebca6b);
	x ^= x >>> 13;
	x = Math.imul(x, 0xc2b2ae35);
	x ^= x >>> 16;
	return x >>> 0;
}

/**
 * The distinct hashes of the `k`-word shingles of `terms` (a text shorter than k words is one
 * shingle). Order-sensitive: the same words in another order are other shingles.
 */
export function shingleHashes(terms: readonly string[], k: number = SHINGLE_WORDS): Uint32Array {
	if (terms.length === 0) return new Uint32Array(0);
	const words = terms.map(hashString);
	const n = Math.max(1, words.length - k + 1);
	const out = new Set<number>();
	for (let i = 0; i < n; i++) {
		let h = 0x9e3779b9;
		for (let j = i; j < Math.min(i + k, words.length); j++) h = mix32((h ^ words[j]!) + j - i);
		out.add(h);
	}
	return Uint32Array.from(out);
}
