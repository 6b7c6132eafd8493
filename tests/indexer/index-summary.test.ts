import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexArticles, SKIPS_LISTED_PER_REASON } from '../../indexer/index-articles';
import type { ArticleWriter } from '../../indexer/meili/article-writer';

/** A writer for dry runs: nothing stored, nothing sent. */
const emptyWriter = { contentHashes: async () => new Map<string, string>() } as unknown as ArticleWriter<unknown>;

describe('run summary of a run with very many skips', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'marsad-summary-'));
		// 200k records without a body, beside one valid record.
		const lines = Array.from({ length: 200_000 }, (_, i) => `{"id":"r${i}","title":"t"}`);
		lines.push(
			'{"id":"ok","title":"Cyberattaque à Quimper","body":"Les services de la mairie sont paralysés depuis lundi."}'
		);
		writeFileSync(join(dir, 'bodiless.jsonl.gz'), gzipSync(lines.join('\n')));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('counts every skip, lists the first ones only, and prints counts per reason', async () => {
		const log: string[] = [];
		const summary = await indexArticles({ paths: [dir], writer: emptyWriter, dryRun: true, log: (l) => log.push(l) });
		expect(summary.added).toBe(1);
		expect(summary.skipCount).toBe(200_000);
		expect(summary.skipped).toHaveLength(SKIPS_LISTED_PER_REASON);
		expect(log.find((l) => l.includes('read 1, added 1'))).toContain('skipped 200000');
		expect(log.filter((l) => l.startsWith('  skipped '))).toHaveLength(5);
		expect(log).toContain('  … and 199995 more like it');
	}, 60_000);
});
