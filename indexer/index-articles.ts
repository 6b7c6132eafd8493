import { ARTICLES_INDEX } from '../src/lib/server/meili-connection';
import type { IndexedDocument, RawArticle } from '../src/lib/article';
import { IndexWriter } from './meili/index-writer';
import { articleIndexSettings } from './meili/index-settings';
import { Batcher } from './pipeline/batcher';
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
	dryRun?: boolean;
	log?: (line: string) => void;
	batchSize?: number;
}

export interface IndexSummary {
	read: number;
	indexed: number;
	skipped: { origin: string; reason: string }[];
	seconds: number;
}

export async function indexArticles(options: IndexOptions): Promise<IndexSummary> {
	const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
	const started = performance.now();
	const { writer } = options;
	const target = options.rebuild ? `${ARTICLES_INDEX}_build_${Date.now()}` : ARTICLES_INDEX;
	const summary: IndexSummary = { read: 0, indexed: 0, skipped: [], seconds: 0 };
	if (!options.dryRun) await writer.prepareIndex(target, articleIndexSettings(documentSynonyms()));

	const batcher = new Batcher<IndexedDocument>(options.batchSize ?? 1000, 16 * 1024 * 1024);
	const send = async (batch: IndexedDocument[]) => {
		if (!options.dryRun) await writer.addDocuments(target, batch);
		summary.indexed += batch.length;
	};
	try {
		const onSkip = (origin: string, reason: string) => summary.skipped.push({ origin, reason });
		for await (const raw of readSources(options.paths, { map: options.map, onSkip })) {
			summary.read++;
			const article = toArticle(raw);
			if (!article.body && !article.title) {
				summary.skipped.push({ origin: raw.origin, reason: 'no text after removing boilerplate' });
				continue;
			}
			const doc = buildDocument(article);
			const ready = batcher.push(doc, doc.body.length * 3 + doc.body_terms.length);
			if (ready) await send(ready);
		}
		await send(batcher.drain());
		if (options.rebuild && !options.dryRun) await writer.swapIn(target);
	} catch (error) {
		// A failed rebuild leaves the live index untouched; drop the half-built one.
		if (options.rebuild && !options.dryRun) await writer.client.deleteIndex(target).waitTask().catch(() => undefined);
		throw error;
	}
	summary.seconds = (performance.now() - started) / 1000;
	log(
		`indexed ${summary.indexed} of ${summary.read} articles into "${ARTICLES_INDEX}" in ${summary.seconds.toFixed(1)} s` +
			(summary.skipped.length ? `; skipped ${summary.skipped.length}:` : '')
	);
	for (const s of summary.skipped) log(`  skipped ${s.origin}: ${s.reason}`);
	return summary;
}
