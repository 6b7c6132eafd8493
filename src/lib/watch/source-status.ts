/**
 * What the watcher publishes about its sources (`<data dir>/watch/status.json`) and what
 * `GET /api/sources` and the /sources page show. Pure: no I/O. Built from the watcher's state,
 * never from its configuration's secrets: no webhook URL, no credentials, no query string.
 */

/** Why a fetch failed, as a code the page words in each language (details in `message`). */
export const FAILURE_KINDS = [
	'timeout',
	'http',
	'too-large',
	'redirects',
	'bad-redirect',
	'network',
	'malformed',
	'folder',
	'index'
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface SourceFailure {
	kind: FailureKind;
	/** One line in English for logs and the API (never a secret). */
	message: string;
	/** The HTTP status for `http`. */
	status?: number;
	/** Unix ms. */
	at: number;
}

export type SourceHealth = 'ok' | 'failing' | 'pending';

export interface PublicSourceStatus {
	name: string;
	kind: 'feed' | 'folder';
	/** Where it reads: scheme, host and path of a feed (no credentials, no query), or the folder's name. */
	location: string;
	health: SourceHealth;
	/** Unix ms of the last fetch (or folder scan), null before the first. */
	lastFetch: number | null;
	lastSuccess: number | null;
	/** HTTP status of the last answer (304 included), null for folders or when none came. */
	httpStatus: number | null;
	/** Items new or changed at the last successful fetch, and items the feed (or folder) held then. */
	items: { new: number; total: number };
	/** Articles this source added or changed in the index since the watcher first ran it. */
	indexed: number;
	/** Consecutive failures (0 when the last fetch succeeded). */
	failures: number;
	lastError: SourceFailure | null;
	/** Unix ms of the next fetch. */
	nextFetch: number;
}

export interface PublicAlertStatus {
	name: string;
	/** The search the alert follows, as a query string of the search page (no webhook). */
	search: string;
	/** Articles sent so far (kept ids), batches waiting for the webhook. */
	sent: number;
	waiting: number;
	lastSent: number | null;
	lastError: { message: string; at: number } | null;
}

export interface WatchStatus {
	/** Unix ms when the watcher wrote this. */
	updated: number;
	/** Process id of the watcher (the server checks whether it still runs). */
	pid: number;
	/** Unix ms when the watcher started. */
	started: number;
	sources: PublicSourceStatus[];
	alerts: PublicAlertStatus[];
}

/** A feed URL as it may be shown: no user/password, no query or fragment (tokens live there). */
export function publicLocation(url: string): string {
	try {
		const u = new URL(url);
		return `${u.protocol}//${u.host}${u.pathname}`;
	} catch {
		return '(invalid URL)';
	}
}

export function healthOf(s: { failures: number; lastFetch: number | null }): SourceHealth {
	if (s.failures > 0) return 'failing';
	return s.lastFetch === null ? 'pending' : 'ok';
}

const HEALTH_ORDER: Record<SourceHealth, number> = { failing: 0, pending: 1, ok: 2 };

/** Failing sources first (most consecutive failures first), then not yet fetched, then healthy; by name within. */
export function compareSources(a: PublicSourceStatus, b: PublicSourceStatus): number {
	const h = HEALTH_ORDER[a.health] - HEALTH_ORDER[b.health];
	if (h !== 0) return h;
	if (a.failures !== b.failures) return b.failures - a.failures;
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function sortSources(sources: readonly PublicSourceStatus[]): PublicSourceStatus[] {
	return [...sources].sort(compareSources);
}
