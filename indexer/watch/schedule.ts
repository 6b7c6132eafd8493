/**
 * When a source is fetched next, and how far a failing one backs off. Pure: the caller
 * passes the clock and the random number.
 */

/** A failing source is retried at most this far apart (unless it is polled even less often). */
export const MAX_BACKOFF_MS = 6 * 3600_000;
/** A server's Retry-After is honoured up to this. */
export const MAX_RETRY_AFTER_MS = 24 * 3600_000;

/**
 * Delay before the next try after `failures` consecutive failures (≥ 1): the poll interval
 * doubled per failure, capped at MAX_BACKOFF_MS (or the interval when that is longer), with
 * "equal jitter" — a random point in the upper half — so sources that failed together do not
 * retry together. A server's Retry-After, when longer, wins.
 */
export function backoffDelay(everyMs: number, failures: number, random: number, retryAfterMs?: number | null): number {
	const cap = Math.max(everyMs, MAX_BACKOFF_MS);
	const exp = Math.min(cap, everyMs * 2 ** Math.min(Math.max(failures, 1) - 1, 30));
	const jittered = exp / 2 + (exp / 2) * Math.min(Math.max(random, 0), 1);
	const after = retryAfterMs ? Math.min(retryAfterMs, MAX_RETRY_AFTER_MS) : 0;
	return Math.round(Math.max(jittered, after));
}

/** A webhook is retried from this delay, doubling, up to ALERT_MAX_BACKOFF_MS. */
export const ALERT_BASE_BACKOFF_MS = 1000;
export const ALERT_MAX_BACKOFF_MS = 3600_000;

export function alertBackoffDelay(failures: number, random: number, retryAfterMs?: number | null): number {
	const exp = Math.min(ALERT_MAX_BACKOFF_MS, ALERT_BASE_BACKOFF_MS * 2 ** Math.min(Math.max(failures, 1) - 1, 30));
	const jittered = exp / 2 + (exp / 2) * Math.min(Math.max(random, 0), 1);
	const after = retryAfterMs ? Math.min(retryAfterMs, MAX_RETRY_AFTER_MS) : 0;
	return Math.round(Math.max(jittered, after));
}

/** `Retry-After`: seconds, or an HTTP date; milliseconds from `now`, null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
	if (!value) return null;
	const trimmed = value.trim();
	if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
	const at = Date.parse(trimmed);
	return Number.isFinite(at) ? Math.max(0, at - now) : null;
}
