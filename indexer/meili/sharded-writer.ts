import type { Settings } from 'meilisearch';
import type { IndexedDocument } from '../../src/lib/article';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { MarsadError } from '../../src/lib/server/marsad-error';
import { shardIndexOf, type WriteMode } from '../../src/lib/server/meili-network';
import { IndexWriter, type PendingTask } from './index-writer';
import type { ArticleWriter, StoredDocumentStory } from './article-writer';

/** A write in flight on a network: one task per shard that received documents. */
export interface ShardedPending {
	parts: { shard: number; task: PendingTask }[];
}

export interface Shard {
	name: string;
	writer: IndexWriter;
}

/**
 * Writes the articles index over a network of instances, each holding one shard.
 *
 * - placement "marsad": every document goes to exactly one shard, `shardIndexOf(story_id || id, n)`;
 *   content hashes are read from every shard, so unchanged documents are skipped and a killed
 *   run resumes per shard. A document found on a shard that is not its home (the shard list
 *   changed) is deleted there and sent to its home.
 * - placement "meilisearch": documents go to the first shard, whose `sharding` network feature
 *   forwards them and lets each instance keep its part (Enterprise Edition code, see
 *   docs/scaling.md). Deletes still go to every shard.
 * - settings are applied on every shard, then read back and compared: a mismatch is an error.
 */
export class ShardedIndexWriter implements ArticleWriter<ShardedPending> {
	constructor(
		readonly shards: Shard[],
		readonly placement: WriteMode = 'marsad'
	) {
		if (shards.length === 0) throw new MarsadError('a network needs at least one shard');
	}

	get lockKey(): string {
		return this.shards.map((s) => s.writer.lockKey).join(' ');
	}

	/** Where a document was last seen or sent (id → shard index). */
	private readonly location = new Map<string, number>();

	/**
	 * A document's shard: the hash of its story id, else of its own id. Copies of one story stay
	 * together, so `distinct: story_id` (one hit per story) holds across the network — federated
	 * search merges shards but cannot collapse a story split over two of them.
	 */
	home(doc: { id: string; story_id?: string | null }): number {
		return shardIndexOf(doc.story_id || doc.id, this.shards.length);
	}

	private split<T extends { id: string; story_id?: string | null }>(items: T[], byLocation = false): Map<number, T[]> {
		const out = new Map<number, T[]>();
		if (this.placement === 'meilisearch') {
			if (items.length) out.set(0, items);
			return out;
		}
		for (const item of items) {
			// A partial update goes where the document is (a story change does not move it: the
			// next run finds it misplaced, deletes it there and sends it home whole).
			const i = (byLocation ? this.location.get(item.id) : undefined) ?? this.home(item);
			if (!byLocation) this.location.set(item.id, i);
			const list = out.get(i);
			if (list) list.push(item);
			else out.set(i, [item]);
		}
		return out;
	}

	async contentHashes(uid: string, onStory?: (doc: StoredDocumentStory) => void): Promise<Map<string, string>> {
		const out = new Map<string, string>();
		const perShard = await Promise.all(
			this.shards.map(async (shard, i) => {
				const stories: StoredDocumentStory[] = [];
				const hashes = await shard.writer.contentHashes(uid, (d) => stories.push(d));
				return { i, hashes, stories };
			})
		);
		for (const { i, hashes, stories } of perShard) {
			const storyOf = new Map(stories.map((d) => [d.id, d.story_id]));
			const misplaced: string[] = [];
			for (const [id, hash] of hashes) {
				if (this.placement === 'marsad' && this.home({ id, story_id: storyOf.get(id) }) !== i) misplaced.push(id);
				else {
					out.set(id, hash);
					this.location.set(id, i);
				}
			}
			const wrong = new Set(misplaced);
			for (const d of stories) if (!wrong.has(d.id)) onStory?.(d);
			// Left by an earlier shard list: remove it here; it is missing from `out`, so it is re-sent home.
			if (misplaced.length) await this.shards[i]!.writer.deleteDocuments(uid, misplaced);
		}
		return out;
	}

	async prepareIndex(uid: string, settings: Settings): Promise<void> {
		await Promise.all(this.shards.map((s) => s.writer.prepareIndex(uid, settings)));
		await this.assertSameSettings(uid);
	}

	/** Every shard must answer `GET /indexes/{uid}/settings` identically; throws naming the first difference. */
	async assertSameSettings(uid: string = ARTICLES_INDEX): Promise<void> {
		const all = await Promise.all(this.shards.map((s) => s.writer.client.index(uid).getSettings()));
		const reference = all[0] as Record<string, unknown>;
		all.forEach((settings, i) => {
			for (const key of new Set([...Object.keys(reference), ...Object.keys(settings)])) {
				const a = canonicalJson(reference[key]);
				const b = canonicalJson((settings as Record<string, unknown>)[key]);
				if (a !== b) {
					throw new MarsadError(
						`settings of "${uid}" differ between shards ${this.shards[0]!.name} and ${this.shards[i]!.name} (${key}): apply them again with "npm run index", or rebuild`
					);
				}
			}
		});
	}

	private async enqueue(
		items: { id: string; story_id?: string | null }[],
		send: (writer: IndexWriter, part: never[]) => Promise<PendingTask>,
		byLocation = false
	): Promise<ShardedPending> {
		const parts = await Promise.all(
			[...this.split(items, byLocation)].map(async ([shard, part]) => ({
				shard,
				task: await send(this.shards[shard]!.writer, part as never[])
			}))
		);
		return { parts };
	}

	enqueueDocuments(uid: string, documents: IndexedDocument[]): Promise<ShardedPending> {
		return this.enqueue(documents, (w, part) => w.enqueueDocuments(uid, part));
	}

	enqueueUpdates(uid: string, updates: ({ id: string } & Partial<IndexedDocument>)[]): Promise<ShardedPending> {
		return this.enqueue(updates, (w, part) => w.enqueueUpdates(uid, part), true);
	}

	async settle(pending: ShardedPending): Promise<string | null> {
		const errors = await Promise.all(
			pending.parts.map(async ({ shard, task }) => {
				const error = await this.shards[shard]!.writer.settle(task);
				return error ? `${this.shards[shard]!.name}: ${error}` : null;
			})
		);
		const failed = errors.filter((e): e is string => e !== null);
		return failed.length ? failed.join('; ') : null;
	}

	async addIsolatingFailures(
		uid: string,
		documents: IndexedDocument[],
		onRefused: (origin: string, reason: string) => void
	): Promise<void> {
		await Promise.all(
			[...this.split(documents)].map(([shard, part]) =>
				this.shards[shard]!.writer.addIsolatingFailures(uid, part, onRefused)
			)
		);
	}

	/** Sent to every shard: a document may sit on a shard that is no longer its home. */
	async deleteDocuments(uid: string, ids: string[]): Promise<void> {
		await Promise.all(this.shards.map((s) => s.writer.deleteDocuments(uid, ids)));
	}

	/** Each shard swaps atomically; across shards the swaps happen within milliseconds of each other. */
	async swapIn(fresh: string, live: string = ARTICLES_INDEX): Promise<void> {
		await Promise.all(this.shards.map((s) => s.writer.swapIn(fresh, live)));
	}

	async dropIndex(uid: string): Promise<void> {
		await Promise.all(this.shards.map((s) => s.writer.dropIndex(uid)));
	}

	async documentCount(uid: string = ARTICLES_INDEX): Promise<number> {
		const counts = await Promise.all(this.shards.map((s) => s.writer.documentCount(uid)));
		return counts.reduce((a, b) => a + b, 0);
	}

	/** Per shard, its documents count (for /health-like reports and tests). */
	async shardCounts(uid: string = ARTICLES_INDEX): Promise<Record<string, number>> {
		const out: Record<string, number> = {};
		await Promise.all(this.shards.map(async (s) => (out[s.name] = await s.writer.documentCount(uid))));
		return out;
	}
}

function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
				)
			: v
	);
}
