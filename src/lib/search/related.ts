import type { RetrievedDocument } from '$lib/search/request';

type Entities = Pick<RetrievedDocument, 'id' | 'actors' | 'countries' | 'threats' | 'timestamp'>;

/** How many actors, countries and threats two articles have in common. */
export function sharedEntityCount(a: Entities, b: Entities): { total: number; actors: number } {
	const count = (x: readonly string[] = [], y: readonly string[] = []) => {
		const ys = new Set(y);
		return new Set(x.filter((v) => ys.has(v))).size;
	};
	const actors = count(a.actors, b.actors);
	return { total: actors + count(a.countries, b.countries) + count(a.threats, b.threats), actors };
}

/**
 * "More like this": candidates ranked by the number of shared entities, then shared actors
 * (the most specific), then newest; the article itself and articles sharing nothing are dropped.
 */
export function rankRelated<T extends Entities>(
	doc: Entities,
	candidates: readonly T[],
	n: number
): { doc: T; shared: number }[] {
	return candidates
		.filter((c) => c.id !== doc.id)
		.map((c, i) => ({ doc: c, i, ...sharedEntityCount(doc, c) }))
		.filter((c) => c.total > 0)
		.sort(
			(a, b) =>
				b.total - a.total ||
				b.actors - a.actors ||
				(b.doc.timestamp ?? -Infinity) - (a.doc.timestamp ?? -Infinity) ||
				a.i - b.i
		)
		.slice(0, Math.max(0, n))
		.map(({ doc: d, total }) => ({ doc: d, shared: total }));
}
