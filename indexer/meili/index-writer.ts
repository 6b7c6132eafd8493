import {
	Meilisearch,
	MeilisearchApiError,
	type EnqueuedTask,
	type EnqueuedTaskPromise,
	type Settings,
	type Task
} from 'meilisearch';

/** A write Meilisearch accepted and will process; `settle` says how it ended. */
export type PendingTask = EnqueuedTask;
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { MarsadError } from '../../src/lib/server/marsad-error';
import { createNodeHttpClient, unwrapClientError } from '../../src/lib/server/node-http-client';
import type { IndexedDocument } from '../../src/lib/article';
import type { ArticleWriter } from './article-writer';

const TASK_TIMEOUT_MS = 10 * 60_000;
const POLL_MS = 50;

/** What the indexer reads back about a stored document's story (absent on documents indexed before dedup). */
export interface StoredStory {
	id: string;
	dedup_sig?: string;
	story_id?: string;
}

/** All indexer HTTP to Meilisearch goes through here: every task awaited, failures turned into errors. */
export class IndexWriter implements ArticleWriter<PendingTask> {
	readonly client: Meilisearch;
	readonly lockKey: string;

	constructor(url: string, masterKey: string | undefined) {
		this.lockKey = url;
		this.client = new Meilisearch({
			host: url,
			apiKey: masterKey,
			timeout: 60_000,
			httpClient: createNodeHttpClient()
		});
	}

	/**
	 * Polls a task until it ends. Not the client's waitForTask: that one hands a single abort
	 * signal to every poll and its request timeout never removes the listener it adds, so a task
	 * longer than ten polls prints MaxListenersExceededWarning (meilisearch-js 0.62).
	 */
	private async awaitTask(taskUid: number): Promise<Task> {
		const deadline = Date.now() + TASK_TIMEOUT_MS;
		for (;;) {
			const task = await this.client.tasks.getTask(taskUid);
			if (task.status !== 'enqueued' && task.status !== 'processing') return task;
			if (Date.now() > deadline) {
				throw new MarsadError(
					`Meilisearch task ${taskUid} still ${task.status} after ${TASK_TIMEOUT_MS / 60_000} minutes`
				);
			}
			await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		}
	}

	async run(what: string, enqueued: EnqueuedTaskPromise): Promise<Task> {
		const task = await this.awaitTask((await enqueued).taskUid);
		if (task.status !== 'succeeded') {
			throw new MarsadError(
				`Meilisearch task ${task.uid} (${what}) ${task.status}: ${task.error?.message ?? 'no reason given'}`
			);
		}
		return task;
	}

	async indexExists(uid: string): Promise<boolean> {
		try {
			await this.client.getIndex(uid);
			return true;
		} catch (thrown) {
			const error = unwrapClientError(thrown);
			if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
			throw error;
		}
	}

	async documentCount(uid: string = ARTICLES_INDEX): Promise<number> {
		if (!(await this.indexExists(uid))) return 0;
		const stats = await this.client.index(uid).getStats();
		return stats.numberOfDocuments;
	}

	/** Creates the index when missing and applies the full settings (idempotent). */
	async prepareIndex(uid: string, settings: Settings): Promise<void> {
		if (!(await this.indexExists(uid))) {
			await this.run(`create index ${uid}`, this.client.createIndex(uid, { primaryKey: 'id' }));
		}
		await this.run(`settings of ${uid}`, this.client.index(uid).updateSettings(settings));
	}

	async addDocuments(uid: string, documents: IndexedDocument[]): Promise<void> {
		if (documents.length === 0) return;
		await this.run(
			`add ${documents.length} documents to ${uid}`,
			this.client.index(uid).addDocuments(documents, { primaryKey: 'id' })
		);
	}

	/** Enqueues a batch without waiting, so analysis and indexing overlap. */
	async enqueueDocuments(uid: string, documents: IndexedDocument[]): Promise<PendingTask> {
		return this.client.index(uid).addDocuments(documents, { primaryKey: 'id' });
	}

	/** Waits for a task; returns its error message when it failed, null when it succeeded. */
	async settle(task: PendingTask): Promise<string | null> {
		const done = await this.awaitTask(task.taskUid);
		return done.status === 'succeeded' ? null : (done.error?.message ?? done.status);
	}

	/**
	 * Meilisearch refuses a whole batch for one bad document: send halves until the bad ones
	 * are alone, so the rest of the batch is still indexed and each refusal is reported.
	 */
	async addIsolatingFailures(
		uid: string,
		documents: IndexedDocument[],
		onRefused: (origin: string, reason: string) => void
	): Promise<void> {
		const error = await this.settle(await this.enqueueDocuments(uid, documents));
		if (!error) return;
		if (documents.length === 1) {
			onRefused(documents[0]!.id, `refused by Meilisearch: ${error}`);
			return;
		}
		const half = Math.ceil(documents.length / 2);
		await this.addIsolatingFailures(uid, documents.slice(0, half), onRefused);
		await this.addIsolatingFailures(uid, documents.slice(half), onRefused);
	}

	/**
	 * id → content hash of every document in the index (empty when the index does not exist).
	 * `onStory` also receives each document's dedup fingerprint and story id, read in the same pages,
	 * so the duplicate detection knows the documents of earlier runs.
	 */
	async contentHashes(uid: string, onStory?: (doc: StoredStory) => void): Promise<Map<string, string>> {
		const out = new Map<string, string>();
		if (!(await this.indexExists(uid))) return out;
		const index = this.client.index(uid);
		type Stored = StoredStory & { content_hash?: string };
		const fields: (keyof Stored)[] = onStory ? ['id', 'content_hash', 'dedup_sig', 'story_id'] : ['id', 'content_hash'];
		for (let offset = 0; ; offset += 10_000) {
			const page = await index.getDocuments<Stored>({ fields, limit: 10_000, offset });
			for (const doc of page.results) {
				out.set(doc.id, doc.content_hash ?? '');
				onStory?.(doc);
			}
			if (page.results.length < 10_000) return out;
		}
	}

	/** Partial updates (only the given fields change), without waiting. */
	async enqueueUpdates(uid: string, updates: ({ id: string } & Partial<IndexedDocument>)[]): Promise<PendingTask> {
		return this.client.index(uid).updateDocuments(updates, { primaryKey: 'id' });
	}

	async deleteDocuments(uid: string, ids: string[]): Promise<void> {
		if (ids.length === 0) return;
		await this.run(`delete ${ids.length} documents from ${uid}`, this.client.index(uid).deleteDocuments(ids));
	}

	/** Atomically replaces `live` by `fresh`, then drops the old contents. */
	async swapIn(fresh: string, live: string = ARTICLES_INDEX): Promise<void> {
		if (!(await this.indexExists(live))) {
			await this.run(`create index ${live}`, this.client.createIndex(live, { primaryKey: 'id' }));
		}
		await this.run(`swap ${fresh} into ${live}`, this.client.swapIndexes([{ indexes: [live, fresh], rename: false }]));
		await this.run(`delete ${fresh}`, this.client.deleteIndex(fresh));
	}

	async dropIndex(uid: string): Promise<void> {
		await this.awaitTask((await this.client.deleteIndex(uid)).taskUid);
	}

	/** A search-only key restricted to the articles index; reused across starts. */
	async ensureSearchKey(index: string = ARTICLES_INDEX): Promise<string> {
		const name = `marsad-search-${index}`;
		const { results } = await this.client.getKeys({ limit: 1000 });
		const existing = results.find((k) => k.name === name);
		if (existing) return existing.key;
		const key = await this.client.createKey({
			name,
			description: 'Marsad app: search only, articles index only',
			actions: ['search'],
			indexes: [index],
			expiresAt: null
		});
		return key.key;
	}
}
