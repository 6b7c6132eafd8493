/**
 * Scores Marsad and a plain Meilisearch on the judged topical set: nDCG@10 and P@10 per language
 * of the query and overall, how many top-10 results nobody judged, and for how many queries both
 * languages have a relevant article in the top 10.
 * Usage: npx tsx bench/topical/score.ts --ours URL --plain URL --plain-key KEY [--split dev|heldout|all]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseJudgements, parseTopicalQueries, scoreGraded, type GradedScore } from '../../indexer/eval/graded';
import { mean } from '../../indexer/eval/metrics';
import { oursTop, plainTop, type Systems } from './systems';

const HERE = import.meta.dirname;
const { values } = parseArgs({
	options: {
		ours: { type: 'string' },
		plain: { type: 'string' },
		'plain-key': { type: 'string', default: '' },
		split: { type: 'string', default: 'dev' }
	}
});
const systems: Systems = { ours: values.ours, plain: values.plain, plainKey: values['plain-key'], k: 10 };
const queries = parseTopicalQueries(readFileSync(join(HERE, 'queries.tsv'), 'utf8'), 'queries.tsv').filter(
	(q) => values.split === 'all' || q.split === values.split
);
const judged = parseJudgements(readFileSync(join(HERE, 'judgements.tsv'), 'utf8'), 'judgements.tsv');
// Article ids say their language: ANT ids are Arabic, OrangeSum ids French.
const langOf = (id: string) => (id.startsWith('ant-') ? 'ar' : id.startsWith('orangesum-') ? 'fr' : undefined);

const rows: { lang: string; system: string; s: GradedScore }[] = [];
for (const q of queries) {
	const j = judged.get(q.qid);
	if (!j) continue;
	for (const [system, top] of [
		['marsad', oursTop],
		['plain', plainTop]
	] as const) {
		const s = scoreGraded(await top(systems, q.q), j, 10, langOf);
		rows.push({ lang: q.lang, system, s });
		console.log(
			`${q.qid}\t${system}\tnDCG ${s.ndcg.toFixed(3)}\tP ${s.precision.toFixed(2)}\tunjudged ${s.unjudged}\t${s.relevantLangs.join('+')}`
		);
	}
}
console.log('\nsystem\tlang\tqueries\tnDCG@10\tP@10\tunjudged@10\tboth languages relevant in top 10');
for (const system of ['marsad', 'plain']) {
	for (const lang of ['ar', 'fr', 'en', 'all']) {
		const r = rows.filter((x) => x.system === system && (lang === 'all' || x.lang === lang)).map((x) => x.s);
		if (!r.length) continue;
		console.log(
			`${system}\t${lang}\t${r.length}\t${mean(r.map((s) => s.ndcg)).toFixed(3)}\t${mean(r.map((s) => s.precision)).toFixed(3)}\t${r.reduce((a, s) => a + s.unjudged, 0)}\t${r.filter((s) => s.relevantLangs.length === 2).length}`
		);
	}
}
