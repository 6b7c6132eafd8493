/**
 * Entity matching on analysed tokens.
 *
 * Every alias of the knowledge base is analysed with the same chain as the text
 * (Arabic chain for Arabic script, Latin chain otherwise), so a document token
 * matches an alias token when any of its analysed terms (stem, clitic-free
 * variant) equals the alias token's primary term: لإيران، وإيران، الإيرانية → IR.
 * Matching is left to right, longest alias first, without overlaps, across all
 * entity kinds at once: "كوبا رانسومواري" (a ransomware gang) consumes كوبا, so
 * Cuba is not tagged; blockers consume "Real Madrid" so Spain is not.
 *
 * Concepts (search-only vocabulary) live in a trie of their own and are matched in a separate
 * pass (`layer: 'concepts'`): they never take words away from names or threat triggers, and
 * "الاستخبارات" inside "المخابرات المركزية الأمريكية" still counts as intelligence.
 */
import type { KbEntry, KnowledgeBase } from '../knowledge/types';
import type { AnalysisLang, AnalyzeFn, EntityMatch, TextField, TokenLike } from './types';

export type CaseRule = 'none' | 'initial' | 'upper';

export interface AliasToken {
	term: string;
	caseRule: CaseRule;
	/** Normalised surface for exact aliases (`=` prefix), else null. */
	exact: string | null;
}

export interface CompiledAlias {
	entry: KbEntry;
	alias: string;
	weak: boolean;
	tokens: AliasToken[];
}

interface TrieNode {
	children: Map<string, TrieNode>;
	aliases: CompiledAlias[];
}

export interface CompiledKb {
	kb: KnowledgeBase;
	analyze: AnalyzeFn;
	root: TrieNode;
	/** Trie of the concept aliases, matched in their own pass. */
	conceptRoot: TrieNode;
	aliases: CompiledAlias[];
	byId: Map<string, KbEntry>;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const HAS_LETTER = /\p{L}/u;
const ELISION = /^(?:l|m|t|qu|n|s|j|d|c|jusqu|lorsqu|puisqu)['’ʼ]/iu;

/** Lightweight Arabic surface normalisation for exact aliases (harakat, hamza seats, ta marbuta). */
export function normalizeSurface(s: string): string {
	return s
		.replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
		.replace(/[أإآٱ]/gu, 'ا')
		.replace(/ى/gu, 'ي')
		.replace(/ة/gu, 'ه');
}

function caseRuleOf(surface: string): CaseRule {
	const s = surface.replace(ELISION, '');
	const letters = [...s].filter((c) => HAS_LETTER.test(c));
	if (letters.length === 0 || ARABIC.test(s)) return 'none';
	const upper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
	// An acronym (EI, UE, NSA): only a capitalised surface is the acronym ("ei", "is" are words).
	if (letters.length >= 2 && letters.every(upper)) return 'upper';
	if (letters[0] !== undefined && upper(letters[0])) return 'initial';
	return 'none';
}

export function caseOk(rule: CaseRule, surface: string): boolean {
	if (rule === 'none') return true;
	const s = surface.replace(ELISION, '');
	const letters = [...s].filter((c) => HAS_LETTER.test(c));
	const first = letters[0];
	if (first === undefined) return false;
	if (rule === 'initial') return first !== first.toLowerCase();
	// "D'UN" is a text in capitals (de un), not the acronym UN after an elision.
	const elided = surface.match(ELISION)?.[0] ?? '';
	if (letters.length <= 2 && /\p{Lu}/u.test(elided)) return false;
	return letters.every((c) => c === c.toUpperCase());
}

/** Exact aliases still accept proclitics: an optional و / ف, then ب / ل / ك, or لل for ل + ال. */
export function exactOk(expected: string, surface: string): boolean {
	const s = normalizeSurface(surface);
	const forms = new Set([s]);
	if (s.startsWith('و') || s.startsWith('ف')) forms.add(s.slice(1));
	for (const f of [...forms]) {
		if (f.startsWith('لل')) forms.add('ال' + f.slice(2));
		if ('بلك'.includes(f[0] ?? '')) forms.add(f.slice(1));
	}
	// An article before a name written without one is fine (السوري is سوري); a name written
	// with its article needs it (الرياض the city, not رياض the first name).
	if (!expected.startsWith('ال')) for (const f of [...forms]) if (f.startsWith('ال')) forms.add(f.slice(2));
	return forms.has(expected);
}

/** Latin surface for exact comparison: elision off, lower case, diacritics folded. */
export function foldSurface(s: string): string {
	return s.replace(ELISION, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function exactLatinOk(expected: string, surface: string): boolean {
	return foldSurface(surface) === expected;
}

function aliasLang(alias: string): AnalysisLang {
	return ARABIC.test(alias) ? 'ar' : 'fr';
}

/** Analyse and index every alias of the knowledge base. */
export function compileKb(kb: KnowledgeBase, analyze: AnalyzeFn): CompiledKb {
	const root: TrieNode = { children: new Map(), aliases: [] };
	const conceptRoot: TrieNode = { children: new Map(), aliases: [] };
	const aliases: CompiledAlias[] = [];
	const seen = new Set<string>();
	const add = (entry: KbEntry, raw: string, weak: boolean): void => {
		let exact = raw.startsWith('=');
		const alias = exact ? raw.slice(1) : raw;
		const lang = aliasLang(alias);
		const oneWord = !/[\s-]/u.test(alias.trim());
		if (lang !== 'ar' && oneWord && !exact) {
			// A one-word Latin name does not inflect, and stemming it invites collisions
			// (Frontex → front, suisse → suis): compare surfaces. Lower-case words with a
			// stem of 4 letters or fewer are treated the same way.
			const stem = analyze(alias, 'fr')[0]?.terms[0] ?? '';
			if (caseRuleOf(alias) !== 'none' || stem.length <= 4) exact = true;
		}
		if (lang === 'ar' && !exact && oneWord) {
			// A one-word Arabic name whose stem is 3 letters or fewer collides with common words
			// once stemmed (ألباني → بان = بأن, بالاو → او = أو, سورية → سور "wall"): match its surface.
			const stem = analyze(alias, 'ar')[0]?.terms[0] ?? '';
			if (stem.length <= 3) exact = true;
		}
		// Latin aliases also go through the English chain: an English name in an Arabic text
		// ("Colonial Pipeline") and in a French one must both match.
		const chains: AnalysisLang[] = lang === 'ar' ? ['ar'] : ['fr', 'en'];
		for (const chain of chains) {
			const toks = analyze(alias, chain).filter((t) => t.terms.length > 0 && t.terms[0] !== '');
			if (toks.length === 0) continue;
			const tokens: AliasToken[] = toks.map((t) => ({
				term: t.terms[0] as string,
				caseRule: caseRuleOf(t.surface),
				exact: exact ? (lang === 'ar' ? normalizeSurface(t.surface) : foldSurface(t.surface)) : null
			}));
			const key = `${entry.kind}:${entry.id}:${weak}:${tokens.map((t) => `${t.term}/${t.caseRule}/${t.exact}`).join(' ')}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const compiled: CompiledAlias = { entry, alias, weak, tokens };
			aliases.push(compiled);
			let node = entry.kind === 'concept' ? conceptRoot : root;
			for (const t of tokens) {
				let next = node.children.get(t.term);
				if (!next) {
					next = { children: new Map(), aliases: [] };
					node.children.set(t.term, next);
				}
				node = next;
			}
			node.aliases.push(compiled);
		}
	};
	for (const entry of kb.all) {
		for (const lang of ['ar', 'fr', 'en'] as const) {
			for (const a of entry.aliases[lang]) add(entry, a, false);
			for (const a of entry.weakAliases?.[lang] ?? []) add(entry, a, true);
		}
	}
	const byId = new Map<string, KbEntry>();
	for (const e of kb.all) byId.set(`${e.kind}:${e.id}`, e);
	return { kb, analyze, root, conceptRoot, aliases, byId };
}

/** Text between two tokens of one multi-word alias: spaces, hyphens, quotes; never a line or sentence break. */
const JOINABLE_GAP = /^[ \t\u00A0\u200F\u200E\-–'’"“”«»]*$/u;

export interface MatchOptions {
	field?: TextField;
	/** Ignore capitalisation rules (queries are typed in lower case), except for 1–2 letter acronyms. */
	relaxCase?: boolean;
	/** Names, countries, threats and blockers (default), or the search-only concepts. */
	layer?: 'entities' | 'concepts';
}

function startsAlias(root: TrieNode, terms: readonly string[]): boolean {
	for (let k = 0; k < terms.length; k++) if (root.children.has(terms[k]!)) return true;
	return false;
}

/**
 * All entity matches in analysed tokens: longest first, no overlaps. When several
 * entities share the winning alias, each gets a match (the KB marks them ambiguous).
 */
export function matchTokens(
	ckb: CompiledKb,
	text: string,
	tokens: TokenLike[],
	options: MatchOptions = {}
): EntityMatch[] {
	const field = options.field ?? 'body';
	const out: EntityMatch[] = [];
	const tokenOk = (at: AliasToken, tok: TokenLike): boolean => {
		if (
			at.exact !== null &&
			!(tok.script === 'arabic' ? exactOk(at.exact, tok.surface) : exactLatinOk(at.exact, tok.surface))
		)
			return false;
		if (options.relaxCase && !(at.caseRule === 'upper' && at.term.length <= 2)) return true;
		return caseOk(at.caseRule, tok.surface);
	};
	const root = options.layer === 'concepts' ? ckb.conceptRoot : ckb.root;
	let i = 0;
	while (i < tokens.length) {
		// Most tokens start no alias: skip them before setting up the walk. This loop runs for
		// every token of every article (twice), so it stays a plain loop without closures.
		if (!startsAlias(root, tokens[i]!.terms)) {
			i++;
			continue;
		}
		let best: CompiledAlias[] = [];
		let bestLen = 0;
		// Depth-first walk: a document token may continue the trie through any of its terms.
		const walk = (node: TrieNode, j: number): void => {
			const depth = j - i;
			if (depth > 0) {
				const valid = node.aliases.filter((a) => a.tokens.every((at, k) => tokenOk(at, tokens[i + k] as TokenLike)));
				if (valid.length > 0 && depth >= bestLen) {
					if (depth > bestLen) best = [];
					bestLen = depth;
					best.push(...valid);
				}
			}
			const tok = tokens[j];
			if (!tok) return;
			if (depth > 0) {
				const prev = tokens[j - 1] as TokenLike;
				if (!JOINABLE_GAP.test(text.slice(prev.end, tok.start))) return;
			}
			// A token's terms are unique (analyzeText dedups them), so each child is walked once.
			for (const term of tok.terms) {
				const child = node.children.get(term);
				if (child) walk(child, j + 1);
			}
		};
		walk(root, i);
		if (bestLen === 0) {
			i++;
			continue;
		}
		const first = tokens[i] as TokenLike;
		const last = tokens[i + bestLen - 1] as TokenLike;
		// A strong alias beats a weak one of the same length, and an exact-surface alias beats a
		// stem match (البغدادي the man, not بغداد the city); one match per entity.
		const exactFirst = best.some((a) => a.tokens.some((t) => t.exact !== null))
			? best.filter((a) => a.tokens.some((t) => t.exact !== null))
			: best;
		const strong = exactFirst.some((a) => !a.weak) ? exactFirst.filter((a) => !a.weak) : exactFirst;
		const perEntity = new Map<string, CompiledAlias>();
		for (const a of strong) perEntity.set(`${a.entry.kind}:${a.entry.id}`, a);
		for (const a of perEntity.values()) {
			out.push({
				entry: a.entry,
				field,
				start: first.start,
				end: last.end,
				surface: text.slice(first.start, last.end),
				weak: a.weak,
				alias: a.alias
			});
		}
		i += bestLen;
	}
	return out;
}

/** Analyse `text` and match entities in it. */
export function matchEntities(
	ckb: CompiledKb,
	text: string,
	lang: AnalysisLang,
	options: MatchOptions = {}
): EntityMatch[] {
	return matchTokens(ckb, text, ckb.analyze(text, lang), options);
}
