import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../lib/app';
import { appFor, seedIndex } from '../lib/indexes';
import { log } from '../lib/processes';
import { type Section } from '../lib/report';

/** Facet extraction quality (bench/facet-eval.ts) and search quality (marsad eval) on the seeds. */

const SHARED = process.env.MARSAD_SHARED ?? '/work/shared';
const GOLD = join(SHARED, 'eval', 'dev-facets.jsonl');
const DEV_QUERIES = join(SHARED, 'eval', 'dev-queries.tsv');

function run(cmd: string, args: string[]): string {
	return execFileSync(cmd, args, {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 16 * 1024 * 1024
	});
}

export async function facetsPart(): Promise<Section> {
	log('facets: npx tsx bench/facet-eval.ts');
	const facetOut = run('npx', ['tsx', 'bench/facet-eval.ts']);
	const figures = facetOut.split('\n').filter((l) => /P=.*R=.*F1=/.test(l));
	const real = (split: 'dev' | 'heldout'): string[] => {
		log(`facets: npx tsx bench/facet-eval.ts --real --split ${split}`);
		return run('npx', ['tsx', 'bench/facet-eval.ts', '--real', '--split', split])
			.split('\n')
			.filter((l) => l.trim() !== '');
	};
	const dev = real('dev');
	const heldout = real('heldout');

	const seeds = await seedIndex();
	const app = await appFor(seeds, { MARSAD_RATE_LIMIT: 'off' });
	log(`facets: npm run -s marsad -- eval ${DEV_QUERIES} --url ${app.url}`);
	const evalOut = run('npm', ['run', '-s', 'marsad', '--', 'eval', DEV_QUERIES, '--url', app.url]);
	const summary = evalOut.split('\n').find((l) => l.startsWith('queries:')) ?? '(no summary line)';
	const misses = evalOut.split('\n').filter((l) => l.startsWith('MISS'));

	const body = [
		'### Facet extraction on real articles (bench/gold)',
		'',
		'Command: `npx tsx bench/facet-eval.ts --real --split dev|heldout` — gold `bench/gold/facets.jsonl` (150 corpus articles annotated by reading, rules in `bench/gold/GUIDELINE.md`: 75 ar / 75 fr, a third drawn from the whole corpus, a fifth held out). Micro-averaged; actors match by English label or by a surface form of the gold; gold `organization` actors are scored apart. Per actor type, a match of the wrong type counts against both types.',
		'',
		'Development split (120 articles; rules were tuned on it):',
		'',
		'```',
		...dev,
		'```',
		'',
		'Held-out split (30 articles; looked at once, at the end):',
		'',
		'```',
		...heldout,
		'```',
		'',
		'### Facet extraction (seeds vs gold, regression set)',
		'',
		`Command: \`npx tsx bench/facet-eval.ts\` (gold \`${GOLD}\`, files \`seeds/*.txt\`; micro-averaged over the seed articles).`,
		'',
		'```',
		...(figures.length ? figures : facetOut.trim().split('\n').slice(-6)),
		'```',
		'',
		'### Search quality (dev queries on the seed index)',
		'',
		`Command: \`npm run -s marsad -- eval ${DEV_QUERIES} --url <app url>\`, against \`node build\` serving a fresh embedded Meilisearch with the ${seeds.documents} seed articles indexed by \`marsad index --rebuild seeds\`.`,
		'',
		'```',
		summary,
		...misses,
		'```'
	].join('\n');
	return { title: 'Facets and search quality (development sets)', command: 'npm run bench -- facets', body };
}
