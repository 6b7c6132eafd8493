/**
 * Entity tokens: one ASCII word per entity, stored in each document's `entity_terms`
 * for every mention, and reached from any alias through one-way synonyms. That is
 * what makes an Arabic query (داعش) find a French article (Daech, EI) and back.
 */
import type { CompiledKb } from './match-entities';
import { matchEntities } from './match-entities';
import type { AnalysisLang } from './types';

export type EntityTokenKind = 'actor' | 'country' | 'threat' | 'product' | 'concept';

/** Prefix no analysed word starts with, so entity tokens never collide with text terms. */
export const ENTITY_TOKEN_PREFIX = 'zq';
const KIND_LETTER: Record<EntityTokenKind, string> = {
	actor: 'a',
	country: 'c',
	threat: 't',
	product: 'p',
	concept: 'k'
};

/** `entityToken('country', 'IR')` → `zqcir`; `entityToken('actor', 'al-qaeda')` → `zqaalqaeda`. */
export function entityToken(kind: EntityTokenKind, id: string): string {
	return ENTITY_TOKEN_PREFIX + KIND_LETTER[kind] + id.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Meilisearch synonyms: each alias, analysed exactly as a query would be (`analyzeQuery`),
 * → the entity tokens it names. One-way, so the entity token does not expand back into every
 * alias. Keys are the query's encoded terms, so the synonym fires on what the server sends:
 * the complete form, and for the last word also its still-being-typed form (Meilisearch
 * applies synonyms to the last word too). Surnames alone (weak aliases) are kept — users type
 * "Snowden" — unless the entity is marked ambiguous; 1–2 letter forms (EI, IS, UE) are left
 * out because queries are lower-cased and they are common words.
 */
export function buildSynonyms(
	ckb: CompiledKb,
	analyzeQuery: (q: string) => { token: string; prefix: boolean }[]
): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	const add = (key: string, token: string) => {
		if (!key) return;
		const list = (out[key] ??= []);
		if (!list.includes(token)) list.push(token);
	};
	for (const a of ckb.aliases) {
		const kind = a.entry.kind;
		if (kind === 'blocker' || (a.weak && a.entry.ambiguous)) continue;
		const alias = a.alias.replace(/^=/, '');
		if (alias.replace(/[\s.]/g, '').length <= 2) continue;
		const token = entityToken(kind, a.entry.id);
		const complete = analyzeQuery(alias + ' ').map((t) => t.token);
		const typing = analyzeQuery(alias).map((t) => t.token);
		add(complete.join(' '), token);
		add(typing.join(' '), token);
	}
	return out;
}

/** Entity and concept tokens for every mention in a text (no thresholds), space-joined, for `entity_terms`. */
export function entityTermsOf(ckb: CompiledKb, text: string, lang: AnalysisLang): string {
	const tokens: string[] = [];
	for (const m of [...matchEntities(ckb, text, lang), ...matchEntities(ckb, text, lang, { layer: 'concepts' })]) {
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

/** Entities named in a search query, case rules relaxed (users type in lower case). Concepts are not entities: never returned. */
export function matchQueryEntities(query: string, ckb: CompiledKb): QueryEntity[] {
	const lang: AnalysisLang = /[\u0600-\u06FF]/u.test(query) ? 'ar' : 'fr';
	const out: QueryEntity[] = [];
	for (const m of matchEntities(ckb, query, lang, { field: 'title', relaxCase: true })) {
		if (m.entry.kind === 'blocker' || m.weak) continue;
		out.push({
			kind: m.entry.kind,
			id: m.entry.id,
			type: m.entry.type,
			labels: m.entry.labels,
			surface: m.surface,
			start: m.start,
			end: m.end
		});
	}
	return out;
}
