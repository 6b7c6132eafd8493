import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { createNodeHttpClient, unwrapClientError } from './node-http-client';
import type {
	MultiSearchQuery,
	MultiSearchResult,
	RecordAny,
	SearchForFacetValuesParams,
	SearchForFacetValuesResponse
} from 'meilisearch';
import { ARTICLES_INDEX, resolveNetwork, resolveSearchConnection } from '$lib/server/meili-connection';
import type { NetworkConfig } from '$lib/server/meili-network';
import { createNetworkSearchBackend } from '$lib/server/network-search-backend';
import type { SearchConnection } from '$lib/server/meili-connection';
import { quoteFilterValue } from '$lib/search/filter';

/**
 * The one place the app talks HTTP to Meilisearch. Read-only, with the search key.
 *
 * - Every request is bounded (`timeout`, default 5 s).
 * - Failures that mean "the engine is not there" (refused, timeout, 5xx, garbled answer,
 *   missing index, rejected key) become `SearchUnavailableError` with the original as `cause`.
 * - The client is created lazily; after a connection failure the connection is resolved again
 *   (the embedded server may have restarted on another port) and the call retried once if it moved.
 */

export const DEFAULT_TIMEOUT_MS = 5_000;
/** Meilisearch's own rule for document ids. */
const DOCUMENT_ID_RE = /^[A-Za-z0-9_-]{1,511}$/;

export class SearchUnavailableError extends Error {
	override name = 'SearchUnavailableError';
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
	}
}

/** Why a failure happened, as far as the caller needs to know. */
export type FailureKind = 'connection' | 'unavailable' | 'other';

/** Pure classification of an error thrown by the meilisearch client. */
export function classifyFailure(thrown: unknown): FailureKind {
	const error = unwrapClientError(thrown);
	if (error instanceof MeilisearchRequestTimeOutError) return 'connection';
	if (error instanceof MeilisearchRequestError) return 'connection';
	if (error instanceof MeilisearchApiError) {
		const status = error.response.status;
		if (status >= 500) return 'unavailable';
		// The index is not built yet, or the key is wrong / revoked: nothing the user can fix.
		if (status === 401 || status === 403) return 'unavailable';
		if (error.cause?.code === 'index_not_found') return 'unavailable';
		return 'other';
	}
	// A proxy answering with HTML, a truncated body…
	if (error instanceof SyntaxError) return 'unavailable';
	return 'other';
}

export function describeFailure(thrown: unknown): string {
	const error = unwrapClientError(thrown);
	if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchRequestTimeOutError) {
		return `timed out after ${error.cause.cause.timeout} ms`;
	}
	if (error instanceof MeilisearchApiError) return `HTTP ${error.response.status} ${error.cause?.code ?? ''}`.trim();
	return error instanceof Error ? error.message : String(error);
}

/** A multi-search result; on a network, `partial` says how many shards did not answer. */
export type BackendResult<T extends RecordAny> = MultiSearchResult<T> & {
	partial?: { unavailable: number; total: number };
};

export interface ShardHealth {
	name: string;
	healthy: boolean;
}

export interface SearchBackend {
	multiSearch<T extends RecordAny>(queries: MultiSearchQuery[], signal?: AbortSignal): Promise<BackendResult<T>[]>;
	/** Null when there is no document with that id (or the id is not a valid document id). */
	getDocument<T extends RecordAny>(id: string, fields?: readonly string[]): Promise<T | null>;
	searchForFacetValues(params: SearchForFacetValuesParams, signal?: AbortSignal): Promise<SearchForFacetValuesResponse>;
	/** True only when Meilisearch answers /health with "available". Never throws. */
	isHealthy(): Promise<boolean>;
	/** Network only: each shard's /health. */
	shardHealth?(): Promise<ShardHealth[]>;
}

export interface BackendOptions {
	resolve?: () => SearchConnection;
	createClient?: (connection: SearchConnection, timeoutMs: number) => Meilisearch;
	timeoutMs?: number;
	indexUid?: string;
}

/**
 * The request options for a call that carries the client's abort signal. meilisearch-js 0.62
 * drops its own `timeout` when a `signal` is passed (a frozen engine then held /api/search and
 * /feed.atom as long as it was frozen), so the timeout rides on the signal too: whichever comes
 * first — the client going away or the timeout — aborts the request.
 */
export function boundedSignal(signal: AbortSignal | undefined, timeoutMs: number): { signal: AbortSignal } | undefined {
	return signal ? { signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) } : undefined;
}

function defaultCreateClient(connection: SearchConnection, timeoutMs: number): Meilisearch {
	return new Meilisearch({
		host: connection.url,
		apiKey: connection.apiKey,
		timeout: timeoutMs,
		clientAgents: ['marsad'],
		httpClient: createNodeHttpClient()
	});
}

function sameConnection(a: SearchConnection, b: SearchConnection): boolean {
	return a.url === b.url && a.apiKey === b.apiKey;
}

export function createSearchBackend(options: BackendOptions = {}): SearchBackend {
	const resolve = options.resolve ?? (() => resolveSearchConnection());
	const createClient = options.createClient ?? defaultCreateClient;
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const indexUid = options.indexUid ?? ARTICLES_INDEX;
	let current: { connection: SearchConnection; client: Meilisearch } | null = null;

	function connect(): { connection: SearchConnection; client: Meilisearch } {
		if (current) return current;
		let connection: SearchConnection;
		try {
			connection = resolve();
		} catch (cause) {
			throw new SearchUnavailableError('search engine not configured', { cause });
		}
		current = { connection, client: createClient(connection, timeoutMs) };
		return current;
	}

	async function run<R>(what: string, call: (client: Meilisearch) => Promise<R>): Promise<R> {
		const first = connect();
		try {
			return await call(first.client);
		} catch (error) {
			const kind = classifyFailure(error);
			if (kind === 'other') throw error;
			if (kind === 'unavailable') {
				throw new SearchUnavailableError(`search engine unavailable (${what}: ${describeFailure(error)})`, {
					cause: error
				});
			}
			// Connection-level failure: forget the client; if the server moved, try once more there.
			current = null;
			let moved: { connection: SearchConnection; client: Meilisearch } | null = null;
			try {
				const next = connect();
				if (!sameConnection(next.connection, first.connection)) moved = next;
			} catch {
				// Still nothing to connect to; report the original failure.
			}
			if (moved) {
				try {
					return await call(moved.client);
				} catch (retryError) {
					if (classifyFailure(retryError) === 'other') throw retryError;
					if (classifyFailure(retryError) === 'connection') current = null;
					throw new SearchUnavailableError(`search engine unavailable (${what}: ${describeFailure(retryError)})`, {
						cause: retryError
					});
				}
			}
			throw new SearchUnavailableError(`search engine unavailable (${what}: ${describeFailure(error)})`, {
				cause: error
			});
		}
	}

	return {
		async multiSearch<T extends RecordAny>(queries: MultiSearchQuery[], signal?: AbortSignal) {
			const response = await run('multi-search', (client) =>
				client.multiSearch<{ queries: MultiSearchQuery[] }, T>({ queries }, boundedSignal(signal, timeoutMs))
			);
			return response.results;
		},

		async getDocument<T extends RecordAny>(id: string, fields?: readonly string[]) {
			// A search on the filterable `id`, not GET /documents: the app's key may only search.
			if (!DOCUMENT_ID_RE.test(id)) return null;
			const response = await run('get document', (client) =>
				client.index(indexUid).search<T>(null, {
					filter: [`id = ${quoteFilterValue(id)}`],
					limit: 1,
					...(fields ? { attributesToRetrieve: [...fields] } : {})
				})
			);
			return response.hits[0] ?? null;
		},

		searchForFacetValues(params: SearchForFacetValuesParams, signal?: AbortSignal) {
			return run('facet search', (client) =>
				client.index(indexUid).searchForFacetValues(params, boundedSignal(signal, timeoutMs))
			);
		},

		async isHealthy() {
			try {
				const health = await run('health', (client) => client.health());
				return health.status === 'available';
			} catch {
				return false;
			}
		}
	};
}

let shared: SearchBackend | null = null;

/**
 * The app's backend, created on first use: the federated network backend when a network is
 * configured (`MEILI_NETWORK`, or `npm start -- --shards N`), else the single-instance one.
 */
export function searchBackend(): SearchBackend {
	if (shared) return shared;
	let network: NetworkConfig | null = null;
	try {
		network = resolveNetwork();
	} catch (cause) {
		// A malformed MEILI_NETWORK: every search answers "unavailable" with the reason logged.
		console.error(cause instanceof Error ? cause.message : cause);
		shared = createSearchBackend({
			resolve: () => {
				throw cause;
			}
		});
		return shared;
	}
	shared = network ? createNetworkSearchBackend({ network }) : createSearchBackend();
	return shared;
}
