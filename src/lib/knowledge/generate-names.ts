/**
 * Writes names.generated.json: person-name tokens in Latin and Arabic script, one best Arabic
 * spelling per Latin token and one best Latin spelling per Arabic token (by count), from the
 * CC0 Wikidata English–Arabic person-name list in ../shared/names (Merhav & Ash, COLING 2018;
 * see names.LICENSE.txt). Tokens seen once are kept only when both sides have ≥ 4 letters.
 * Run: npx tsx src/lib/knowledge/generate-names.ts [path/to/wikidata-en-ar-person-names.tsv.gz]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { normalizeSurface } from '../facets/match-entities';

const SRC = process.argv[2] ?? new URL('../../../../shared/names/wikidata-en-ar-person-names.tsv.gz', import.meta.url);

export function buildNameTable(tsv: string): { pairs: string[] } {
	const best = new Map<string, { ar: string; n: number }>();
	for (const line of tsv.split('\n')) {
		const [en, arLetters, count] = line.split('\t');
		if (!en || !arLetters || !count) continue;
		const n = Number(count);
		const ar = normalizeSurface(arLetters.replace(/ /g, ''));
		const latin = en.toLowerCase();
		if (!/^[a-z][a-z'-]*$/.test(latin) || !/^[\u0621-\u064A]+$/u.test(ar)) continue;
		if (n < 2 && (latin.length < 4 || ar.length < 4)) continue;
		const b = best.get(latin);
		if (!b || n > b.n) best.set(latin, { ar, n });
	}
	const pairs = [...best.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([en, { ar, n }]) => `${en}\t${ar}\t${n}`);
	return { pairs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const table = buildNameTable(gunzipSync(readFileSync(SRC)).toString('utf8'));
	writeFileSync(new URL('./names.generated.json', import.meta.url), JSON.stringify(table, null, 0) + '\n');
	console.log(`names.generated.json: ${table.pairs.length} Latin tokens`);
}
