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

/** Deterministic words, different per document (none is a near copy of another). */
function words(seed: number, chars: number): string {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return (t ^ (t >>> 14)) >>> 0;
	};
	const syl = ['ra', 'mo', 'ki', 'sel', 'tur', 'na', 'vo', 'pel', 'da', 'ghi', 'lu', 'ces', 'bri', 'om'];
	const out: string[] = [];
	let n = 0;
	while (n < chars) {
		let w = '';
		for (let s = 0; s < 3; s++) w += syl[next() % syl.length];
		out.push(w);
		n += w.length + 1;
	}
	return out.join(' ');
}
const N = Number(process.env.N ?? 30);
const meili = await startTestMeili();
const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
writeFileSync(
	join(dir, 'big.jsonl'),
	Array.from({ length: N }, (_, i) =>
		JSON.stringify({ id: `b${i}`, title: `t${i}`, body: words(i + 1, 2 * 1024 * 1024 - 100), lang: 'fr' })
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
