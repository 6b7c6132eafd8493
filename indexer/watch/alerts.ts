import { stableHash } from '../sources/article-id';
import {
	buildSearchRequests,
	type QueryToken,
	type RetrievedDocument,
	type SearchPlan
} from '../../src/lib/search/request';
import { quoteFilterValue } from '../../src/lib/search/filter';
import type { UiLang } from '../../src/lib/search/types';
import { alertBackoffDelay } from './schedule';
import type { Alert } from './config';

/**
 * Alerts on saved searches, pure parts: which new articles match (the search page's own
 * request, restricted to the new ids), the JSON batch a webhook receives, and the alert's
 * state — ids sent, batches waiting — with its transitions.
 *
 * Delivery: a batch is fixed (id, articles, bytes) when it is queued, and an article enters at
 * most one batch ever: ids already sent or waiting are never queued again. A batch is POSTed
 * until a 2xx answer, then marked sent in the same atomic write. See docs/watch.md.
 */

/** Ids per alert search (Meilisearch filters stay short; `maxTotalHits` is 10 000). */
export const MATCH_CHUNK = 500;
/** Sent ids remembered per alert (the oldest are forgotten first: they are long out of every feed). */
export const MAX_SENT_IDS = 50_000;
/** Batches kept waiting for a webhook that keeps failing; older ones are dropped (and logged). */
export const MAX_OUTBOX = 200;

/** The alert's search, as the page runs it, over only the given ids (all matching copies: storiesOnly off). */
export function alertSearchPlan(
	alert: Alert,
	terms: readonly QueryToken[],
	ids: readonly string[],
	indexUid: string
): SearchPlan {
	return buildSearchRequests({ ...alert.state, page: 1 }, terms, {
		indexUid,
		hitsPerPage: Math.max(1, ids.length),
		facets: false,
		// A copy of a story is a new article in a new place: the analyst hears of it too.
		storiesOnly: false,
		filter: [`id IN [${ids.map(quoteFilterValue).join(', ')}]`]
	});
}

export interface AlertArticle {
	id: string;
	title: string;
	date: string | null;
	source: string | null;
	lang: string;
	/** The original article. */
	link: string | null;
	/** The article in Marsad. */
	marsad: string;
	facets: {
		actors: { id: string; label: string }[];
		countries: { id: string; label: string }[];
		threats: { id: string; label: string }[];
	};
}

export interface AlertPayload {
	alert: string;
	/** The search page of the alert (a link an analyst can open). */
	search: string;
	/** Stable across retries: a receiver that saw it already can drop it. */
	batch: string;
	articles: AlertArticle[];
}

type Labeller = (field: 'actor' | 'country' | 'threat', id: string, ui: UiLang) => string;

/** A link on the app: absolute with an origin, else relative. */
export function appLink(origin: string | null, pathAndQuery: string): string {
	return origin ? new URL(pathAndQuery, origin).href : pathAndQuery;
}

export function alertArticle(doc: RetrievedDocument, origin: string | null, ui: UiLang, label: Labeller): AlertArticle {
	const labelled = (field: 'actor' | 'country' | 'threat', ids: readonly string[] | undefined) =>
		(ids ?? []).map((id) => ({ id, label: label(field, id, ui) }));
	return {
		id: doc.id,
		title: doc.title ?? '',
		date: doc.date ?? null,
		source: doc.source ?? null,
		lang: doc.lang,
		link: doc.url ?? null,
		marsad: appLink(origin, `/article/${encodeURIComponent(doc.id)}`),
		facets: {
			actors: labelled('actor', doc.actors),
			countries: labelled('country', doc.countries),
			threats: labelled('threat', doc.threats)
		}
	};
}

export interface OutboxBatch {
	id: string;
	ids: string[];
	payload: AlertPayload;
	attempts: number;
	queuedAt: number;
}

export interface AlertState {
	version: 1;
	key: string;
	/** Ids delivered, most recent last. */
	sent: string[];
	outbox: OutboxBatch[];
	/** Batches queued so far (numbers the batch ids). */
	seq: number;
	failures: number;
	/** Unix ms before which the outbox is not tried again. */
	nextAttempt: number;
	lastSent: number | null;
	lastError: { message: string; at: number } | null;
}

export function initialAlertState(key: string): AlertState {
	return {
		version: 1,
		key,
		sent: [],
		outbox: [],
		seq: 0,
		failures: 0,
		nextAttempt: 0,
		lastSent: null,
		lastError: null
	};
}

export function readAlertState(value: unknown, key: string): AlertState | null {
	if (!value || typeof value !== 'object') return null;
	const s = value as Partial<AlertState>;
	if (s.version !== 1 || s.key !== key || !Array.isArray(s.sent) || !Array.isArray(s.outbox)) return null;
	return { ...initialAlertState(key), ...s } as AlertState;
}

/** The ids never sent nor waiting: the only ones that may go into a new batch. */
export function unsentIds(state: AlertState, ids: readonly string[]): string[] {
	const known = new Set(state.sent);
	for (const b of state.outbox) for (const id of b.ids) known.add(id);
	return [...new Set(ids)].filter((id) => !known.has(id));
}

/** Queues one batch (nothing when no article is left after dropping those already sent or waiting). */
export function queueBatch(
	state: AlertState,
	alert: Alert,
	articles: readonly AlertArticle[],
	origin: string | null,
	now: number
): { state: AlertState; dropped: OutboxBatch[] } {
	const allowed = new Set(
		unsentIds(
			state,
			articles.map((a) => a.id)
		)
	);
	const kept = articles.filter((a) => allowed.delete(a.id));
	if (!kept.length) return { state, dropped: [] };
	const seq = state.seq + 1;
	const id = `${stableHash(alert.key, 8)}-${seq}`;
	const batch: OutboxBatch = {
		id,
		ids: kept.map((a) => a.id),
		payload: { alert: alert.name, search: appLink(origin, `/${alert.search}`), batch: id, articles: kept },
		attempts: 0,
		queuedAt: now
	};
	const outbox = [...state.outbox, batch];
	const dropped = outbox.length > MAX_OUTBOX ? outbox.splice(0, outbox.length - MAX_OUTBOX) : [];
	return { state: { ...state, seq, outbox, nextAttempt: Math.min(state.nextAttempt, now) }, dropped };
}

/** The webhook took the batch: its ids are sent, for good. */
export function afterDelivered(state: AlertState, batchId: string, now: number): AlertState {
	const batch = state.outbox.find((b) => b.id === batchId);
	if (!batch) return state;
	const sent = [...state.sent, ...batch.ids];
	return {
		...state,
		sent: sent.length > MAX_SENT_IDS ? sent.slice(sent.length - MAX_SENT_IDS) : sent,
		outbox: state.outbox.filter((b) => b.id !== batchId),
		failures: 0,
		nextAttempt: now,
		lastSent: now,
		lastError: null
	};
}

export function afterDeliveryFailed(
	state: AlertState,
	batchId: string,
	message: string,
	now: number,
	random: number,
	retryAfterMs?: number | null
): AlertState {
	const failures = state.failures + 1;
	return {
		...state,
		outbox: state.outbox.map((b) => (b.id === batchId ? { ...b, attempts: b.attempts + 1 } : b)),
		failures,
		nextAttempt: now + alertBackoffDelay(failures, random, retryAfterMs),
		lastError: { message, at: now }
	};
}
