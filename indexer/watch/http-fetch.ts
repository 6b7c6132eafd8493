import type { FailureKind } from '../../src/lib/watch/source-status';
import { parseRetryAfter } from './schedule';
import type { Validators } from './source-state';

/**
 * One HTTP GET with the watcher's limits: http/https only, at most MAX_REDIRECTS redirects (each
 * hop checked by `allowUrl`), a deadline over the whole exchange (headers and body), and a size
 * cap on the (decompressed) body, enforced while it streams. Conditional with validators.
 */

export const MAX_REDIRECTS = 5;
/** Feeds above this are refused (the reader parses them whole). */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;
/** Linked pages above this are not read (the item keeps its summary). */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
const USER_AGENT = 'Marsad-watcher/0.1 (+https://github.com/marsad)';

export class FetchError extends Error {
	constructor(
		readonly kind: FailureKind,
		message: string,
		readonly status: number | null = null,
		readonly retryAfterMs: number | null = null
	) {
		super(message);
		this.name = 'FetchError';
	}
}

export interface FetchOptions {
	timeoutMs: number;
	maxBytes: number;
	validators?: Validators;
	/** Every URL fetched, the first and each redirect target, must pass (else `bad-redirect`). */
	allowUrl?: (url: URL) => boolean;
	signal?: AbortSignal;
	accept?: string;
	now?: () => number;
}

export interface Fetched {
	status: number;
	/** The URL that answered (after redirects). */
	url: string;
	/** Null on 304. */
	body: Uint8Array | null;
	validators: Validators;
	contentType: string | null;
}

export async function fetchLimited(start: string, options: FetchOptions): Promise<Fetched> {
	// One controller per fetch, not AbortSignal.any over the watcher's long-lived stop signal:
	// on Node 20 every `any` stays attached to that signal, and the heap grew by every poll.
	const controller = new AbortController();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, options.timeoutMs);
	const stop = () => controller.abort();
	options.signal?.addEventListener('abort', stop, { once: true });
	if (options.signal?.aborted) controller.abort();
	const signal = controller.signal;
	const now = options.now ?? Date.now;
	let url = new URL(start);
	try {
		for (let hop = 0; ; hop++) {
			if (url.protocol !== 'http:' && url.protocol !== 'https:')
				throw new FetchError('bad-redirect', `redirected to ${url.protocol} (only http and https are fetched)`);
			if (options.allowUrl && !options.allowUrl(url))
				throw new FetchError('bad-redirect', `redirected to ${url.host}, a host this source may not fetch`);
			const headers: Record<string, string> = {
				'user-agent': USER_AGENT,
				accept:
					options.accept ??
					'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'
			};
			if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
			if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
			const res = await fetch(url, { headers, redirect: 'manual', signal });
			if (res.status >= 300 && res.status < 400 && res.status !== 304) {
				await res.body?.cancel();
				const location = res.headers.get('location');
				if (!location) throw new FetchError('http', `HTTP ${res.status} without a Location`, res.status);
				if (hop >= MAX_REDIRECTS) throw new FetchError('redirects', `more than ${MAX_REDIRECTS} redirects`, res.status);
				url = new URL(location, url);
				continue;
			}
			const validators: Validators = {};
			const etag = res.headers.get('etag');
			const lastModified = res.headers.get('last-modified');
			if (etag) validators.etag = etag;
			if (lastModified) validators.lastModified = lastModified;
			if (res.status === 304) {
				await res.body?.cancel();
				return {
					status: 304,
					url: url.href,
					body: null,
					validators: { ...options.validators, ...validators },
					contentType: null
				};
			}
			if (res.status < 200 || res.status >= 300) {
				await res.body?.cancel();
				throw new FetchError(
					'http',
					`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
					res.status,
					parseRetryAfter(res.headers.get('retry-after'), now())
				);
			}
			const body = await readCapped(res, options.maxBytes);
			return { status: res.status, url: url.href, body, validators, contentType: res.headers.get('content-type') };
		}
	} catch (error) {
		if (error instanceof FetchError) throw error;
		if (timedOut) throw new FetchError('timeout', `no complete answer within ${options.timeoutMs / 1000} s`);
		if (options.signal?.aborted) throw new FetchError('network', 'stopped');
		const cause = (error as { cause?: { code?: string; message?: string } }).cause;
		throw new FetchError(
			'network',
			cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
		);
	} finally {
		clearTimeout(timer);
		options.signal?.removeEventListener('abort', stop);
	}
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
	const declared = Number(res.headers.get('content-length'));
	const tooLarge = () =>
		new FetchError('too-large', `body larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, res.status);
	if (Number.isFinite(declared) && declared > maxBytes && !res.headers.get('content-encoding')) {
		await res.body?.cancel();
		throw tooLarge();
	}
	if (!res.body) return new Uint8Array(0);
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel();
			throw tooLarge();
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
}

/** One request at a time per host (host and port): polite to servers that carry several feeds. */
export class HostQueue {
	private readonly tails = new Map<string, Promise<unknown>>();

	run<T>(host: string, task: () => Promise<T>): Promise<T> {
		const before = this.tails.get(host) ?? Promise.resolve();
		const result = before.then(task, task);
		const tail = result.then(
			() => undefined,
			() => undefined
		);
		this.tails.set(host, tail);
		void tail.then(() => {
			if (this.tails.get(host) === tail) this.tails.delete(host);
		});
		return result;
	}

	/** Hosts with a request running or waiting (tests, the bench). */
	get busy(): number {
		return this.tails.size;
	}
}
