import type { Settings } from 'meilisearch';
import type { IndexedDocument } from '../../src/lib/article';
import type { StoredStory } from './index-writer';

/** A stored document's dedup fields (absent on documents indexed before dedup). */
export interface StoredDocumentStory {
	id: string;
	dedup_sig?: string;
	story_id?: string;
}

/**
 * What `indexArticles` needs from the place documents go: one Meilisearch (`IndexWriter`) or
 * a network of shards (`ShardedIndexWriter`). `P` is a write in flight.
 */
export interface ArticleWriter<P> {
	/** Names the index written to (its server's URL): writers with the same key take one lock. */
	readonly lockKey?: string;
	/**
	 * id → content hash of every document in the index (all shards); `onStory` also gets each
	 * document's dedup fingerprint and story id (duplicate detection across runs).
	 */
	contentHashes(uid: string, onStory?: (doc: StoredStory) => void): Promise<Map<string, string>>;
	/** Creates the index when missing and applies the settings (on every shard, checked equal). */
	prepareIndex(uid: string, settings: Settings): Promise<void>;
	enqueueDocuments(uid: string, documents: IndexedDocument[]): Promise<P>;
	/** Partial updates (only the given fields change), without waiting. */
	enqueueUpdates(uid: string, updates: ({ id: string } & Partial<IndexedDocument>)[]): Promise<P>;
	/** Partial updates (story links: only the given fields change), without waiting. */
	enqueueUpdates(uid: string, updates: ({ id: string } & Partial<IndexedDocument>)[]): Promise<P>;
	/** Waits for a write; its error message when it failed, null when it succeeded. */
	settle(task: P): Promise<string | null>;
	addIsolatingFailures(
		uid: string,
		documents: IndexedDocument[],
		onRefused: (origin: string, reason: string) => void
	): Promise<void>;
	deleteDocuments(uid: string, ids: string[]): Promise<void>;
	/** Atomically replaces the live index by `fresh` (on every shard). */
	swapIn(fresh: string, live?: string): Promise<void>;
	dropIndex(uid: string): Promise<void>;
	documentCount(uid?: string): Promise<number>;
}
