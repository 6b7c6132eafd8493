/**
 * Merges the annotators' files into bench/gold/facets.jsonl: one line per sample article, in
 * sample.jsonl's order, with its split. Checks every line against the annotation rules'
 * vocabulary (ISO codes, threat ids, actor types) and fails naming the file and line.
 * Usage: npx tsx bench/gold/merge.ts FILE.jsonl… > bench/gold/facets.jsonl
 */
import { readFileSync } from 'node:fs';
import { THREAT_IDS } from '../../src/lib/knowledge/types';

const ACTOR_TYPES = new Set(['person', 'group', 'agency', 'company', 'international-org', 'organization']);
const THREATS = new Set<string>(THREAT_IDS);

interface Line {
	id: string;
	lang: string;
	countries: string[];
	threats: string[];
	actors: Array<{ label_en: string; type: string; surface: string[] }>;
	notes?: string;
}

const sample = readFileSync('bench/gold/sample.jsonl', 'utf8')
	.split('\n')
	.filter((l) => l.trim())
	.map((l) => JSON.parse(l) as { id: string; lang: string; pool: string; split: string });
const inSample = new Set(sample.map((s) => s.id));

const gold = new Map<string, Line>();
for (const file of process.argv.slice(2)) {
	readFileSync(file, 'utf8')
		.split('\n')
		.forEach((text, i) => {
			if (!text.trim()) return;
			const at = `${file}:${i + 1}`;
			const g = JSON.parse(text) as Line;
			if (!inSample.has(g.id)) throw new Error(`${at}: ${g.id} is not in sample.jsonl`);
			if (gold.has(g.id)) throw new Error(`${at}: ${g.id} annotated twice`);
			for (const c of g.countries)
				if (!/^[A-Z]{2}$/.test(c)) throw new Error(`${at}: country "${c}" is not ISO alpha-2`);
			for (const t of g.threats) if (!THREATS.has(t)) throw new Error(`${at}: unknown threat "${t}"`);
			for (const a of g.actors) {
				if (!ACTOR_TYPES.has(a.type)) throw new Error(`${at}: actor "${a.label_en}" has unknown type "${a.type}"`);
				if (!a.label_en || !Array.isArray(a.surface)) throw new Error(`${at}: actor needs label_en and surface[]`);
			}
			gold.set(g.id, g);
		});
}
const missing = sample.filter((s) => !gold.has(s.id)).map((s) => s.id);
if (missing.length) throw new Error(`not annotated yet: ${missing.length} (${missing.slice(0, 3).join(', ')}…)`);
for (const s of sample) {
	const g = gold.get(s.id)!;
	const line = {
		id: s.id,
		lang: s.lang,
		pool: s.pool,
		split: s.split,
		countries: g.countries,
		threats: g.threats,
		actors: g.actors,
		...(g.notes ? { notes: g.notes } : {})
	};
	console.log(JSON.stringify(line));
}
