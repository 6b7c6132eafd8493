import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MarsadError } from '../../src/lib/server/marsad-error';
import { mean, scoreQuery } from '../eval/metrics';
import { parseQueryFile } from '../eval/query-file';
import { runKnownItems } from '../eval/known-item-eval';

/**
 * marsad eval FILE.tsv [--url http://127.0.0.1:3000] — figures on stdout, exit 0 always.
 * marsad eval --known-items [--split dev|heldout] [--plain MEILI_URL --plain-key KEY] — the
 * generated known-item and relaxation sets on the corpus, next to a plain Meilisearch index "raw".
 */
export async function runEval(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		options: {
			url: { type: 'string', default: process.env.MARSAD_URL ?? 'http://127.0.0.1:3000' },
			'known-items': { type: 'boolean', default: false },
			split: { type: 'string', default: 'dev' },
			plain: { type: 'string' },
			'plain-key': { type: 'string', default: process.env.MEILI_MASTER_KEY }
		},
		allowPositionals: true
	});
	if (values['known-items']) {
		const split = values.split === 'heldout' ? 'heldout' : 'dev';
		return runKnownItems(values.url, split, values.plain, values['plain-key']);
	}
	const file = positionals[0];
	if (!file) throw new MarsadError('eval: give a query file, e.g. marsad eval ../shared/eval/dev-queries.tsv');
	const text = await readFile(file, 'utf8').catch((cause: unknown) => {
		throw new MarsadError(`eval: cannot read ${file}: ${(cause as Error).message}`, { cause });
	});
	const queries = parseQueryFile(text, file);
	const scores = [];
	for (const query of queries) {
		const params = new URLSearchParams();
		if (query.q) params.set('q', query.q);
		for (const [k, v] of query.filters) params.append(k, v);
		let ids: string[] = [];
		try {
			const res = await fetch(`${values.url}/api/search?${params}`);
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			const body = (await res.json()) as { hits: { id: string }[] };
			ids = body.hits.map((h) => h.id);
		} catch (cause) {
			throw new MarsadError(
				`eval: ${values.url}/api/search did not answer (${(cause as Error).message}): is "npm start" running?`,
				{ cause }
			);
		}
		const score = scoreQuery(ids, query.relevant);
		scores.push(score);
		const label = [query.q || '-', ...query.filters.map(([k, v]) => `${k}=${v}`)].join(' ');
		const ranks = query.relevant.map((id, i) => `${id}@${score.ranks[i] ?? '-'}`).join(' ');
		const extra = score.extra.length ? `  extra: ${score.extra.join(',')}` : '';
		process.stdout.write(`${score.recallAt10 === 1 ? 'ok  ' : 'MISS'}  ${label}\t${ranks}${extra}\n`);
	}
	const withExtra = scores.filter((s) => s.extra.length > 0).length;
	process.stdout.write(
		`\nqueries: ${scores.length}  recall@10: ${mean(scores.map((s) => s.recallAt10)).toFixed(3)}  MRR: ${mean(scores.map((s) => s.reciprocalRank)).toFixed(3)}  P@5: ${mean(scores.map((s) => s.precisionAt5)).toFixed(3)}  queries returning non-relevant ids: ${withExtra}\n`
	);
	return 0;
}
