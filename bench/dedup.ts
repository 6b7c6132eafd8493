/**
 * Duplicate stories in the shared corpus: exact and near copies, time and memory of the
 * detection. `npx tsx bench/dedup.ts [files…]` (default: news-ar + news-fr). Figures in docs/dedup.md.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { analyzeText } from '../src/lib/analysis/index';
import { toArticle } from '../indexer/pipeline/to-article';
import { fingerprintOf, type Fingerprint } from '../indexer/dedup/fingerprint';
import { StoryIndex } from '../indexer/dedup/story-index';

const dir = process.env.MARSAD_CORPUS ?? '/work/shared/corpus';
const files = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['news-ar.jsonl.gz', 'news-fr.jsonl.gz'].map((f) => join(dir, f));

interface Rec {
	id: string;
	lang: 'ar' | 'fr';
	title: string;
	body: string;
	date: string | null;
	source: string;
	url: string | null;
}

async function* records(): AsyncGenerator<Rec> {
	for (const file of files) {
		const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
		for await (const line of lines) if (line.trim()) yield JSON.parse(line) as Rec;
	}
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const stories = new StoryIndex();
/** Lower threshold to see how the count moves around 0.8: best similarity of every new document. */
const loose = new StoryIndex(0.6);
const bestLoose: number[] = [];
const info = new Map<string, { title: string; source: string; date: string | null; lang: string }>();
const pairs: { a: string; b: string; kind: string; sim: number }[] = [];
const counts = {
	docs: 0,
	exact: 0,
	near: 0,
	sameSource: 0,
	crossLang: 0,
	byLang: { ar: { exact: 0, near: 0 }, fr: { exact: 0, near: 0 } }
};
let analyse = 0;
let fingerprint = 0;
let link = 0;
let noSignature = 0;
global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
for await (const rec of records()) {
	const article = toArticle({ ...rec, origin: rec.id });
	let t = performance.now();
	const tokens = analyzeText(article.body, article.lang);
	const titleTokens = analyzeText(article.title, article.lang);
	analyse += performance.now() - t;
	t = performance.now();
	const fp: Fingerprint | null = fingerprintOf(tokens, titleTokens);
	fingerprint += performance.now() - t;
	if (!fp?.signature) noSignature++;
	t = performance.now();
	const s = stories.add(rec.id, fp);
	link += performance.now() - t;
	const l = loose.add(rec.id, fp);
	bestLoose.push(l.similarity);
	counts.docs++;
	info.set(rec.id, { title: rec.title, source: rec.source, date: rec.date, lang: rec.lang });
	if (s.kind === 'exact' || s.kind === 'near') {
		counts[s.kind]++;
		counts.byLang[rec.lang][s.kind]++;
		const c = info.get(s.storyId)!;
		if (c.source === rec.source) counts.sameSource++;
		pairs.push({ a: s.storyId, b: rec.id, kind: s.kind, sim: s.similarity });
	}
}
global.gc?.();
const heap1 = process.memoryUsage().heapUsed;
const per10k = (ms: number) => (((ms / counts.docs) * 10_000) / 1000).toFixed(2);
console.log(`documents ${counts.docs}; bodies too short for near matching: ${noSignature}`);
console.log(
	`exact copies ${counts.exact}, near copies ${counts.near} (ar ${JSON.stringify(counts.byLang.ar)}, fr ${JSON.stringify(counts.byLang.fr)}); same source as canonical: ${counts.sameSource}`
);
const storySizes = new Map<string, number>();
for (const p of pairs) storySizes.set(p.a, (storySizes.get(p.a) ?? 1) + 1);
const hist: Record<number, number> = {};
for (const n of storySizes.values()) hist[n] = (hist[n] ?? 0) + 1;
console.log(`stories with copies ${storySizes.size}; by size ${JSON.stringify(hist)}`);
for (const t of [0.6, 0.7, 0.8, 0.9, 1])
	console.log(`  best estimated similarity ≥ ${t}: ${bestLoose.filter((s) => s >= t).length}`);
console.log(
	`time per 10k documents: analysis ${per10k(analyse)} s (already paid by the indexer), fingerprint ${per10k(fingerprint)} s, story linking ${per10k(link)} s`
);
console.log(
	`memory: StoryIndex typed arrays ${mb(stories.typedBytes)} MB; heap growth ${mb(heap1 - heap0)} MB for ${counts.docs} docs (two StoryIndexes + bench bookkeeping; run with --expose-gc)`
);
const sample = (kind: string, lo: number, hi: number) =>
	pairs.filter((p) => p.kind === kind && p.sim >= lo && p.sim < hi).slice(0, 6);
for (const [lo, hi] of [
	[0.8, 0.85],
	[0.85, 0.95],
	[0.95, 1.01]
] as const) {
	console.log(`\nnear, similarity ${lo}–${hi}:`);
	for (const p of sample('near', lo, hi)) {
		const a = info.get(p.a)!;
		const b = info.get(p.b)!;
		console.log(
			`  ${p.sim.toFixed(2)} ${p.a} [${a.source} ${a.date}] ${a.title.slice(0, 60)}\n       ${p.b} [${b.source} ${b.date}] ${b.title.slice(0, 60)}`
		);
	}
}
console.log('\nexact:');
for (const p of sample('exact', 0, 2)) {
	const a = info.get(p.a)!;
	const b = info.get(p.b)!;
	console.log(
		`  ${p.a} [${a.source} ${a.date}] ${a.title.slice(0, 60)}\n       ${p.b} [${b.source} ${b.date}] ${b.title.slice(0, 60)}`
	);
}
