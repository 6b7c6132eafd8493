/** Display labels of facet values for the UI and the API. */
import { loadKnowledgeBase } from '../knowledge/index';
import type { KbEntry } from '../knowledge/types';

export type FacetField = 'actors' | 'countries' | 'threats' | 'lang';
export type UiLang = 'ar' | 'fr' | 'en';

const LANG_NAMES: Record<string, Record<UiLang, string>> = {
	ar: { ar: 'العربية', fr: 'Arabe', en: 'Arabic' },
	fr: { ar: 'الفرنسية', fr: 'Français', en: 'French' },
	en: { ar: 'الإنجليزية', fr: 'Anglais', en: 'English' }
};

let index: Map<string, KbEntry> | undefined;

function entryFor(field: FacetField, id: string): KbEntry | undefined {
	if (!index) {
		const kb = loadKnowledgeBase();
		index = new Map();
		for (const e of kb.countries) index.set(`countries:${e.id}`, e);
		for (const e of kb.actors) index.set(`actors:${e.id}`, e);
		for (const e of kb.threats) index.set(`threats:${e.id}`, e);
	}
	return index.get(`${field}:${id}`);
}

/** Label of a facet value in the UI language; unknown ids come back as they are. */
export function facetLabel(field: FacetField, id: string, uiLang: UiLang): string {
	if (field === 'lang') return LANG_NAMES[id]?.[uiLang] ?? id;
	return entryFor(field, id)?.labels[uiLang] ?? id;
}

/** Actor type of an actor id (group, agency…), or null. */
export function actorType(id: string): string | null {
	return entryFor('actors', id)?.type ?? null;
}
