/**
 * Entity tokens: one ASCII word per entity, stored in each document's `entity_terms`
 * for every mention, and reached from any alias through one-way synonyms. That is
 * what makes an Arabic query (داعش) find a French article (Daech, EI) and back.
 */
import type { CompiledKb } from './match-entities';
import { matchEntities } from './match-entities';
import type { AnalysisLang } from './types';

export type EntityTokenKind = 'actor' | 'country' | 'threat' | 'product';

/** Prefix no analysed word starts with, so entity tokens never collide with text terms. */
export const ENTITY_TOKEN_PREFIX = 'zq';
const KIND_LETTER: Record<EntityTokenKind, string> = { actor: 'a', country: 'c', threat: 't', product: 'p' };

/** `entityToken('country', 'IR')` → `zqcir`; `entityToken('actor', 'al-qaeda')` → `zqaalqaeda`. */
export function entityToken(kind: EntityTokenKind, id: string): string {
	return ENTITY_TOKEN_PREFIX + KIND_LETTER[kind] + id.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Meilisearch synonyms: each alias's analysed + encoded form (multi-word aliases as
 * space-joined encoded terms) → the entity tokens it names. One-way, so the entity
 * token does not expand back into every alias. Weak aliases (surnames alone), exact
 * aliases (names that collide with words) and 1–2 letter forms (EI, IS, UE: words in
 * lower case, and queries are lower-cased) are left out.
 */
export function buildSynonyms(ckb: CompiledKb, encodeTerm: (term: string) => string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const a of ckb.aliases) {
		const kind = a.entry.kind;
		if (kind === 'blocker' || a.weak) continue;
		if (a.tokens.some((t) => t.exact !== null)) continue;
		if (a.tokens.length === 1 && (a.tokens[0]?.term.length ?? 0) <= 2) continue;
		const key = a.tokens.map((t) => encodeTerm(t.term)).join(' ');
		const token = entityToken(kind, a.entry.id);
		const list = (out[key] ??= []);
		if (!list.includes(token)) list.push(token);
	}
	return out;
}

/** Entity tokens for every mention in a text (no thresholds), space-joined, for `entity_terms`. */
export function entityTermsOf(ckb: CompiledKb, text: string, lang: AnalysisLang): string {
	const tokens: string[] = [];
	for (const m of matchEntities(ckb, text, lang)) {
		if (m.entry.kind === 'blocker') continue;
		tokens.push(entityToken(m.entry.kind, m.entry.id));
	}
	return tokens.join(' ');
}

export interface QueryEntity {
	kind: EntityTokenKind;
	id: string;
	type: string;
	labels: { ar: string; fr: string; en: string };
	/** What the user typed that named it ("ISIS — matched داعش"). */
	surface: string;
	start: number;
	end: number;
}

/** Entities named in a search query, case rules relaxed (users type in lower case). */
export function matchQueryEntities(query: string, ckb: CompiledKb): QueryEntity[] {
	const lang: AnalysisLang = /[\u0600-\u06FF]/u.test(query) ? 'ar' : 'fr';
	const out: QueryEntity[] = [];
	for (const m of matchEntities(ckb, query, lang, { field: 'title', relaxCase: true })) {
		if (m.entry.kind === 'blocker' || m.weak) continue;
		out.push({ kind: m.entry.kind, id: m.entry.id, type: m.entry.type, labels: m.entry.labels, surface: m.surface, start: m.start, end: m.end });
	}
	return out;
}
