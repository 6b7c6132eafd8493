/**
 * Public API of Marsad's facet extraction. Functions taking a knowledge base accept
 * either the raw KB (compiled on first use with the project's analysis chain) or
 * an already compiled one.
 */
import type { KnowledgeBase } from '../knowledge/types';
import { analyzeQuery, analyzeText } from '../analysis/index';
import { buildSynonyms as buildSynonymsCompiled, matchQueryEntities as matchQueryCompiled } from './entity-tokens';
import type { QueryEntity } from './entity-tokens';
import { extractFacets as extractCompiled } from './extract-facets';
import { compileKb } from './match-entities';
import { kbNameLinks, mergeSynonyms, nameLinkSynonyms, tableNameLinks } from './name-links';
import { commonWords, namePairs } from '../knowledge/names';
import type { CompiledKb } from './match-entities';
import { parseDate } from './parse-date';
import type { ArticleText, ExtractedFacets } from './types';

export { entityToken, entityTermsOf, ENTITY_TOKEN_PREFIX } from './entity-tokens';
export type { EntityTokenKind, QueryEntity } from './entity-tokens';
export { compileKb, matchEntities, matchTokens } from './match-entities';
export type { CompiledKb } from './match-entities';
export { parseDate, resolveDate, findDates } from './parse-date';
export { facetLabel, actorType } from './labels';
export type { FacetField, UiLang } from './labels';
export { defaultKb } from './default-kb';
export type * from './types';

export type AnyKb = KnowledgeBase | CompiledKb;

const compiled = new WeakMap<KnowledgeBase, CompiledKb>();

function compiledOf(kb: AnyKb): CompiledKb {
	if ('root' in kb) return kb;
	let c = compiled.get(kb);
	if (!c) {
		c = compileKb(kb, analyzeText);
		compiled.set(kb, c);
	}
	return c;
}

export function extractFacets(article: ArticleText, kb: AnyKb): ExtractedFacets {
	return extractCompiled(article, compiledOf(kb));
}

/**
 * Synonyms keyed by what `analyzeQuery` sends for each alias (see entity-tokens.ts), plus the
 * two-way links between the Latin and Arabic spellings of names (see name-links.ts).
 */
export function buildSynonyms(kb: AnyKb): Record<string, string[]> {
	const ckb = compiledOf(kb);
	const entities = buildSynonymsCompiled(ckb, analyzeQuery);
	const common = commonWords().all;
	const links = [...kbNameLinks(ckb), ...tableNameLinks(namePairs(), analyzeQuery, (t) => common.has(t))];
	return mergeSynonyms(entities, nameLinkSynonyms(links, analyzeQuery, new Set(Object.keys(entities))));
}

export function matchQueryEntities(query: string, kb: AnyKb): QueryEntity[] {
	return matchQueryCompiled(query, compiledOf(kb));
}

/** Publication date read from an article's text (see parseDate); `lang` is accepted for symmetry. */
export function findPublicationDate(text: string, _lang?: string): string | null {
	return parseDate(text);
}
