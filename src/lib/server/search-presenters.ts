import { analyzeQuery, analyzeText, highlightHtml, snippetHtml } from '$lib/analysis';
import type { Presenters } from '$lib/search/presenters';
import type { FacetField, MatchedEntity, UiLang } from '$lib/search/types';
import { LANGS } from '$lib/article';
import { defaultKb, facetLabel as kbFacetLabel, matchQueryEntities } from '$lib/facets';
import { loadKnowledgeBase } from '../knowledge/index';
import { nameTable } from '../knowledge/names';
import { arabicNameCount } from '../facets/recognise/names';
import { foldSurface, normalizeSurface } from '../facets/match-entities';
import { MIN_PERSONS } from '../facets/name-links';
import type { KbEntry, KnowledgeBase } from '../knowledge/index';

/**
 * The real presenters: `$lib/analysis` for query terms and highlighting, the knowledge base
 * for labels, actor types and names. Built once, on first use (the KB is assembled in memory).
 */

type EntityField = Exclude<FacetField, 'lang'>;

interface Lookup {
	byId: Record<EntityField, Map<string, KbEntry>>;
	names: Record<FacetField, Map<string, string[]>>;
}

/** Alias strings may carry a leading `=` (exact-match marker): not part of the name. */
const cleanAlias = (alias: string): string => alias.replace(/^=/, '');

function entriesOf(kb: KnowledgeBase, field: EntityField): KbEntry[] {
	return field === 'actor' ? kb.actors : field === 'country' ? kb.countries : kb.threats;
}

function regionName(code: string, ui: UiLang): string {
	try {
		return new Intl.DisplayNames([ui], { type: 'region', fallback: 'code' }).of(code) ?? code;
	} catch {
		return code;
	}
}

function buildLookup(kb: KnowledgeBase): Lookup {
	const byId = { actor: new Map(), country: new Map(), threat: new Map() } as Lookup['byId'];
	const names = { lang: new Map(), actor: new Map(), country: new Map(), threat: new Map() } as Lookup['names'];
	for (const field of ['actor', 'country', 'threat'] as const) {
		for (const entry of entriesOf(kb, field)) {
			byId[field].set(entry.id, entry);
			const all = [...Object.values(entry.labels), ...entry.aliases.ar, ...entry.aliases.fr, ...entry.aliases.en].map(
				cleanAlias
			);
			names[field].set(entry.id, [...new Set(all)]);
		}
	}
	for (const lang of LANGS) {
		names.lang.set(
			lang,
			(['ar', 'fr', 'en'] as const).map((ui) => labelFrom('lang', lang, ui))
		);
	}
	return { byId, names };
}

/** The facets module names fields after the index attributes. */
const KB_FIELD = { lang: 'lang', country: 'countries', actor: 'actors', threat: 'threats' } as const;

/** Label of a facet value in the UI language (the facets module's labels; ICU names for unknown countries). */
export function labelFrom(field: FacetField, id: string, ui: UiLang): string {
	const label = kbFacetLabel(KB_FIELD[field], id, ui);
	if (label === id && field === 'country') return regionName(id, ui);
	return label;
}

/** Entities named in the query, as the UI shows them ("ISIS — matched داعش"); products and concepts are not facets. */
export function queryEntities(q: string, ui: UiLang): MatchedEntity[] {
	const seen = new Set<string>();
	const out: MatchedEntity[] = [];
	for (const e of matchQueryEntities(q, defaultKb())) {
		if (e.kind === 'product' || e.kind === 'concept' || seen.has(`${e.kind}:${e.id}`)) continue;
		seen.add(`${e.kind}:${e.id}`);
		out.push({ kind: e.kind, id: e.id, label: e.labels[ui], matched: e.surface });
	}
	return out;
}

/**
 * A word linked across scripts (name-links.ts): a one-word actor alias of the knowledge base, or a
 * name-table word several persons carry. Close to the synonyms' own rule, which also leaves out
 * frequent news words: those only lose the prefix match when typed last, and then as a complete word.
 */
export function isLinkedName(word: string, kb: KnowledgeBase = loadKnowledgeBase()): boolean {
	const w = word.trim();
	if (/\s/u.test(w) || w.length < 3) return false;
	const arabic = /[\u0600-\u06FF]/u.test(w);
	const key = arabic ? normalizeSurface(w) : foldSurface(w);
	if (actorWords(kb).has(key)) return true;
	const table = nameTable();
	if (arabic) return arabicNameCount(table, w) >= MIN_PERSONS;
	const ar = table.latinToAr.get(key.replace(/^(?:al|el)-/, ''));
	return ar !== undefined && (table.arCount.get(ar) ?? 0) >= MIN_PERSONS;
}

const actorWordSets = new WeakMap<KnowledgeBase, Set<string>>();

/** One-word aliases of the knowledge base's actors (the ambiguous ones' weak forms left out), normalised. */
function actorWords(kb: KnowledgeBase): Set<string> {
	let set = actorWordSets.get(kb);
	if (set) return set;
	set = new Set();
	for (const e of kb.actors)
		for (const lang of ['ar', 'fr', 'en'] as const)
			for (const raw of [...e.aliases[lang], ...(e.ambiguous ? [] : (e.weakAliases?.[lang] ?? []))]) {
				const a = cleanAlias(raw).trim();
				if (!/\s/u.test(a)) set.add(/[\u0600-\u06FF]/u.test(a) ? normalizeSurface(a) : foldSurface(a));
			}
	actorWordSets.set(kb, set);
	return set;
}

export function createPresenters(kb: KnowledgeBase): Presenters {
	const lookup = buildLookup(kb);
	return {
		analyzeQuery,
		analyzeText,
		highlightHtml,
		snippetHtml,
		matchQueryEntities: queryEntities,
		facetLabel: labelFrom,
		actorType: (id) => lookup.byId.actor.get(id)?.type,
		facetNames: (field) => lookup.names[field],
		isLinkedName: (word) => isLinkedName(word, kb)
	};
}

let shared: Presenters | null = null;

export function defaultPresenters(): Presenters {
	shared ??= createPresenters(loadKnowledgeBase());
	return shared;
}
