/**
 * Micro-F1 of `marsad extract` output against gold facets.
 * Usage: npx tsx bench/facet-eval.ts [GOLD.jsonl] [FILES…]
 * Defaults: /work/shared/eval/dev-facets.jsonl (or $MARSAD_SHARED/eval/…) and seeds/*.txt.
 * Actors are compared by English label (case-insensitive), countries by ISO code, threats by id.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractRecord } from '../indexer/commands/extract';

interface Gold {
	id: string;
	countries: string[];
	threats: string[];
	actors: Array<{ label_en: string; type: string }>;
}

interface Tally {
	tp: number;
	fp: number;
	fn: number;
}

function score(t: Tally): { p: number; r: number; f1: number } {
	const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
	const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
	return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function compare(t: Tally, gold: string[], got: string[], id: string, field: string, verbose: boolean): void {
	const g = new Set(gold);
	const o = new Set(got);
	for (const x of o) {
		if (g.has(x)) t.tp++;
		else {
			t.fp++;
			if (verbose) console.log(`  ${id} ${field} extra: ${x}`);
		}
	}
	for (const x of g) {
		if (!o.has(x)) {
			t.fn++;
			if (verbose) console.log(`  ${id} ${field} missing: ${x}`);
		}
	}
}

const shared = process.env.MARSAD_SHARED ?? '/work/shared';
const args = process.argv.slice(2);
const goldPath = args.find((a) => a.endsWith('.jsonl')) ?? join(shared, 'eval/dev-facets.jsonl');
let files = args.filter((a) => a.endsWith('.txt'));
if (files.length === 0)
	files = readdirSync('seeds')
		.filter((f) => f.endsWith('.txt'))
		.map((f) => join('seeds', f));

const gold = new Map<string, Gold>();
for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
	if (line.trim()) {
		const g = JSON.parse(line) as Gold;
		gold.set(g.id, g);
	}
}

const tallies: Record<'countries' | 'threats' | 'actors', Tally> = {
	countries: { tp: 0, fp: 0, fn: 0 },
	threats: { tp: 0, fp: 0, fn: 0 },
	actors: { tp: 0, fp: 0, fn: 0 }
};
for (const file of files) {
	const id =
		file
			.split('/')
			.pop()
			?.replace(/\.txt$/, '') ?? file;
	const g = gold.get(id);
	if (!g) continue;
	const rec = extractRecord(id, readFileSync(file, 'utf8'));
	compare(tallies.countries, g.countries, rec.countries, id, 'country', true);
	compare(tallies.threats, g.threats, rec.threats, id, 'threat', true);
	compare(
		tallies.actors,
		g.actors.map((a) => a.label_en.toLowerCase()),
		rec.actors.map((a) => a.label_en.toLowerCase()),
		id,
		'actor',
		true
	);
}
for (const [name, t] of Object.entries(tallies)) {
	const s = score(t);
	console.log(
		`${name.padEnd(10)} P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} F1=${s.f1.toFixed(3)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`
	);
}
