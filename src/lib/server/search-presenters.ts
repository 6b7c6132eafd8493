import { analyzeQuery, highlightHtml, snippetHtml } from '$lib/analysis';
import type { Presenters } from '$lib/search/presenters';
import type { FacetField, MatchedEntity, UiLang } from '$lib/search/types';
import { LANGS } from '$lib/article';
import { loadKnowledgeBase } from '../../../indexer/knowledge/index';
import type { KbEntry, KnowledgeBase } from '../../../indexer/knowledge/index';

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

function languageName(code: string, ui: UiLang): string {
	try {
		return new Intl.DisplayNames([ui], { type: 'language', fallback: 'code' }).of(code) ?? code;
	} catch {
		return code;
	}
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
			(['ar', 'fr', 'en'] as const).map((ui) => languageName(lang, ui))
		);
	}
	return { byId, names };
}

/** Label of a facet value in the UI language; unknown ids fall back to ICU names, then the id. */
export function labelFrom(lookup: Lookup, field: FacetField, id: string, ui: UiLang): string {
	if (field === 'lang') return languageName(id, ui);
	const entry = lookup.byId[field].get(id);
	if (entry) return entry.labels[ui];
	return field === 'country' ? regionName(id, ui) : id;
}

export function createPresenters(kb: KnowledgeBase): Presenters {
	const lookup = buildLookup(kb);
	return {
		analyzeQuery,
		highlightHtml,
		snippetHtml,
		// TODO: wire `matchQueryEntities(q, kb)` from `$lib/facets` when it lands.
		matchQueryEntities: (): MatchedEntity[] => [],
		facetLabel: (field, id, ui) => labelFrom(lookup, field, id, ui),
		actorType: (id) => lookup.byId.actor.get(id)?.type,
		facetNames: (field) => lookup.names[field]
	};
}

let shared: Presenters | null = null;

export function defaultPresenters(): Presenters {
	shared ??= createPresenters(loadKnowledgeBase());
	return shared;
}
