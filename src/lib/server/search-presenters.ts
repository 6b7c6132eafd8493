import { analyzeQuery, analyzeText, highlightHtml, snippetHtml } from '$lib/analysis';
import type { Presenters } from '$lib/search/presenters';
import type { FacetField, MatchedEntity, UiLang } from '$lib/search/types';
import { LANGS } from '$lib/article';
import { defaultKb, facetLabel as kbFacetLabel, matchQueryEntities } from '$lib/facets';
import { loadKnowledgeBase } from '../knowledge/index';
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
		facetNames: (field) => lookup.names[field]
	};
}

let shared: Presenters | null = null;

export function defaultPresenters(): Presenters {
	shared ??= createPresenters(loadKnowledgeBase());
	return shared;
}
