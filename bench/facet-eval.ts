/**
 * Facet extraction against gold facets: P/R/F1 per facet, per actor type and per threat.
 *
 *   npx tsx bench/facet-eval.ts                       the five seeds (regression set)
 *   npx tsx bench/facet-eval.ts --real [--split dev|heldout] [--gold FILE…] [--errors]
 *
 * `--real` scores the real-article gold (default bench/gold/facets.jsonl; its ids are corpus
 * ids, read from the shared corpus through the same cleaning as the indexer). `--split` keeps
 * one split of bench/gold/sample.jsonl (dev while developing; heldout once, at the end).
 * Actors match by English label or by a surface form of the gold (see bench/lib/facet-score.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, extractRecord, type ExtractRecord } from '../indexer/commands/extract';
import { toArticle } from '../indexer/pipeline/to-article';
import { corpusRecords, CORPUS_FILES } from './lib/corpus';
import { formatReport, scoreAll, type GoldFacets, type PredictedFacets } from './lib/facet-score';

const shared = process.env.MARSAD_SHARED ?? '/work/shared';
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};

function readJsonl<T>(path: string): T[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l, i) => {
			try {
				return JSON.parse(l) as T;
			} catch (e) {
				throw new Error(`${path}:${i + 1}: not JSON (${(e as Error).message})`);
			}
		});
}

const predicted = (r: ExtractRecord): PredictedFacets => ({
	id: r.id,
	countries: r.countries,
	threats: r.threats,
	actors: r.actors.map((a) => ({ id: a.id, type: a.type, label_en: a.label_en, surfaces: a.surfaces }))
});

async function realPairs(): Promise<Array<{ gold: GoldFacets; got: PredictedFacets }>> {
	const goldFiles = args.flatMap((a, i) => (args[i - 1] === '--gold' ? [a] : []));
	const files = goldFiles.length ? goldFiles : ['bench/gold/facets.jsonl'];
	const split = option('--split');
	const lang = option('--lang');
	const sample = new Map(
		readJsonl<{ id: string; split: string; lang: string }>('bench/gold/sample.jsonl').map((s) => [s.id, s])
	);
	const gold = new Map<string, GoldFacets>();
	for (const f of files) {
		for (const g of readJsonl<GoldFacets>(f)) {
			const s = sample.get(g.id);
			if (!s) throw new Error(`${f}: ${g.id} is not in bench/gold/sample.jsonl`);
			if (split && s.split !== split) continue;
			if (lang && s.lang !== lang) continue;
			gold.set(g.id, g);
		}
	}
	const pairs: Array<{ gold: GoldFacets; got: PredictedFacets }> = [];
	for await (const r of corpusRecords(CORPUS_FILES)) {
		const g = gold.get(r.id);
		if (!g) continue;
		const raw = {
			id: r.id,
			origin: r.id,
			title: r.title,
			body: r.body,
			date: r.date,
			source: r.source,
			url: r.url,
			lang: r.lang
		};
		pairs.push({ gold: g, got: predicted(extractArticle(toArticle(raw))) });
	}
	const missing = [...gold.keys()].filter((id) => !pairs.some((p) => p.gold.id === id));
	if (missing.length) throw new Error(`gold ids not in the corpus: ${missing.join(', ')}`);
	return pairs;
}

function seedPairs(): Array<{ gold: GoldFacets; got: PredictedFacets }> {
	const gold = new Map(readJsonl<GoldFacets>(join(shared, 'eval/dev-facets.jsonl')).map((g) => [g.id, g]));
	return readdirSync('seeds')
		.filter((f) => f.endsWith('.txt'))
		.flatMap((f) => {
			const id = f.replace(/\.txt$/, '');
			const g = gold.get(id);
			return g ? [{ gold: g, got: predicted(extractRecord(id, readFileSync(join('seeds', f), 'utf8'))) }] : [];
		});
}

const pairs = flag('--real') ? await realPairs() : seedPairs();
const report = scoreAll(pairs);
console.log(`articles: ${report.articles}`);
for (const line of formatReport(report)) console.log(line);
if (flag('--errors')) for (const e of report.errors) console.log(`  ${e.id} ${e.field} ${e.kind}: ${e.value}`);
