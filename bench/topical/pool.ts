/**
 * Pools the top k of Marsad and of a plain Meilisearch (raw corpus records, default settings) for
 * every topical query and writes what nobody has judged yet, with each article's title and lead,
 * for a judge to read (judgements go to bench/topical/judgements.tsv by hand).
 * Usage: npx tsx bench/topical/pool.ts --ours http://127.0.0.1:3000 --plain http://127.0.0.1:7711 \
 *          --plain-key KEY [--k 10] [--split dev|heldout|all] > /tmp/to-judge.txt
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseJudgements, parseTopicalQueries } from '../../indexer/eval/graded';
import { oursTop, plainTop, rawRecord, type Systems } from './systems';

const HERE = join(import.meta.dirname, '.');
const { values } = parseArgs({
	options: {
		ours: { type: 'string' },
		plain: { type: 'string' },
		'plain-key': { type: 'string', default: '' },
		k: { type: 'string', default: '10' },
		split: { type: 'string', default: 'all' }
	}
});
const k = Number(values.k);
const queries = parseTopicalQueries(readFileSync(join(HERE, 'queries.tsv'), 'utf8'), 'queries.tsv').filter(
	(q) => values.split === 'all' || q.split === values.split
);
const judgementsFile = join(HERE, 'judgements.tsv');
const judged = existsSync(judgementsFile)
	? parseJudgements(readFileSync(judgementsFile, 'utf8'), judgementsFile)
	: new Map<string, Map<string, number>>();

const systems: Systems = { ours: values.ours, plain: values.plain, plainKey: values['plain-key'], k };

let total = 0;
for (const query of queries) {
	const lists = await Promise.all([
		values.ours ? oursTop(systems, query.q) : [],
		values.plain ? plainTop(systems, query.q) : []
	]);
	const known = judged.get(query.qid) ?? new Map<string, number>();
	const pool = [...new Set(lists.flat())].filter((id) => !known.has(id)).sort();
	if (!pool.length) continue;
	console.log(`\n##### ${query.qid}\t${query.q}\tRELEVANT: ${query.narrative}`);
	for (const id of pool) {
		const a = await rawRecord(systems, id);
		const lead = a.body.replace(/\s+/g, ' ').slice(0, 700);
		console.log(`--- ${query.qid}\t${id}\t[${a.lang} ${a.source} ${a.date}]\n${a.title}\n${lead}`);
		total++;
	}
}
console.error(`${total} pairs to judge`);
