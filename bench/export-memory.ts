/**
 * Peak RSS of the app during 8 parallel CSV exports of N (default 30) documents of 2 MiB each,
 * on a throw-away embedded Meilisearch. By hand: `npx tsx bench/export-memory.ts` (N=… to vary).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexArticles } from '../indexer/index-articles';
import { startAppServer } from '../tests/support/app-server';
import { startTestMeili } from '../tests/integration/support/test-meili';
import { syntheticWords } from '../tests/support/synthetic-words';

const N = Number(process.env.N ?? 30);
const meili = await startTestMeili();
const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
writeFileSync(
	join(dir, 'big.jsonl'),
	Array.from({ length: N }, (_, i) =>
		JSON.stringify({ id: `b${i}`, title: `t${i}`, body: syntheticWords(i + 1, 2 * 1024 * 1024 - 100), lang: 'fr' })
	).join('\n') + '\n'
);
await indexArticles({ paths: [dir], writer: meili.writer, log: () => {} });
const app = await startAppServer(meili.server.url, await meili.writer.ensureSearchKey());
const rss = () => /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${app.process.pid}/status`, 'utf8'))?.[1];
console.log('before', rss(), 'kB');
const t0 = Date.now();
const results = await Promise.all(
	Array.from({ length: 8 }, async () => {
		const res = await fetch(`${app.url}/api/export?format=csv`);
		return [res.status, (await res.arrayBuffer()).byteLength];
	})
);
console.log(JSON.stringify(results), 'peak', rss(), 'kB', Date.now() - t0, 'ms');
await app.stop();
await meili.close();
rmSync(dir, { recursive: true, force: true });
