import { ARTICLES_INDEX, dataDir } from '../src/lib/server/meili-connection';
import type { IndexedDocument, RawArticle } from '../src/lib/article';
import type { ArticleWriter } from './meili/article-writer';
import { articleIndexSettings } from './meili/index-settings';
import { Batcher } from './pipeline/batcher';
import { Progress } from './pipeline/progress';
import { toArticle } from './pipeline/to-article';
import { buildDocument, documentSynonyms } from './pipeline/build-document';
import { readSources, type FieldMap } from './sources/read-sources';
import { decodeFingerprint } from './dedup/fingerprint';
import { StoryIndex, type StoryFields } from './dedup/story-index';
import { BoilerplateLines } from './dedup/boilerplate-lines';
import { acquireWriterLock } from './meili/writer-lock';

export interface IndexOptions<P = unknown> {
	paths: string[];
	/** Articles to index instead of reading `paths` (the watcher hands over what it fetched; ids already safe). */
	articles?: AsyncIterable<RawArticle> | Iterable<RawArticle>;
	/**
	 * What the index holds, kept by a long-running caller (the watcher) across runs instead of read
	 * again every run; updated with every write Meilisearch confirms. The caller prepared the index.
	 */
	known?: KnownIndex;
	/** One instance (`IndexWriter`) or every shard of a network (`ShardedIndexWriter`). */
	writer: ArticleWriter<P>;
	/** Field mapping for record formats (`--map title=headline,body=text`). */
	map?: FieldMap;
	/** Build a fresh index and swap it in atomically, instead of updating in place. */
	rebuild?: boolean;
	/** Delete indexed documents that none of the given paths yields any more. */
	prune?: boolean;
	/** Do everything but write to Meilisearch. */
	dryRun?: boolean;
	log?: (line: string) => void;
	batchSize?: number;
	/** Where the one-writer lock lives (default: the data dir). */
	lockDir?: string;
	/** Folders no source may come from (default: the data dir, which holds the master key). */
	protectedPaths?: readonly string[];
}

export interface IndexSummary {
	read: number;
	added: number;
	updated: number;
	unchanged: number;
	deleted: number;
	/** The first SKIPS_LISTED_PER_REASON skips of each kind, MAX_SKIPS_LISTED in all, with their reasons (all are counted in `skipCount`). */
	skipped: { origin: string; reason: string }[];
	/** Every skip, listed or not. */
	skipCount: number;
	/** Skips per reason (numbers and quoted values folded), over all skips. */
	skipsByReason: Map<string, number>;
	/** Documents of this run that joined an existing story, as exact or near copies. */
	duplicates: { exact: number; near: number };
	seconds: number;
	/** With `known`: the ids Meilisearch confirmed, new to the index or changed. */
	written?: { added: string[]; updated: string[] };
}

/** The index as a long-running writer remembers it: id → content hash, and the stories. */
export interface KnownIndex {
	hashes: Map<string, string>;
	stories: StoryIndex;
}

/** Reads what the index holds (one pass over its pages) and applies the settings: once per watcher. */
export async function loadKnownIndex<P>(writer: ArticleWriter<P>): Promise<KnownIndex> {
	const stories = new StoryIndex();
	const hashes = await writer.contentHashes(ARTICLES_INDEX, (d) =>
		stories.load(d.id, decodeFingerprint(d.dedup_sig), d.story_id)
	);
	await writer.prepareIndex(ARTICLES_INDEX, articleIndexSettings(documentSynonyms()));
	return { hashes, stories };
}

/** Writes a document's story fields (a canonical's `duplicates` array is shared with the StoryIndex). */
function setStory(doc: IndexedDocument, f: StoryFields): void {
	doc.story_id = f.story_id;
	doc.story_size = f.story_size;
	doc.duplicate_of = f.duplicate_of;
	if (f.duplicates) doc.duplicates = f.duplicates;
	else delete doc.duplicates;
}

/** Batches sent but not yet confirmed: Meilisearch works while we analyse the next ones. */
const MAX_TASKS_IN_FLIGHT = 3;
/** Batches between two rounds of story-field updates to documents already sent. */
const STORY_UPDATES_EVERY = 16;

export async function indexArticles<P>(options: IndexOptions<P>): Promise<IndexSummary> {
	const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
	const started = performance.now();
	const dry = options.dryRun ?? false;
	const target = options.rebuild ? `${ARTICLES_INDEX}_build_${Date.now()}` : ARTICLES_INDEX;
	const summary: IndexSummary = {
		read: 0,
		added: 0,
		updated: 0,
		unchanged: 0,
		deleted: 0,
		skipped: [],
		skipCount: 0,
		skipsByReason: new Map(),
		duplicates: { exact: 0, near: 0 },
		seconds: 0
	};
	if (options.known && options.rebuild) throw new Error('indexArticles: a rebuild cannot reuse a known index');
	// One writer per index: npm start --index and npm run index take the same lock.
	const lock = dry ? null : acquireWriterLock(options.lockDir ?? dataDir(), options.writer.lockKey ?? 'articles');
	try {
		return await indexLocked(options, summary, started, target, dry, log);
	} finally {
		lock?.release();
	}
}

async function indexLocked<P>(
	options: IndexOptions<P>,
	summary: IndexSummary,
	started: number,
	target: string,
	dry: boolean,
	log: (line: string) => void
): Promise<IndexSummary> {
	const { writer } = options;
	const known = options.known;
	/** With `known`: documents sent, waiting for Meilisearch to confirm them. */
	const sentKind = new Map<string, 'added' | 'updated'>();
	const refused = new Set<string>();
	if (known) summary.written = { added: [], updated: [] };
	// A 3 MB gzip of 20M lines with one repeated id made 20M skips: list the first ones, count the rest.
	const skip = (origin: string, reason: string) => {
		refused.add(origin);
		summary.skipCount++;
		const key = reasonKey(reason);
		summary.skipsByReason.set(key, (summary.skipsByReason.get(key) ?? 0) + 1);
		// The first few of each kind: 200k records of one kind must not hide the one symlink refused after them.
		const seenOfKind = summary.skipsByReason.get(key)!;
		if (seenOfKind <= SKIPS_LISTED_PER_REASON && summary.skipped.length < MAX_SKIPS_LISTED)
			summary.skipped.push({ origin, reason });
	};
	const confirm = (batch: IndexedDocument[]) => {
		if (!known) return;
		for (const doc of batch) {
			const kind = sentKind.get(doc.id);
			sentKind.delete(doc.id);
			if (!kind || refused.has(doc.id)) continue;
			known.hashes.set(doc.id, doc.content_hash);
			summary.written![kind].push(doc.id);
		}
	};

	// What the index holds now (id → content hash): unchanged documents are not sent again,
	// which is also what makes a killed run resumable — the next run sends only what is missing.
	// The same pages give the stories: every stored document is known to the duplicate detection.
	const stories = known?.stories ?? new StoryIndex();
	const existing = known
		? known.hashes
		: options.rebuild
			? new Map<string, string>()
			: await writer.contentHashes(target, (d) => stories.load(d.id, decodeFingerprint(d.dedup_sig), d.story_id));
	if (!dry && !known) await writer.prepareIndex(target, articleIndexSettings(documentSynonyms()));

	const seen = new Map<string, string>();
	// Long lines per document, to undo at the end the near copies made of boilerplate alone.
	const blocks = new BoilerplateLines();
	const nearCopies: string[] = [];
	/** `batch` null: a partial update of story fields. */
	type InFlight = { task: P; batch: IndexedDocument[] | null };
	const inFlight: InFlight[] = [];
	const settle = async (entry: InFlight) => {
		const failed = await writer.settle(entry.task);
		if (failed && entry.batch) await writer.addIsolatingFailures(target, entry.batch, skip);
		else if (failed) skip('story links', `partial update refused by Meilisearch: ${failed}`);
		if (entry.batch) confirm(entry.batch);
	};
	const queue = async (entry: InFlight) => {
		inFlight.push(entry);
		if (inFlight.length >= MAX_TASKS_IN_FLIGHT) await settle(inFlight.shift()!);
	};

	// Stories that gained or lost a member get every member's story fields rewritten: members not
	// sent yet are changed in place, the others by partial updates gathered and sent every
	// STORY_UPDATES_EVERY batches and at the end (Meilisearch applies an index's tasks in order).
	// Not after every batch: a partial update cannot share a Meilisearch batch with additions, and
	// on the whole corpus one per batch nearly doubled the batches Meilisearch had to commit.
	const unsent = new Map<string, IndexedDocument>();
	const changedStories = new Set<string>();
	const staleSent = new Set<string>();
	const markStories = () => {
		for (const canonical of changedStories) {
			for (const id of stories.story(canonical)) {
				const pending = unsent.get(id);
				if (pending) setStory(pending, stories.fields(id));
				else staleSent.add(id);
			}
		}
		changedStories.clear();
	};
	const flushStoryUpdates = async () => {
		markStories();
		const updates = [...staleSent].map((id) => ({ id, ...stories.fields(id) }));
		staleSent.clear();
		if (!dry && updates.length) await queue({ task: await writer.enqueueUpdates(target, updates), batch: null });
	};
	let batchesSent = 0;
	const send = async (batch: IndexedDocument[]) => {
		markStories();
		for (const doc of batch) unsent.delete(doc.id);
		if (!dry && batch.length) await queue({ task: await writer.enqueueDocuments(target, batch), batch });
		if (++batchesSent % STORY_UPDATES_EVERY === 0) await flushStoryUpdates();
	};

	const batcher = new Batcher<IndexedDocument>(options.batchSize ?? 1000, 16 * 1024 * 1024);
	const progress = new Progress(log);
	let bytes = 0;
	try {
		const articles =
			options.articles ??
			readSources(options.paths, {
				map: options.map,
				onSkip: skip,
				protectedPaths: options.protectedPaths ?? [dataDir()]
			});
		for await (const raw of articles) {
			summary.read++;
			bytes += raw.body.length;
			progress.update(summary.read, bytes);
			const earlier = seen.get(raw.id);
			if (earlier !== undefined) {
				skip(raw.origin, `duplicate id "${raw.id}" (already read from ${earlier})`);
				continue;
			}
			seen.set(raw.id, raw.origin);
			const article = toArticle(raw);
			if (!article.body && !article.title) {
				skip(raw.origin, 'no text after removing boilerplate');
				continue;
			}
			const doc = buildDocument(article);
			const before = existing.get(doc.id);
			if (before === doc.content_hash) {
				summary.unchanged++;
				continue;
			}
			if (before === undefined) summary.added++;
			else summary.updated++;
			if (known) sentKind.set(doc.id, before === undefined ? 'added' : 'updated');
			const story = stories.add(doc.id, decodeFingerprint(doc.dedup_sig));
			blocks.add(doc.id, doc.body);
			if (story.kind === 'exact') summary.duplicates.exact++;
			if (story.kind === 'near') {
				summary.duplicates.near++;
				nearCopies.push(doc.id);
			}
			if (story.joined) changedStories.add(story.joined);
			if (story.left) changedStories.add(story.left);
			setStory(doc, stories.fields(doc.id));
			unsent.set(doc.id, doc);
			const ready = batcher.push(doc, doc.body.length * 2 + doc.body_terms.length + doc.body_terms_ar.length);
			if (ready) await send(ready);
		}
		// Distinct leads above one long footer look like near copies; with every document of the
		// run counted, a link whose only common long lines are boilerplate is undone.
		for (const id of nearCopies) {
			const canonical = stories.fields(id).duplicate_of;
			if (!canonical || !blocks.onlyBoilerplateInCommon(id, canonical)) continue;
			stories.separate(id);
			changedStories.add(canonical);
			changedStories.add(id);
			summary.duplicates.near--;
		}
		await send(batcher.drain());
		await flushStoryUpdates();
		while (inFlight.length) await settle(inFlight.shift()!);
		if (options.prune) {
			const gone = [...existing.keys()].filter((id) => !seen.has(id));
			summary.deleted = gone.length;
			if (!dry) await writer.deleteDocuments(target, gone);
			// A story that lost its canonical gets its next member as canonical.
			for (const canonical of stories.remove(gone)) changedStories.add(canonical);
			await flushStoryUpdates();
			while (inFlight.length) await settle(inFlight.shift()!);
		}
		if (options.rebuild && !dry) await writer.swapIn(target);
	} catch (error) {
		// A failed rebuild leaves the live index untouched; drop the half-built one.
		if (options.rebuild && !dry) await writer.dropIndex(target).catch(() => undefined);
		throw error;
	} finally {
		progress.finish();
	}
	summary.seconds = (performance.now() - started) / 1000;
	reportSummary(summary, dry, log);
	return summary;
}

/** Skipped sources kept with their origin and reason; past this only counts per reason are kept. */
export const MAX_SKIPS_LISTED = 1000;
/** Skips listed per kind of reason (the summary prints 5 of each). */
export const SKIPS_LISTED_PER_REASON = 20;

/** A reason with its numbers and quoted values folded, so one wrong column in 100k rows is one kind. */
function reasonKey(reason: string): string {
	return reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N');
}

function reportSummary(s: IndexSummary, dry: boolean, log: (line: string) => void): void {
	log(
		`${dry ? '[dry run] ' : ''}read ${s.read}, added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, ` +
			`deleted ${s.deleted}, skipped ${s.skipCount} — ${s.seconds.toFixed(1)} s (index "${ARTICLES_INDEX}")`
	);
	if (s.duplicates.exact || s.duplicates.near) {
		log(`  ${s.duplicates.exact} exact and ${s.duplicates.near} near copies linked to the story they repeat`);
	}
	// Grouped by reason so a 100k-row file with one wrong column does not flood the terminal.
	const byReason = new Map<string, string[]>();
	for (const { origin, reason } of s.skipped) {
		const key = reasonKey(reason);
		let lines = byReason.get(key);
		if (!lines) byReason.set(key, (lines = []));
		if (lines.length < 5) lines.push(`${origin}: ${reason}`);
	}
	for (const [key, lines] of byReason) {
		for (const line of lines) log(`  skipped ${line}`);
		const more = (s.skipsByReason.get(key) ?? lines.length) - lines.length;
		if (more > 0) log(`  … and ${more} more like it`);
	}
}
