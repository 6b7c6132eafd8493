/**
 * Draws the sample of linked names whose precision is judged by reading (bench/names/README.md):
 * 50 Latin ↔ Arabic links the search synonyms use (name table, after the search filters), and 50
 * Arabic person names the recogniser links to a Latin id on real Arabic corpus articles.
 *
 *   npx tsx bench/names/linking-sample.ts > bench/names/linking-sample.tsv   (then judge column 5)
 *
 * Deterministic: a fixed seed, the corpus in file order, every 40th Arabic article.
 */
import { analyzeQuery } from '../../src/lib/analysis/index';
import { extractFacets, defaultKb } from '../../src/lib/facets/index';
import { tableNameLinks } from '../../src/lib/facets/name-links';
import { commonWords, namePairs } from '../../src/lib/knowledge/names';
import { toArticle } from '../../indexer/pipeline/to-article';
import { corpusRecords, CORPUS_FILES } from '../lib/corpus';

const PER_SOURCE = 50;

/** Mulberry32: a small seeded generator, so the sample can be drawn again. */
function rng(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
	for (let i = xs.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[xs[i], xs[j]] = [xs[j]!, xs[i]!];
	}
	return xs;
}

const rand = rng(13);
const common = commonWords().all;
const links = shuffle(
	tableNameLinks(namePairs(), analyzeQuery, (t) => common.has(t)),
	rand
).slice(0, PER_SOURCE);
const rows: string[] = ['source\tarabic\tlatin\tevidence\tcorrect'];
for (const l of links) rows.push(`table\t${l.ar}\t${l.latin}\t${l.weight} persons\t`);

const ckb = defaultKb();
const seen = new Map<string, { ar: string; latin: string; article: string }>();
let n = 0;
for await (const r of corpusRecords(CORPUS_FILES.filter((f) => f.endsWith('news-ar.jsonl.gz')))) {
	if (n++ % 40 !== 0) continue;
	const a = toArticle({ id: r.id, origin: r.id, title: r.title, body: r.body });
	const facets = extractFacets({ title: a.title, body: a.body, lang: a.lang }, ckb);
	for (const hit of facets.actors) {
		if (hit.type !== 'person' || ckb.byId.has(`actor:${hit.id}`)) continue;
		const ar = hit.mentions.find((m) => /[\u0600-\u06FF]/u.test(m.surface))?.surface;
		if (!ar || seen.has(hit.id)) continue;
		seen.set(hit.id, { ar, latin: hit.label ?? hit.id, article: r.id });
	}
	if (seen.size >= 400) break;
}
for (const p of shuffle([...seen.values()], rand).slice(0, PER_SOURCE))
	rows.push(`recogniser\t${p.ar}\t${p.latin}\t${p.article}\t`);
console.log(rows.join('\n'));
