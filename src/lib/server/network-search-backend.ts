import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import type {
	FacetDistribution,
	FederatedMultiSearchParams,
	MultiSearchQuery,
	MultiSearchQueryWithFederation,
	RecordAny,
	SearchForFacetValuesParams,
	SearchForFacetValuesResponse
} from 'meilisearch';
import { ARTICLES_INDEX } from './meili-connection';
import { shardNames, type NetworkConfig } from './meili-network';
import { createNodeHttpClient, unwrapClientError } from './node-http-client';
import {
	classifyFailure,
	DEFAULT_TIMEOUT_MS,
	describeFailure,
	SearchUnavailableError,
	boundedSignal,
	type BackendResult,
	type SearchBackend,
	type ShardHealth
} from './meili-search-client';
import { quoteFilterValue } from '$lib/search/filter';

/**
 * The network variant of `SearchBackend`: every query of a plan becomes ONE federated
 * multi-search over all shards (`federationOptions.remote` per shard), sent to one instance
 * of the network, which asks the others and merges hits, counts and facets.
 *
 * Measured on Meilisearch 1.21.0:
 * - federation accepts `limit`/`offset` only (no `page`/`hitsPerPage`) and answers
 *   `estimatedTotalHits`, which is NOT exact under `distinct` (e.g. 70 for a true 68): for paged
 *   queries each shard's exact `totalHits` is fetched beside (one small request per shard, in
 *   parallel) and summed — exact because a story's copies live on one shard;
 * - a remote that does not answer does NOT fail the request: the answer is 200 with the other
 *   shards' hits and `remoteErrors: { name: … }`. Marsad turns that into `partial`.
 * - when the instance we send to is itself down, the next live one is used.
 */

/** Values per facet kept by the merge; equals the index's `faceting.maxValuesPerFacet`. */
export const MERGED_MAX_VALUES_PER_FACET = 500;
const DEFAULT_LIMIT = 20;

interface FederatedAnswer {
	hits: RecordAny[];
	estimatedTotalHits?: number;
	processingTimeMs?: number;
	facetDistribution?: FacetDistribution;
	remoteErrors?: Record<string, unknown>;
}

/** One non-federated multi-search query → the federated request asking it of every `remotes`. */
export function federateQuery(query: MultiSearchQuery, remotes: readonly string[]): FederatedMultiSearchParams {
	const { page, hitsPerPage, limit, offset, facets, ...rest } = query;
	const federation: FederatedMultiSearchParams['federation'] = {};
	if (page !== undefined || hitsPerPage !== undefined) {
		const size = hitsPerPage ?? DEFAULT_LIMIT;
		federation.limit = size;
		federation.offset = ((page ?? 1) - 1) * size;
	} else {
		federation.limit = limit ?? DEFAULT_LIMIT;
		federation.offset = offset ?? 0;
	}
	if (facets && facets.length) {
		federation.facetsByIndex = { [query.indexUid]: [...facets] };
		federation.mergeFacets = { maxValuesPerFacet: MERGED_MAX_VALUES_PER_FACET };
	}
	const queries: MultiSearchQueryWithFederation[] = remotes.map((remote) => ({
		...rest,
		federationOptions: { remote, weight: 1 }
	}));
	return { federation, queries };
}

/** The federated answer in the shape of a single-index result, as `parseSearchResponses` reads it. */
export function unfederateAnswer<T extends RecordAny>(
	query: MultiSearchQuery,
	answer: FederatedAnswer
): BackendResult<T> {
	const total = answer.estimatedTotalHits ?? answer.hits.length;
	const hits = answer.hits.map((hit) => {
		const { _federation: _ignored, ...doc } = hit;
		return doc as T;
	});
	const paged = query.page !== undefined || query.hitsPerPage !== undefined;
	const size = query.hitsPerPage ?? DEFAULT_LIMIT;
	return {
		indexUid: query.indexUid,
		hits,
		query: query.q ?? '',
		processingTimeMs: answer.processingTimeMs ?? 0,
		...(paged
			? { page: query.page ?? 1, hitsPerPage: size, totalHits: total, totalPages: Math.ceil(total / size) }
			: { limit: query.limit ?? DEFAULT_LIMIT, offset: query.offset ?? 0, estimatedTotalHits: total }),
		...(query.facets?.length ? { facetDistribution: answer.facetDistribution ?? {} } : {})
	} as BackendResult<T>;
}

export interface NetworkBackendOptions {
	network: NetworkConfig | (() => NetworkConfig);
	timeoutMs?: number;
	indexUid?: string;
	createClient?: (url: string, apiKey: string, timeoutMs: number) => Meilisearch;
}

function defaultCreateClient(url: string, apiKey: string, timeoutMs: number): Meilisearch {
	return new Meilisearch({
		host: url,
		apiKey,
		timeout: timeoutMs,
		clientAgents: ['marsad'],
		httpClient: createNodeHttpClient()
	});
}

/** Errors that say "one of the remotes failed" rather than "the request is wrong". */
function isRemoteFailure(thrown: unknown): boolean {
	const error = unwrapClientError(thrown);
	return error instanceof MeilisearchApiError && /^remote_/.test(error.cause?.code ?? '');
}

export function createNetworkSearchBackend(options: NetworkBackendOptions): SearchBackend {
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const indexUid = options.indexUid ?? ARTICLES_INDEX;
	const createClient = options.createClient ?? defaultCreateClient;
	let resolved: NetworkConfig | null = null;
	const clients = new Map<string, Meilisearch>();

	function network(): NetworkConfig {
		if (resolved) return resolved;
		try {
			resolved = typeof options.network === 'function' ? options.network() : options.network;
		} catch (cause) {
			throw new SearchUnavailableError('search network not configured', { cause });
		}
		return resolved;
	}

	function client(name: string): Meilisearch {
		let c = clients.get(name);
		if (!c) {
			const remote = network().remotes[name]!;
			c = createClient(remote.url, remote.searchApiKey, timeoutMs);
			clients.set(name, c);
		}
		return c;
	}

	async function healthy(name: string): Promise<boolean> {
		try {
			return (await client(name).health()).status === 'available';
		} catch {
			return false;
		}
	}

	/** The live instances we may send a federated request to: `self` first, then the others. */
	function coordinators(down: ReadonlySet<string>): string[] {
		const net = network();
		return [net.self, ...shardNames(net).filter((n) => n !== net.self)].filter((n) => !down.has(n));
	}

	/** Sum of each live shard's exact `totalHits` for a query; `missing` = shards that did not answer. */
	async function exactTotal(
		query: MultiSearchQuery,
		live: readonly string[],
		signal?: AbortSignal
	): Promise<{ total: number; missing: string[] }> {
		const { facets: _facets, limit: _limit, offset: _offset, ...rest } = query;
		const counts = await Promise.all(
			live.map(async (name) => {
				try {
					const { results } = await client(name).multiSearch(
						{ queries: [{ ...rest, page: 1, hitsPerPage: 0, attributesToRetrieve: ['id'] }] },
						boundedSignal(signal, timeoutMs)
					);
					return { name, total: results[0]?.totalHits ?? null };
				} catch {
					return { name, total: null };
				}
			})
		);
		return {
			total: counts.reduce((sum, c) => sum + (c.total ?? 0), 0),
			missing: counts.filter((c) => c.total === null).map((c) => c.name)
		};
	}

	async function multiSearch<T extends RecordAny>(queries: MultiSearchQuery[], signal?: AbortSignal) {
		const names = shardNames(network());
		const down = new Set<string>();
		let lastError: unknown = null;
		for (let attempt = 0; attempt <= names.length; attempt++) {
			const live = names.filter((n) => !down.has(n));
			const [coordinator] = coordinators(down);
			if (!coordinator || live.length === 0) break;
			try {
				// Federation answers `estimatedTotalHits` only, which is not exact under `distinct`;
				// each shard's exact `totalHits` (page/hitsPerPage 0) is asked beside, and summed.
				const exactTotals = Promise.all(
					queries.map((q) =>
						q.page !== undefined || q.hitsPerPage !== undefined ? exactTotal(q, live, signal) : Promise.resolve(null)
					)
				);
				const answers = await Promise.all(
					queries.map(
						(q) =>
							client(coordinator).multiSearch(
								federateQuery(q, live),
								boundedSignal(signal, timeoutMs)
							) as unknown as Promise<FederatedAnswer>
					)
				);
				const unavailable = new Set(down);
				for (const a of answers) for (const name of Object.keys(a.remoteErrors ?? {})) unavailable.add(name);
				if (unavailable.size >= names.length) break;
				const totals = await exactTotals;
				const partial = unavailable.size ? { unavailable: unavailable.size, total: names.length } : undefined;
				return answers.map((a, i) => {
					const exact = totals[i];
					// Only when every shard the federation used also gave its count.
					const answer =
						exact && exact.missing.every((n) => unavailable.has(n)) ? { ...a, estimatedTotalHits: exact.total } : a;
					const result = unfederateAnswer<T>(queries[i]!, answer);
					if (partial) result.partial = partial;
					return result;
				});
			} catch (error) {
				lastError = error;
				if (signal?.aborted) throw error;
				const kind = classifyFailure(error);
				if (kind === 'other' && !isRemoteFailure(error)) throw error;
				// Which instances are down? Ask each one, drop those, and ask again without them.
				const before = down.size;
				if (kind === 'connection') down.add(coordinator);
				const checks = await Promise.all(live.map(async (n) => [n, await healthy(n)] as const));
				for (const [n, ok] of checks) if (!ok) down.add(n);
				if (down.size === before) break;
			}
		}
		throw new SearchUnavailableError(
			`search network unavailable (multi-search${lastError ? `: ${describeFailure(lastError)}` : ': no shard answered'})`,
			lastError ? { cause: lastError } : undefined
		);
	}

	return {
		multiSearch,

		async getDocument<T extends RecordAny>(id: string, fields?: readonly string[]) {
			if (!/^[A-Za-z0-9_-]{1,511}$/.test(id)) return null;
			const [result] = await multiSearch<T>([
				{
					indexUid,
					q: '',
					filter: [`id = ${quoteFilterValue(id)}`],
					limit: 1,
					...(fields ? { attributesToRetrieve: [...fields] } : {})
				}
			]);
			return result?.hits[0] ?? null;
		},

		/** Facet search has no federated form: ask every shard, add the counts (shards lacking a value count 0). */
		async searchForFacetValues(params: SearchForFacetValuesParams, signal?: AbortSignal) {
			const names = shardNames(network());
			const answers = await Promise.allSettled(
				names.map((n) => client(n).index(indexUid).searchForFacetValues(params, boundedSignal(signal, timeoutMs)))
			);
			const counts = new Map<string, number>();
			let processingTimeMs = 0;
			let answered = 0;
			for (const a of answers) {
				if (a.status !== 'fulfilled') continue;
				answered++;
				processingTimeMs = Math.max(processingTimeMs, a.value.processingTimeMs);
				for (const h of a.value.facetHits) counts.set(h.value, (counts.get(h.value) ?? 0) + h.count);
			}
			if (answered === 0) {
				const failed = answers.find((a) => a.status === 'rejected') as PromiseRejectedResult | undefined;
				if (failed && classifyFailure(failed.reason) === 'other') throw failed.reason;
				throw new SearchUnavailableError('search network unavailable (facet search)', { cause: failed?.reason });
			}
			const facetHits = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
			return { facetHits, facetQuery: params.facetQuery ?? null, processingTimeMs } as SearchForFacetValuesResponse;
		},

		async isHealthy() {
			try {
				const shards = await this.shardHealth!();
				return shards.some((s) => s.healthy);
			} catch {
				return false;
			}
		},

		async shardHealth(): Promise<ShardHealth[]> {
			const names = shardNames(network());
			return Promise.all(names.map(async (name) => ({ name, healthy: await healthy(name) })));
		}
	};
}
