/**
 * Draws the real-article facet gold sample from the shared corpus, reproducibly (fixed seed).
 * Per language: 25 articles at random from the whole corpus (false positives on ordinary news)
 * and 50 at random from the security subset. Every fifth drawn article is `heldout`: kept aside,
 * looked at only at the end. Writes the ids (no article text: the corpus is never copied).
 * Usage: npx tsx bench/gold/sample.ts > bench/gold/sample.jsonl
 */
import { join } from 'node:path';
import { CORPUS_DIR, corpusRecords } from '../lib/corpus';
import { seededRandom } from '../../indexer/eval/seeded-random';

const SEED = 20261202;
const RANDOM_PER_LANG = 25;
const SECURITY_PER_LANG = 50;

async function ids(file: string): Promise<string[]> {
	const out: string[] = [];
	for await (const r of corpusRecords([join(CORPUS_DIR, file)])) out.push(r.id);
	return out;
}

function draw(pool: string[], n: number, rand: () => number, taken: Set<string>): string[] {
	const picked: string[] = [];
	while (picked.length < n) {
		const id = pool[Math.floor(rand() * pool.length)] as string;
		if (!taken.has(id)) {
			taken.add(id);
			picked.push(id);
		}
	}
	return picked;
}

const rand = seededRandom(SEED);
let n = 0;
for (const lang of ['ar', 'fr'] as const) {
	const taken = new Set<string>();
	const random = draw(await ids(`news-${lang}.jsonl.gz`), RANDOM_PER_LANG, rand, taken);
	const security = draw(await ids(`security-${lang}.jsonl.gz`), SECURITY_PER_LANG, rand, taken);
	for (const [pool, list] of [
		['random', random],
		['security', security]
	] as const) {
		for (const id of list) {
			const split = n++ % 5 === 4 ? 'heldout' : 'dev';
			console.log(JSON.stringify({ id, lang, pool, split }));
		}
	}
}
