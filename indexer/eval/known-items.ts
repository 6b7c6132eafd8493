/**
 * Development sets generated from corpus titles with a fixed seed (pure; the caller streams the
 * corpus): known-item queries — three rare words of a title, in title order — clean, and with one
 * letter wrong in the longest of them; and queries that need relaxation — two rare words of a
 * title plus a rare word of an unrelated title (no article has all three).
 * Every fifth generated query is held out (`split: 'heldout'`), to be run only at the end.
 */
import { seededRandom } from './seeded-random';

export interface TitleRecord {
	id: string;
	lang: 'ar' | 'fr';
	title: string;
}

export type KnownItemKind = 'clean' | 'typo' | 'relax';

export interface KnownItem {
	kind: KnownItemKind;
	lang: 'ar' | 'fr';
	q: string;
	/** The article the query was made from. */
	id: string;
	split: 'dev' | 'heldout';
}

const AR_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const FR_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const WORD = /[\p{L}\p{M}]+/gu;

/** Title words as written, lower-cased for counting. */
export function titleWords(title: string): string[] {
	return (title.match(WORD) ?? []).filter((w) => w.length >= 3);
}

/** Document frequency of every title word over the titles (lower-cased). */
export function titleFrequencies(records: Iterable<TitleRecord>): Map<string, number> {
	const df = new Map<string, number>();
	for (const r of records) {
		for (const w of new Set(titleWords(r.title).map((x) => x.toLowerCase()))) df.set(w, (df.get(w) ?? 0) + 1);
	}
	return df;
}

/** The three rarest words of a title (ties: longer first), kept in title order; null when fewer. */
export function rareWords(title: string, df: ReadonlyMap<string, number>, n = 3): string[] | null {
	const words = [...new Set(titleWords(title))];
	if (words.length < n) return null;
	const ranked = words
		.map((w, i) => ({ w, i, f: df.get(w.toLowerCase()) ?? 0 }))
		.sort((a, b) => a.f - b.f || b.w.length - a.w.length || a.i - b.i)
		.slice(0, n)
		.sort((a, b) => a.i - b.i);
	return ranked.map((x) => x.w);
}

/** One letter of the word replaced by another letter of its script (never the first letter). */
export function misspell(word: string, random: () => number): string {
	const letters = [...word];
	const alphabet = /[\u0600-\u06ff]/.test(word) ? AR_LETTERS : FR_LETTERS;
	const at = 1 + Math.floor(random() * (letters.length - 1));
	const old = letters[at] ?? '';
	let next = old;
	while (next === old) next = alphabet.charAt(Math.floor(random() * alphabet.length));
	letters[at] = next;
	return letters.join('');
}

/**
 * `perLang` queries of each kind and language from `records` (sampled with the seed). A query
 * is kept only when its rare words are rare (each in at most `maxDf` titles).
 */
export function generateKnownItems(
	records: readonly TitleRecord[],
	df: ReadonlyMap<string, number>,
	{ seed = 14, perLang = 50, maxDf = 20 }: { seed?: number; perLang?: number; maxDf?: number } = {}
): KnownItem[] {
	const random = seededRandom(seed);
	const out: KnownItem[] = [];
	for (const lang of ['ar', 'fr'] as const) {
		const pool = records.filter((r) => r.lang === lang);
		const counts: Record<KnownItemKind, number> = { clean: 0, typo: 0, relax: 0 };
		const used = new Set<string>();
		for (let tries = 0; tries < perLang * 200 && Object.values(counts).some((c) => c < perLang); tries++) {
			const r = pool[Math.floor(random() * pool.length)];
			if (!r || used.has(r.id)) continue;
			const words = rareWords(r.title, df);
			if (!words || words.some((w) => (df.get(w.toLowerCase()) ?? 0) > maxDf)) continue;
			used.add(r.id);
			const kind = (['clean', 'typo', 'relax'] as const).find((k) => counts[k] < perLang);
			if (!kind) break;
			let q: string;
			if (kind === 'clean') q = words.join(' ');
			else if (kind === 'typo') {
				const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
				q = words.map((w) => (w === longest ? misspell(w, random) : w)).join(' ');
			} else {
				const other = pool[Math.floor(random() * pool.length)];
				const extra = other && other.id !== r.id ? rareWords(other.title, df, 1) : null;
				if (!extra?.[0] || titleWords(r.title).includes(extra[0])) continue;
				q = [...words.slice(0, 2), extra[0]].join(' ');
			}
			const n = counts[kind]++;
			out.push({ kind, lang, q, id: r.id, split: n % 5 === 4 ? 'heldout' : 'dev' });
		}
	}
	return out;
}
