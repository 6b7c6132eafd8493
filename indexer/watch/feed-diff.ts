import { createHash } from 'node:crypto';
import type { RawArticle } from '../../src/lib/article';

/** Seen items kept per feed: the feed's own items plus this many that left it (feeds flap). */
export const MAX_SEEN = 2000;

/** Hash of an item as the feed gave it (before any page fetch): a change of any field makes it fresh again. */
export function itemHash(a: RawArticle): string {
	return createHash('sha256')
		.update(JSON.stringify([a.title ?? '', a.body, a.date ?? '', a.url ?? '', a.source ?? '', a.lang ?? '']))
		.digest('hex')
		.slice(0, 24);
}

export interface Keyed {
	id: string;
	hash: string;
}

/** The items not seen before, or seen with another hash (changed), in feed order; an id twice in a feed counts once. */
export function freshItems<T extends Keyed>(seen: readonly [string, string][], items: readonly T[]): T[] {
	const before = new Map(seen);
	const out: T[] = [];
	const taken = new Set<string>();
	for (const item of items) {
		if (taken.has(item.id)) continue;
		taken.add(item.id);
		if (before.get(item.id) !== item.hash) out.push(item);
	}
	return out;
}

/** What is remembered after a successful poll: the feed's items first, then older ones, at most `max`. */
export function nextSeen(
	seen: readonly [string, string][],
	items: readonly Keyed[],
	max = MAX_SEEN
): [string, string][] {
	const out: [string, string][] = [];
	const taken = new Set<string>();
	for (const { id, hash } of items) {
		if (taken.has(id)) continue;
		taken.add(id);
		out.push([id, hash]);
	}
	for (const [id, hash] of seen) {
		if (out.length >= max) break;
		if (taken.has(id)) continue;
		taken.add(id);
		out.push([id, hash]);
	}
	return out.slice(0, Math.max(max, items.length));
}
