import { ARTICLES_INDEX } from '../src/lib/server/meili-connection';
import type { IndexedDocument } from '../src/lib/article';
import { IndexWriter, type PendingTask } from './meili/index-writer';
import { articleIndexSettings } from './meili/index-settings';
import { Batcher } from './pipeline/batcher';
import { Progress } from './pipeline/progress';
import { toArticle } from './pipeline/to-article';
import { buildDocument, documentSynonyms } from './pipeline/build-document';
import { readSources, type FieldMap } from './sources/read-sources';

export interface IndexOptions {
	paths: string[];
	writer: IndexWriter;
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
}

export interface IndexSummary {
	read: number;
	added: number;
	updated: number;
	unchanged: number;
	deleted: number;
	skipped: { origin: string; reason: string }[];
	seconds: number;
}

/** Batches sent but not yet confirmed: Meilisearch works while we analyse the next ones. */
const MAX_TASKS_IN_FLIGHT = 3;

export async function indexArticles(options: IndexOptions): Promise<IndexSummary> {
	const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
	const started = performance.now();
	const { writer } = options;
	const dry = options.dryRun ?? false;
	const target = options.rebuild ? `${ARTICLES_INDEX}_build_${Date.now()}` : ARTICLES_INDEX;
	const summary: IndexSummary = { read: 0, added: 0, updated: 0, unchanged: 0, deleted: 0, skipped: [], seconds: 0 };
	const skip = (origin: string, reason: string) => summary.skipped.push({ origin, reason });

	// What the index holds now (id → content hash): unchanged documents are not sent again,
	// which is also what makes a killed run resumable — the next run sends only what is missing.
	const existing = options.rebuild ? new Map<string, string>() : await writer.contentHashes(target);
	if (!dry) await writer.prepareIndex(target, articleIndexSettings(documentSynonyms()));

	const seen = new Map<string, string>();
	const inFlight: { task: PendingTask; batch: IndexedDocument[] }[] = [];
	const settle = async (entry: { task: PendingTask; batch: IndexedDocument[] }) => {
		const failed = await writer.settle(entry.task);
		if (failed) await writer.addIsolatingFailures(target, entry.batch, skip);
	};
	const send = async (batch: IndexedDocument[]) => {
		if (dry || batch.length === 0) return;
		inFlight.push({ task: await writer.enqueueDocuments(target, batch), batch });
		if (inFlight.length >= MAX_TASKS_IN_FLIGHT) await settle(inFlight.shift()!);
	};

	const batcher = new Batcher<IndexedDocument>(options.batchSize ?? 1000, 16 * 1024 * 1024);
	const progress = new Progress(log);
	let bytes = 0;
	try {
		for await (const raw of readSources(options.paths, { map: options.map, onSkip: skip })) {
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
			const ready = batcher.push(doc, doc.body.length * 2 + doc.body_terms.length + doc.body_terms_ar.length);
			if (ready) await send(ready);
		}
		await send(batcher.drain());
		while (inFlight.length) await settle(inFlight.shift()!);
		if (options.prune) {
			const gone = [...existing.keys()].filter((id) => !seen.has(id));
			summary.deleted = gone.length;
			if (!dry) await writer.deleteDocuments(target, gone);
		}
		if (options.rebuild && !dry) await writer.swapIn(target);
	} catch (error) {
		// A failed rebuild leaves the live index untouched; drop the half-built one.
		if (options.rebuild && !dry) await writer.client.deleteIndex(target).waitTask().catch(() => undefined);
		throw error;
	} finally {
		progress.finish();
	}
	summary.seconds = (performance.now() - started) / 1000;
	reportSummary(summary, dry, log);
	return summary;
}

function reportSummary(s: IndexSummary, dry: boolean, log: (line: string) => void): void {
	log(
		`${dry ? '[dry run] ' : ''}read ${s.read}, added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, ` +
			`deleted ${s.deleted}, skipped ${s.skipped.length} — ${s.seconds.toFixed(1)} s (index "${ARTICLES_INDEX}")`
	);
	// Grouped by reason so a 100k-row file with one wrong column does not flood the terminal.
	const byReason = new Map<string, string[]>();
	for (const { origin, reason } of s.skipped) {
		const key = reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N');
		byReason.set(key, [...(byReason.get(key) ?? []), `${origin}: ${reason}`]);
	}
	for (const [, lines] of byReason) {
		for (const line of lines.slice(0, 5)) log(`  skipped ${line}`);
		if (lines.length > 5) log(`  … and ${lines.length - 5} more like it`);
	}
}
