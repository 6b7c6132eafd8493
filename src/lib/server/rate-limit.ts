/**
 * Token buckets per client address: each client may burst `burst` requests and then
 * `perSecond` on average. An abusive client is slowed (429 with Retry-After) without
 * affecting others. Pure: the clock is passed in.
 */
export interface RateLimitOptions {
	perSecond: number;
	burst: number;
	/** Forget idle clients after this many tracked addresses, oldest first. */
	maxClients?: number;
}

export interface RateDecision {
	allowed: boolean;
	/** Seconds until one token is back, when refused. */
	retryAfter: number;
}

interface Bucket {
	tokens: number;
	updated: number;
}

export class RateLimiter {
	private readonly buckets = new Map<string, Bucket>();
	private readonly maxClients: number;

	constructor(private readonly options: RateLimitOptions) {
		this.maxClients = options.maxClients ?? 10_000;
	}

	take(client: string, nowMs: number): RateDecision {
		const { perSecond, burst } = this.options;
		let bucket = this.buckets.get(client);
		if (bucket) {
			this.buckets.delete(client); // re-insert below: Map order = least recently seen first
			bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.updated) / 1000) * perSecond);
			bucket.updated = nowMs;
		} else {
			bucket = { tokens: burst, updated: nowMs };
			if (this.buckets.size >= this.maxClients) {
				const oldest = this.buckets.keys().next().value;
				if (oldest !== undefined) this.buckets.delete(oldest);
			}
		}
		this.buckets.set(client, bucket);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return { allowed: true, retryAfter: 0 };
		}
		return { allowed: false, retryAfter: Math.ceil((1 - bucket.tokens) / perSecond) };
	}
}
