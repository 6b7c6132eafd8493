import type { MultiSearchQuery, MultiSearchResult } from 'meilisearch';
import type { RawArticle } from '../../src/lib/article';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { parseSearchResponses, type RetrievedDocument } from '../../src/lib/search/request';
import type { Presenters } from '../../src/lib/search/presenters';
import type { ArticleWriter } from '../meili/article-writer';
import { indexArticles, loadKnownIndex, type KnownIndex } from '../index-articles';
import { alertSearchPlan, MATCH_CHUNK } from './alerts';
import type { Alert } from './config';

export type MultiSearch = (
	queries: MultiSearchQuery[]
) => Promise<
	Pick<
		MultiSearchResult<RetrievedDocument>,
		'hits' | 'facetDistribution' | 'totalHits' | 'totalPages' | 'processingTimeMs'
	>[]
>;

/**
 * Where the watcher's articles go: the indexer's own write path (`indexArticles`, same
 * cleaning, analysis, story detection, batching and refusal isolation as `npm run index`)
 * over an index loaded once, and the alert searches over it. One ingest at a time.
 */
export class IndexSink {
	private queue: Promise<unknown> = Promise.resolve();

	private constructor(
		private readonly writer: ArticleWriter<unknown>,
		private readonly known: KnownIndex,
		private readonly search: MultiSearch,
		private readonly presenters: Pick<Presenters, 'analyzeQuery'>
	) {}

	static async open(
		writer: ArticleWriter<unknown>,
		search: MultiSearch,
		presenters: Pick<Presenters, 'analyzeQuery'>
	): Promise<IndexSink> {
		return new IndexSink(writer, await loadKnownIndex(writer), search, presenters);
	}

	get size(): number {
		return this.known.hashes.size;
	}

	has(id: string): boolean {
		return this.known.hashes.has(id);
	}

	/** Runs `task` after every earlier one (ingests and alert searches never interleave). */
	exclusive<T>(task: () => Promise<T>): Promise<T> {
		const result = this.queue.then(task, task);
		this.queue = result.catch(() => undefined);
		return result;
	}

	/** Sends what changed; ids Meilisearch confirmed, and what was skipped (with reasons). */
	async ingest(
		articles: RawArticle[],
		log: (line: string) => void
	): Promise<{ added: string[]; updated: string[]; skipped: { origin: string; reason: string }[] }> {
		if (!articles.length) return { added: [], updated: [], skipped: [] };
		const summary = await indexArticles({ paths: [], articles, writer: this.writer, known: this.known, log });
		return { ...summary.written!, skipped: summary.skipped };
	}

	/** The documents among `ids` that the alert's search finds. */
	async match(alert: Alert, ids: readonly string[]): Promise<RetrievedDocument[]> {
		const terms = this.presenters.analyzeQuery(alert.state.q);
		const out: RetrievedDocument[] = [];
		for (let i = 0; i < ids.length; i += MATCH_CHUNK) {
			const chunk = ids.slice(i, i + MATCH_CHUNK);
			const plan = alertSearchPlan(alert, terms, chunk, ARTICLES_INDEX);
			out.push(...parseSearchResponses(plan, await this.search(plan.queries)).hits);
		}
		return out;
	}
}
