import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../indexer/sources/read-sources';

const CORPUS = '/work/shared/corpus';

/** Reads a corpus file through readSources, holding nothing: counts, unique ids, peak heap growth. */
async function scan(path: string) {
	const ids = new Set<string>();
	const skipped: string[] = [];
	const base = process.memoryUsage().heapUsed;
	let peak = 0;
	let count = 0;
	let lastOrigin = '';
	for await (const article of readSources([path], {
		onSkip: (origin, reason) => skipped.push(`${origin}: ${reason}`)
	})) {
		count++;
		ids.add(article.id);
		lastOrigin = article.origin;
		if (count % 250 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - base);
	}
	return { count, ids: ids.size, skipped, peakMiB: peak / (1024 * 1024), lastOrigin };
}

describe('the shared corpora through readSources', () => {
	const securityFr = `${CORPUS}/security-fr.jsonl.gz`;
	it.skipIf(!existsSync(securityFr))('reads all 2,285 French security articles', async () => {
		const result = await scan(securityFr);
		expect(result.skipped).toEqual([]);
		expect(result.count).toBe(2285);
		expect(result.ids).toBe(2285);
		expect(result.lastOrigin).toBe(`${securityFr}:2285`);
		expect(result.peakMiB).toBeLessThan(64);
	});

	// 108 MB of JSON once unpacked: holding it would cost well over the bound checked here.
	const newsAr = `${CORPUS}/news-ar.jsonl.gz`;
	it.skipIf(!existsSync(newsAr))(
		'streams the 40,000 Arabic news articles in bounded memory',
		{ timeout: 60_000 },
		async () => {
			const result = await scan(newsAr);
			expect(result.skipped).toEqual([]);
			expect(result.count).toBe(39_999);
			expect(result.ids).toBe(39_999);
			expect(result.peakMiB).toBeLessThan(96);
		}
	);
});
