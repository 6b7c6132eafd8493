/**
 * npm run bench [-- part…] — runs the benchmark parts (all by default, in this order) and
 * writes each one's section of docs/benchmarks.md. Parts: analysis, index, search, load, shards, frontend, facets, watch.
 * Everything started here (Meilisearch instances, app servers, temp dirs) is stopped and removed
 * at the end, on error and on Ctrl-C.
 */
import { join } from 'node:path';
import { ROOT } from './lib/app';
import { cleanupAll, log } from './lib/processes';
import { PART_ORDER, writeSection, type PartName, type Section } from './lib/report';
import { analysisPart } from './parts/analysis';
import { indexPart } from './parts/index';
import { searchPart } from './parts/search';
import { loadPart } from './parts/load';
import { shardsPart } from './parts/shards';
import { frontendPart } from './parts/frontend';
import { facetsPart } from './parts/facets';
import { watchPart } from './parts/watch';

const PARTS: Record<PartName, () => Promise<Section>> = {
	analysis: analysisPart,
	index: indexPart,
	search: searchPart,
	load: loadPart,
	shards: shardsPart,
	frontend: frontendPart,
	facets: facetsPart,
	watch: watchPart
};

const OUTPUT = join(ROOT, 'docs', 'benchmarks.md');

async function main(): Promise<number> {
	const asked = process.argv.slice(2).filter((a) => a !== '--');
	const unknown = asked.filter((a) => !(PART_ORDER as readonly string[]).includes(a));
	if (unknown.length) {
		process.stderr.write(
			`unknown part(s): ${unknown.join(', ')}\nusage: npm run bench [-- ${PART_ORDER.join('|')} …]\n`
		);
		return 2;
	}
	const parts = asked.length ? PART_ORDER.filter((p) => asked.includes(p)) : [...PART_ORDER];
	const whole = asked.length === 0;
	const started = performance.now();
	for (const part of parts) {
		const t0 = performance.now();
		log(`part ${part}`);
		const section = await PARTS[part]();
		const seconds = (performance.now() - t0) / 1000;
		section.body += `\n\n_Part run time: ${seconds.toFixed(0)} s${whole ? ' (within `npm run bench`, reusing indexes and apps started by earlier parts)' : ''}._`;
		if (whole) section.command = `npm run bench (part ${part}; alone: ${section.command})`;
		writeSection(OUTPUT, part, section);
		log(`part ${part} done in ${seconds.toFixed(0)} s → ${OUTPUT}`);
	}
	log(`all done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
	return 0;
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		log(`${signal}: stopping everything the bench started`);
		void cleanupAll().finally(() => process.exit(130));
	});
}

void main()
	.catch((error: unknown) => {
		process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		return 1;
	})
	.then(async (code) => {
		await cleanupAll();
		process.exit(code);
	});
