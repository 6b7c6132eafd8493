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

	const seeds = await seedIndex();
	const app = await appFor(seeds, { MARSAD_RATE_LIMIT: 'off' });
	log(`facets: npm run -s marsad -- eval ${DEV_QUERIES} --url ${app.url}`);
	const evalOut = run('npm', ['run', '-s', 'marsad', '--', 'eval', DEV_QUERIES, '--url', app.url]);
	const summary = evalOut.split('\n').find((l) => l.startsWith('queries:')) ?? '(no summary line)';
	const misses = evalOut.split('\n').filter((l) => l.startsWith('MISS'));

	const body = [
		'### Facet extraction (seeds vs gold)',
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
