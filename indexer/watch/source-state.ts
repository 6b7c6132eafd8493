import type { SourceFailure } from '../../src/lib/watch/source-status';
import { backoffDelay } from './schedule';

/**
 * A source's state as the watcher keeps it on disk (one JSON file per source, written
 * atomically), and its transitions. Pure.
 */

export interface Validators {
	etag?: string;
	lastModified?: string;
	/** Hash of the last body: a server without ETag/Last-Modified that resends the same feed is not parsed again. */
	bodyHash?: string;
}

/** A folder file that was read: what it looked like then. */
export interface FileMark {
	size: number;
	mtimeMs: number;
}

/**
 * Ids handed to the index by a poll whose state is not written yet. Written before the
 * articles are sent; cleared in the same write that records the poll. After a crash in
 * between, the restart sends the articles of `added` that reached the index to the alerts.
 */
export interface PendingIngest {
	/** Ids the index did not hold when the poll began: new articles, for the alerts. */
	added: string[];
}

export interface SourceState {
	version: 1;
	key: string;
	validators: Validators;
	/** Feed items seen, most recent first: [item id, hash of the item as the feed gave it]. */
	seen: [string, string][];
	/** Folder files read (relative path → mark). */
	files: Record<string, FileMark>;
	lastFetch: number | null;
	lastSuccess: number | null;
	httpStatus: number | null;
	failures: number;
	lastError: SourceFailure | null;
	nextDue: number;
	items: { new: number; total: number };
	indexed: number;
	pending: PendingIngest | null;
}

export function initialState(key: string, now: number): SourceState {
	return {
		version: 1,
		key,
		validators: {},
		seen: [],
		files: {},
		lastFetch: null,
		lastSuccess: null,
		httpStatus: null,
		failures: 0,
		lastError: null,
		nextDue: now,
		items: { new: 0, total: 0 },
		indexed: 0,
		pending: null
	};
}

/** A state file from disk, or null when it is not one (then the source starts afresh). */
export function readState(value: unknown, key: string): SourceState | null {
	if (!value || typeof value !== 'object') return null;
	const s = value as Partial<SourceState>;
	if (s.version !== 1 || s.key !== key || !Array.isArray(s.seen) || typeof s.nextDue !== 'number') return null;
	return { ...initialState(key, s.nextDue), ...s } as SourceState;
}

export interface Success {
	now: number;
	everyMs: number;
	httpStatus: number | null;
	validators?: Validators;
	seen?: [string, string][];
	files?: Record<string, FileMark>;
	/** Items new or changed in this fetch, and items in the feed. */
	fresh: number;
	total: number;
	/** Articles the index took (added or changed). */
	indexed: number;
	/** Fetch again sooner than the interval (a folder file waiting to settle). */
	nextDue?: number;
}

export function afterSuccess(state: SourceState, s: Success): SourceState {
	const due = s.now + s.everyMs;
	return {
		...state,
		validators: s.validators ?? state.validators,
		seen: s.seen ?? state.seen,
		files: s.files ?? state.files,
		lastFetch: s.now,
		lastSuccess: s.now,
		httpStatus: s.httpStatus,
		failures: 0,
		lastError: null,
		nextDue: s.nextDue !== undefined ? Math.min(s.nextDue, due) : due,
		items: { new: s.fresh, total: s.total },
		indexed: state.indexed + s.indexed,
		pending: null
	};
}

export interface Failure {
	now: number;
	everyMs: number;
	error: Omit<SourceFailure, 'at'>;
	httpStatus?: number | null;
	random: number;
	retryAfterMs?: number | null;
}

/**
 * A failed fetch: validators and seen items kept (the next success diffs against them), backed
 * off. A pending ingest stays pending: the next poll settles it first.
 */
export function afterFailure(state: SourceState, f: Failure): SourceState {
	const failures = state.failures + 1;
	return {
		...state,
		lastFetch: f.now,
		httpStatus: f.httpStatus ?? null,
		failures,
		lastError: { ...f.error, at: f.now },
		nextDue: f.now + backoffDelay(f.everyMs, failures, f.random, f.retryAfterMs)
	};
}

export function withPending(state: SourceState, added: string[]): SourceState {
	return { ...state, pending: { added } };
}
