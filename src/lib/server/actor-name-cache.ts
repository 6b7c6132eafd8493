/**
 * Labels of the actors the knowledge base does not list, read from the documents that carry
 * them (`actor_names`, see $lib/facets/actor-names) and kept in memory: a facet value is looked
 * up once per process, by a one-hit filtered search per language. A lookup that fails leaves the
 * value unlabelled (its id) for this answer and is tried again on the next one.
 */
import type { MultiSearchQuery } from 'meilisearch';
import { decodeActorName, mergeActorNames, type ActorName } from '$lib/facets/actor-names';
import { FACET_ATTRIBUTE, quoteFilterValue } from '$lib/search/filter';
import type { SearchBackend } from '$lib/server/meili-search-client';

/** Beyond this many names the oldest are forgotten (a facet shows tens of values; the corpus has tens of thousands). */
const MAX_CACHED = 50_000;
/** Documents read per language for one id: enough to see the spelling texts use most. */
const DOCS_PER_LANGUAGE = 3;

export interface ActorNameCache {
	get(id: string): ActorName | undefined;
	/** Fetches the names of `ids` not known yet (those the knowledge base labels are skipped by the caller). */
	ensure(ids: Iterable<string>, signal?: AbortSignal): Promise<void>;
}

export function createActorNameCache(backend: SearchBackend, indexUid: string): ActorNameCache {
	const known = new Map<string, ActorName>();
	const remember = (name: ActorName) => {
		if (known.size >= MAX_CACHED) known.delete(known.keys().next().value!);
		known.set(name.id, name);
	};
	return {
		get: (id) => known.get(id),
		async ensure(ids, signal) {
			const missing = [...new Set(ids)].filter((id) => !known.has(id));
			if (missing.length === 0) return;
			const queries: MultiSearchQuery[] = missing.flatMap((id) =>
				(['ar', 'fr'] as const).map((lang) => ({
					indexUid,
					q: '',
					filter: [`${FACET_ATTRIBUTE.actor} = ${quoteFilterValue(id)}`, `${FACET_ATTRIBUTE.lang} = ${lang}`],
					limit: DOCS_PER_LANGUAGE,
					attributesToRetrieve: ['actor_names']
				}))
			);
			let results;
			try {
				results = await backend.multiSearch<{ actor_names?: string[] }>(queries, signal);
			} catch {
				return;
			}
			missing.forEach((id, i) => {
				const names = [results[2 * i], results[2 * i + 1]]
					.flatMap((r) => r?.hits ?? [])
					.flatMap((h) => h.actor_names ?? [])
					.map(decodeActorName)
					.filter((n): n is ActorName => n !== undefined && n.id === id);
				const merged = mergeActorNames(names);
				if (merged) remember(merged);
			});
		}
	};
}
