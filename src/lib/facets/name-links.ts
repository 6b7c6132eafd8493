/**
 * One name across scripts at search time: two-way Meilisearch synonyms between the Latin and the
 * Arabic spelling of a name word (Khashoggi ↔ خاشقجي), so a query in either script also finds the
 * articles that only write the other spelling, tagged or not. Two sources of links:
 * - the knowledge base: the one-word aliases of one actor in both scripts (Clapper ↔ كلابر);
 * - the public name table (names.generated.json, Wikidata), kept to the links fit for search:
 *   a spelling pair carried by several persons, neither side a frequent news word (أمين, "secretary",
 *   is also Amine), nor a word the knowledge base already owns (ISIS is a group, not the goddess).
 * Keys and values are what `analyzeQuery` sends (encoded terms), as for the entity synonyms.
 * Pure: the loader passes the table and the frequent terms.
 */
import type { CompiledKb } from './match-entities';

export interface NameLink {
	latin: string;
	ar: string;
	/** Persons carrying the pair (table links); the knowledge base's links rank first. */
	weight: number;
}

type AnalyzeQuery = (q: string) => { token: string; term: string }[];

const ARABIC = /[\u0600-\u06FF]/u;
/** Persons that must carry a table pair: pairs seen once are mostly one-off transliterations. */
export const MIN_PERSONS = 2;
/** Latin spellings an Arabic word expands to, most carried first (محمد → mohammed, mohamed…). */
export const MAX_LATIN_PER_ARABIC = 4;
/** Weight of knowledge-base links (above any table count). */
const KB_WEIGHT = Number.MAX_SAFE_INTEGER;

/** Links between the one-word aliases of one actor written in Latin and in Arabic letters. */
export function kbNameLinks(ckb: CompiledKb): NameLink[] {
	const byEntity = new Map<string, { latin: Set<string>; ar: Set<string> }>();
	for (const a of ckb.aliases) {
		if (a.entry.kind !== 'actor' || (a.weak && a.entry.ambiguous)) continue;
		const alias = a.alias.replace(/^=/, '').trim();
		if (/\s/u.test(alias) || alias.replace(/[.'’-]/g, '').length <= 2) continue;
		const sides = byEntity.get(a.entry.id) ?? { latin: new Set<string>(), ar: new Set<string>() };
		byEntity.set(a.entry.id, sides);
		(ARABIC.test(alias) ? sides.ar : sides.latin).add(alias);
	}
	const out: NameLink[] = [];
	for (const { latin, ar } of byEntity.values())
		for (const l of latin) for (const r of ar) out.push({ latin: l, ar: r, weight: KB_WEIGHT });
	return out;
}

/**
 * Links of the name table (lines `latin\tarabic\tpersons`) fit for search. `isCommon(term)`: the
 * analysed term is a frequent news word of the corpus.
 */
export function tableNameLinks(
	pairs: readonly string[],
	analyzeQuery: AnalyzeQuery,
	isCommon: (term: string) => boolean
): NameLink[] {
	const out: NameLink[] = [];
	for (const line of pairs) {
		const [latin, ar, count] = line.split('\t');
		const weight = Number(count);
		if (!latin || !ar || !(weight >= MIN_PERSONS) || latin.length < 4 || ar.length < 3) continue;
		const l = analyzeQuery(`${latin} `);
		const a = analyzeQuery(`${ar} `);
		if (l.length !== 1 || a.length !== 1 || isCommon(l[0]!.term) || isCommon(a[0]!.term)) continue;
		out.push({ latin, ar, weight });
	}
	return out;
}

/**
 * Two-way synonyms from links: each Latin spelling's query tokens (complete and still being
 * typed) → the Arabic spelling's token, each Arabic spelling's → its most carried Latin spellings
 * as typed (the unstemmed form, which documents also index).
 * `owned` keys (the knowledge base's synonyms) take no table link: the KB says what they name.
 */
export function nameLinkSynonyms(
	links: readonly NameLink[],
	analyzeQuery: AnalyzeQuery,
	owned: ReadonlySet<string> = new Set()
): Record<string, string[]> {
	const latinOf = new Map<string, { token: string; weight: number }[]>();
	const arOf = new Map<string, Set<string>>();
	// The word as typed (unstemmed: "clapper", not the stem "clap") first: documents index both,
	// and the stem of a foreign name can be a French word (clap, hafta).
	const keys = (s: string) =>
		[analyzeQuery(s), analyzeQuery(`${s} `)].filter((t) => t.length === 1).map((t) => t[0]!.token);
	for (const link of [...links].sort((a, b) => b.weight - a.weight)) {
		const lKeys = keys(link.latin);
		const aKeys = keys(link.ar);
		const lToken = lKeys[0];
		const aToken = aKeys[0];
		if (lToken === undefined || aToken === undefined) continue;
		const table = link.weight !== KB_WEIGHT;
		if (table && [...lKeys, ...aKeys].some((k) => owned.has(k))) continue;
		for (const k of new Set(lKeys)) (arOf.get(k) ?? arOf.set(k, new Set()).get(k)!).add(aToken);
		for (const k of new Set(aKeys)) {
			const list = latinOf.get(k) ?? latinOf.set(k, []).get(k)!;
			if (!list.some((x) => x.token === lToken)) list.push({ token: lToken, weight: link.weight });
		}
	}
	const out: Record<string, string[]> = {};
	for (const [k, set] of arOf) out[k] = [...set];
	for (const [k, list] of latinOf) out[k] = list.slice(0, MAX_LATIN_PER_ARABIC).map((x) => x.token);
	return out;
}

/** Union of synonym maps, values deduplicated, first map's order first. */
export function mergeSynonyms(...maps: Record<string, string[]>[]): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const m of maps)
		for (const [k, values] of Object.entries(m)) {
			const list = (out[k] ??= []);
			for (const v of values) if (v !== k && !list.includes(v)) list.push(v);
		}
	return out;
}
