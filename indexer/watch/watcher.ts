import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { RawArticle } from '../../src/lib/article';
import type { RetrievedDocument } from '../../src/lib/search/request';
import type { UiLang } from '../../src/lib/search/types';
import { publicLocation, type FailureKind } from '../../src/lib/watch/source-status';
import { safeId } from '../sources/article-id';
import { feedItems } from '../sources/read-feed';
import { htmlArticle } from '../sources/read-html-file';
import { readSourceFile, sourceFormat } from '../sources/read-sources';
import { SourceError } from '../sources/source-error';
import { walkSourceFiles, type FoundFile } from '../sources/walk-sources';
import {
	afterDelivered,
	afterDeliveryFailed,
	alertArticle,
	initialAlertState,
	queueBatch,
	readAlertState,
	unsentIds,
	type AlertState
} from './alerts';
import type { Alert, FeedSource, FolderSource, Source, WatchConfig } from './config';
import { freshItems, itemHash, nextSeen } from './feed-diff';
import { decideFile, same, type Candidate } from './folder-rule';
import { FetchError, fetchLimited, HostQueue, MAX_FEED_BYTES, MAX_PAGE_BYTES } from './http-fetch';
import {
	afterFailure,
	afterSuccess,
	initialState,
	readState,
	withPending,
	type FileMark,
	type SourceState
} from './source-state';
import { publicStatus } from './status';
import type { StateStore } from './state-store';
import type { Delivery } from './webhook';
import type { AlertPayload } from './alerts';

/** What the loop writes to and searches in (IndexSink in production). */
export interface Sink {
	has(id: string): boolean;
	exclusive<T>(task: () => Promise<T>): Promise<T>;
	ingest(
		articles: RawArticle[],
		log: (line: string) => void
	): Promise<{ added: string[]; updated: string[]; skipped: { origin: string; reason: string }[] }>;
	match(alert: Alert, ids: readonly string[]): Promise<RetrievedDocument[]>;
}

export interface WatcherDeps {
	config: WatchConfig;
	store: StateStore;
	sink: Sink;
	post(webhook: string, payload: AlertPayload): Promise<Delivery>;
	label(field: 'actor' | 'country' | 'threat', id: string, ui: UiLang): string;
	log(line: string): void;
	now?: () => number;
	random?: () => number;
}

const STATUS_EVERY_MS = 250;

class Failed extends Error {
	constructor(
		readonly kind: FailureKind,
		message: string,
		readonly status: number | null = null,
		readonly retryAfterMs: number | null = null
	) {
		super(message);
	}
}

/**
 * The loop: each source is polled when due (sources run side by side; requests to one host
 * one at a time), its new articles go through the indexer's write path, the alerts hear of the
 * articles that are new to the index, and every step's state is written atomically before the
 * next step relies on it. A failing source backs off and never holds up the others.
 */
export class Watcher {
	private readonly sources = new Map<string, SourceState>();
	private readonly alerts = new Map<string, AlertState>();
	/** Folder files seen changed, waiting to settle (memory only: a restart just looks again). */
	private readonly candidates = new Map<string, Map<string, Candidate>>();
	private readonly running = new Map<string, Promise<void>>();
	private delivering: Promise<void> | null = null;
	private readonly hosts = new HostQueue();
	private readonly stopFetches = new AbortController();
	private wake: (() => void) | null = null;
	private readonly now: () => number;
	private readonly random: () => number;
	private readonly started: number;
	/** Polls done (tests and the bench). */
	polls = 0;

	constructor(private readonly deps: WatcherDeps) {
		this.now = deps.now ?? Date.now;
		this.random = deps.random ?? Math.random;
		this.started = this.now();
		const now = this.now();
		for (const source of deps.config.sources) {
			this.sources.set(
				source.key,
				readState(deps.store.readSource(source.key), source.key) ?? initialState(source.key, now)
			);
		}
		for (const alert of deps.config.alerts) {
			this.alerts.set(
				alert.key,
				readAlertState(deps.store.readAlert(alert.key), alert.key) ?? initialAlertState(alert.key)
			);
		}
	}

	state(key: string): SourceState | undefined {
		return this.sources.get(key);
	}

	/** Runs until `signal` aborts; then lets the poll in progress finish its writes and returns. */
	async run(signal: AbortSignal): Promise<void> {
		const onStop = () => {
			this.stopFetches.abort();
			this.wake?.();
		};
		signal.addEventListener('abort', onStop, { once: true });
		this.flushStatus();
		try {
			while (!signal.aborted) {
				const now = this.now();
				let next = Infinity;
				for (const source of this.deps.config.sources) {
					if (this.running.has(source.key)) continue;
					const due = this.sources.get(source.key)!.nextDue;
					if (due <= now) this.start(source);
					else next = Math.min(next, due);
				}
				if (!this.delivering) {
					const due = this.deliveryDue();
					if (due !== null && due <= now) this.startDelivery();
					else if (due !== null) next = Math.min(next, due);
				}
				await this.sleep(next === Infinity ? 60_000 : Math.max(0, next - this.now()));
			}
		} finally {
			signal.removeEventListener('abort', onStop);
			await Promise.all([...this.running.values(), this.delivering]);
			this.flushStatus();
		}
	}

	private sleep(ms: number): Promise<void> {
		return new Promise((resolve) => {
			const timer = setTimeout(done, ms);
			function done() {
				clearTimeout(timer);
				resolve();
			}
			this.wake = done;
		});
	}

	private start(source: Source): void {
		const run = this.poll(source).finally(() => {
			this.running.delete(source.key);
			this.polls++;
			this.wake?.();
		});
		this.running.set(source.key, run);
	}

	/** One poll of one source; never throws (a failure is the source's state). */
	async poll(source: Source): Promise<void> {
		try {
			await this.settlePending(source);
			if (source.kind === 'feed') await this.pollFeed(source);
			else await this.pollFolder(source);
		} catch (error) {
			if (this.stopFetches.signal.aborted && !(error instanceof Failed && error.kind !== 'network')) return;
			const f =
				error instanceof Failed
					? error
					: error instanceof FetchError
						? new Failed(error.kind, error.message, error.status, error.retryAfterMs)
						: new Failed('index', error instanceof Error ? error.message : String(error));
			this.deps.log(`[watch] ${source.name}: ${f.message}`);
			this.update(
				source,
				afterFailure(this.sources.get(source.key)!, {
					now: this.now(),
					everyMs: source.everyMs,
					error: { kind: f.kind, message: f.message, ...(f.status ? { status: f.status } : {}) },
					httpStatus: f.status,
					random: this.random(),
					retryAfterMs: f.retryAfterMs
				})
			);
		}
	}

	private update(source: Source, state: SourceState): void {
		this.sources.set(source.key, state);
		this.deps.store.writeSource(source.key, state);
		this.writeStatus();
	}

	/** The public status, written at most every STATUS_EVERY_MS (a poll of 20 feeds is 20 changes). */
	private statusTimer: ReturnType<typeof setTimeout> | null = null;

	writeStatus(): void {
		if (this.statusTimer) return;
		this.statusTimer = setTimeout(() => this.flushStatus(), STATUS_EVERY_MS);
	}

	flushStatus(): void {
		if (this.statusTimer) clearTimeout(this.statusTimer);
		this.statusTimer = null;
		this.deps.store.writeStatus(
			publicStatus(this.deps.config, this.sources, this.alerts, {
				now: this.now(),
				pid: process.pid,
				started: this.started
			})
		);
	}

	/** A poll that died between handing articles to the index and recording itself: its new articles still get their alerts. */
	private async settlePending(source: Source): Promise<void> {
		const pending = this.sources.get(source.key)!.pending;
		if (!pending) return;
		const reached = pending.added.filter((id) => this.deps.sink.has(id));
		this.deps.log(
			`[watch] ${source.name}: resuming a poll the last run did not record (${reached.length} of ${pending.added.length} new articles had reached the index)`
		);
		await this.deps.sink.exclusive(() => this.queueAlerts(reached));
		this.update(source, { ...this.sources.get(source.key)!, pending: null });
	}

	/** The journal write, the ingest, the alerts: in this order, each durable before the next. */
	private async ingest(source: Source, articles: RawArticle[]): Promise<{ added: string[]; updated: string[] }> {
		if (!articles.length) return { added: [], updated: [] };
		return this.deps.sink.exclusive(async () => {
			const added = articles.map((a) => a.id).filter((id) => !this.deps.sink.has(id));
			this.update(source, withPending(this.sources.get(source.key)!, added));
			const written = await this.deps.sink.ingest(articles, (line) => this.deps.log(`[watch] ${source.name}: ${line}`));
			await this.queueAlerts(written.added);
			return written;
		});
	}

	private async pollFeed(source: FeedSource): Promise<void> {
		const before = this.sources.get(source.key)!;
		const feedUrl = new URL(source.url);
		const allowed = (u: URL) =>
			u.host === feedUrl.host ||
			source.allow.includes(u.host.toLowerCase()) ||
			source.allow.includes(u.hostname.toLowerCase());
		const fetched = await this.hosts.run(feedUrl.host, () =>
			fetchLimited(source.url, {
				timeoutMs: source.timeoutMs,
				maxBytes: MAX_FEED_BYTES,
				validators: before.validators,
				signal: this.stopFetches.signal
			})
		);
		const now = this.now();
		if (fetched.status === 304 || !fetched.body) {
			this.update(
				source,
				afterSuccess(before, {
					now,
					everyMs: source.everyMs,
					httpStatus: 304,
					validators: fetched.validators,
					fresh: 0,
					total: before.items.total,
					indexed: 0
				})
			);
			return;
		}
		const bodyHash = createHash('sha256').update(fetched.body).digest('hex').slice(0, 32);
		const validators = { ...fetched.validators, bodyHash };
		if (bodyHash === before.validators.bodyHash) {
			this.update(
				source,
				afterSuccess(before, {
					now,
					everyMs: source.everyMs,
					httpStatus: fetched.status,
					validators,
					fresh: 0,
					total: before.items.total,
					indexed: 0
				})
			);
			return;
		}
		const where = publicLocation(source.url);
		const skipped: string[] = [];
		let items;
		try {
			items = [
				...feedItems(
					fetched.body,
					{ path: where, relative: where, format: 'feed', gzip: false },
					{ onSkip: (o, r) => skipped.push(`${o}: ${r}`) }
				)
			].map((item) => {
				const article = { ...item.article, id: safeId(item.article.id) };
				return { id: article.id, hash: itemHash(article), article, summaryOnly: item.summaryOnly };
			});
		} catch (error) {
			if (error instanceof SourceError) throw new Failed('malformed', error.reason, fetched.status);
			throw error;
		}
		// linkedom's XML parser forgives a body cut short; a feed that does not end with its root's end tag is broken.
		const tail = Buffer.from(fetched.body.subarray(Math.max(0, fetched.body.length - 256))).toString('latin1');
		if (!/<\/(?:[\w-]+:)?(?:rss|feed|RDF)>\s*$/.test(tail))
			throw new Failed('malformed', 'the feed is cut short (it does not end with </rss> or </feed>)', fetched.status);
		if (items.length === 0 && skipped.length === 0)
			throw new Failed('malformed', 'the feed has no items', fetched.status);
		const fresh = freshItems(before.seen, items);
		const articles: RawArticle[] = [];
		for (const item of fresh) {
			if (this.stopFetches.signal.aborted) throw new Failed('network', 'stopped');
			articles.push(
				item.summaryOnly && item.article.url ? await this.withPage(source, item.article, allowed) : item.article
			);
		}
		const written = await this.ingest(source, articles);
		this.update(
			source,
			afterSuccess(this.sources.get(source.key)!, {
				now: this.now(),
				everyMs: source.everyMs,
				httpStatus: fetched.status,
				validators,
				seen: nextSeen(before.seen, items),
				fresh: fresh.length,
				total: items.length,
				indexed: written.added.length + written.updated.length
			})
		);
	}

	/** The linked page's text for an item that carried only a summary; the summary when the page cannot be had. */
	private async withPage(source: FeedSource, item: RawArticle, allowed: (u: URL) => boolean): Promise<RawArticle> {
		let url: URL;
		try {
			url = new URL(item.url!);
		} catch {
			return item;
		}
		if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !allowed(url)) return item;
		try {
			const page = await this.hosts.run(url.host, () =>
				fetchLimited(url.href, {
					timeoutMs: source.timeoutMs,
					maxBytes: MAX_PAGE_BYTES,
					allowUrl: allowed,
					signal: this.stopFetches.signal,
					accept: 'text/html, application/xhtml+xml;q=0.9'
				})
			);
			if (!page.body) return item;
			const read = htmlArticle(page.body, publicLocation(url.href), item.id);
			return {
				...item,
				body: read.body,
				title: item.title ?? read.title,
				date: item.date ?? read.date,
				lang: item.lang ?? read.lang
			};
		} catch (error) {
			this.deps.log(
				`[watch] ${source.name}: kept the summary of ${publicLocation(url.href)} (${error instanceof Error ? error.message : String(error)})`
			);
			return item;
		}
	}

	private async pollFolder(source: FolderSource): Promise<void> {
		const before = this.sources.get(source.key)!;
		const waiting = this.candidates.get(source.key) ?? new Map<string, Candidate>();
		this.candidates.set(source.key, waiting);
		const info = await stat(source.path).catch(() => null);
		if (!info?.isDirectory()) throw new Failed('folder', `${source.path} is not a folder (missing or unreadable)`);
		const toRead: { found: FoundFile; look: FileMark }[] = [];
		let readAt = Infinity;
		let total = 0;
		const present = new Set<string>();
		for await (const found of walkSourceFiles([source.path], (name) => sourceFormat(name) !== null)) {
			const s = await stat(found.path).catch(() => null);
			if (!s?.isFile()) continue;
			total++;
			present.add(found.relative);
			const look = { size: s.size, mtimeMs: s.mtimeMs };
			const decision = decideFile(
				look,
				before.files[found.relative],
				waiting.get(found.relative),
				this.now(),
				source.settleMs
			);
			if (decision.action === 'read') toRead.push({ found, look });
			else if (decision.action === 'wait') {
				waiting.set(found.relative, decision.candidate);
				readAt = Math.min(readAt, decision.readAt);
			}
		}
		for (const rel of waiting.keys()) if (!present.has(rel)) waiting.delete(rel);
		const articles: RawArticle[] = [];
		const marks: Record<string, FileMark> = {};
		for (const { found, look } of toRead) {
			const read: RawArticle[] = [];
			for await (const a of readSourceFile(found, {
				onSkip: (o, r) => this.deps.log(`[watch] ${source.name}: skipped ${o}: ${r}`)
			}))
				read.push(a);
			// Changed while it was read: not whole yet, look again later.
			const after = await stat(found.path).catch(() => null);
			if (!after || !same({ size: after.size, mtimeMs: after.mtimeMs }, look)) {
				waiting.set(found.relative, { size: after?.size ?? -1, mtimeMs: after?.mtimeMs ?? -1, since: this.now() });
				readAt = Math.min(readAt, this.now() + source.settleMs);
				continue;
			}
			waiting.delete(found.relative);
			marks[found.relative] = look;
			articles.push(...read);
		}
		const written = await this.ingest(source, articles);
		this.update(
			source,
			afterSuccess(this.sources.get(source.key)!, {
				now: this.now(),
				everyMs: source.everyMs,
				httpStatus: null,
				files: { ...before.files, ...marks },
				fresh: toRead.length,
				total,
				indexed: written.added.length + written.updated.length,
				...(readAt !== Infinity ? { nextDue: readAt } : {})
			})
		);
	}

	/** New articles → one batch per alert that matches some of them, written before anything is sent. Under `exclusive`. */
	private async queueAlerts(ids: string[]): Promise<void> {
		if (!ids.length) return;
		for (const alert of this.deps.config.alerts) {
			const state = this.alerts.get(alert.key)!;
			const candidates = unsentIds(state, ids);
			if (!candidates.length) continue;
			const docs = await this.deps.sink.match(alert, candidates);
			if (!docs.length) continue;
			const ui: UiLang = alert.state.ui ?? 'en';
			const articles = docs.map((d) => alertArticle(d, this.deps.config.origin, ui, this.deps.label));
			const { state: next, dropped } = queueBatch(state, alert, articles, this.deps.config.origin, this.now());
			for (const b of dropped)
				this.deps.log(
					`[watch] alert ${alert.name}: dropped batch ${b.id} (${b.ids.length} articles): the webhook has failed too long`
				);
			this.alerts.set(alert.key, next);
			this.deps.store.writeAlert(alert.key, next);
		}
		this.writeStatus();
		this.wake?.();
	}

	private deliveryDue(): number | null {
		let due: number | null = null;
		for (const state of this.alerts.values()) {
			if (state.outbox.length) due = Math.min(due ?? Infinity, state.nextAttempt);
		}
		return due;
	}

	private startDelivery(): void {
		this.delivering = this.deliver().finally(() => {
			this.delivering = null;
			this.wake?.();
		});
	}

	/** Sends the waiting batches of every alert that is due, oldest first; stops an alert at its first failure. */
	private async deliver(): Promise<void> {
		for (const alert of this.deps.config.alerts) {
			for (;;) {
				const state = this.alerts.get(alert.key)!;
				const batch = state.outbox[0];
				if (!batch || state.nextAttempt > this.now()) break;
				const result = await this.deps.post(alert.webhook, batch.payload);
				const current = this.alerts.get(alert.key)!;
				const next = result.ok
					? afterDelivered(current, batch.id, this.now())
					: afterDeliveryFailed(current, batch.id, result.message, this.now(), this.random(), result.retryAfterMs);
				this.alerts.set(alert.key, next);
				this.deps.store.writeAlert(alert.key, next);
				this.writeStatus();
				if (!result.ok) {
					this.deps.log(
						`[watch] alert ${alert.name}: ${result.message}; retrying in ${Math.round((next.nextAttempt - this.now()) / 1000)} s`
					);
					break;
				}
				this.deps.log(`[watch] alert ${alert.name}: sent ${batch.ids.length} article(s) (batch ${batch.id})`);
			}
		}
	}
}
