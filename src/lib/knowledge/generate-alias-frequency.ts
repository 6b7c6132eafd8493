/**
 * Writes alias-frequency.generated.json: document frequencies of every one-word alias of the
 * knowledge base in the shared news corpus (news-ar, news-fr; security-* marks the security
 * subset), after analysis, plus per-threat article counts and the most frequent terms. The
 * knowledge-base lint (tests/lib/knowledge/alias-lint.test.ts) reads it.
 * Usage: npx tsx src/lib/knowledge/generate-alias-frequency.ts   (MARSAD_CORPUS to point elsewhere; ~3 min)
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { FrequencyCounter, oneWordAliases, type FrequencyTable, type Lang } from '../facets/alias-frequency';
import { defaultKb } from '../facets/default-kb';
import { extractFacets } from '../facets/extract-facets';
import type { ThreatId } from './types';

const CORPUS = process.env.MARSAD_CORPUS ?? join(process.env.MARSAD_SHARED ?? '/work/shared', 'corpus');
const OUT = new URL('./alias-frequency.generated.json', import.meta.url);
const TOP_TERMS = 2000;

async function* records(file: string): AsyncGenerator<{ id: string; title: string; body: string }> {
	const lines = createInterface({
		input: createReadStream(join(CORPUS, file)).pipe(createGunzip()),
		crlfDelay: Infinity
	});
	for await (const line of lines)
		if (line.trim()) yield JSON.parse(line) as { id: string; title: string; body: string };
}

const ckb = defaultKb();
const counter = new FrequencyCounter(oneWordAliases(ckb));
const docs: Record<Lang, number> = { ar: 0, fr: 0 };
const securityDocs: Record<Lang, number> = { ar: 0, fr: 0 };
const threatDocs: Partial<Record<ThreatId, number>> = {};
for (const lang of ['ar', 'fr'] as const) {
	const security = new Set<string>();
	for await (const r of records(`security-${lang}.jsonl.gz`)) security.add(r.id);
	for await (const r of records(`news-${lang}.jsonl.gz`)) {
		const title = ckb.analyze(r.title, lang);
		const body = ckb.analyze(r.body, lang);
		const sec = security.has(r.id);
		counter.add([...title, ...body], lang, sec);
		docs[lang]++;
		if (sec) securityDocs[lang]++;
		const facets = extractFacets({ title: r.title, body: r.body, lang, tokens: { title, body } }, ckb);
		for (const t of facets.threats) {
			if (t.evidence.some((e) => e.via === 'trigger' && e.strong)) threatDocs[t.id] = (threatDocs[t.id] ?? 0) + 1;
		}
		if (docs[lang] % 10000 === 0) process.stderr.write(`${lang}: ${docs[lang]} articles\n`);
	}
}
const aliases: FrequencyTable['aliases'] = {};
for (const [k, c] of [...counter.counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) aliases[k] = c;
const table: FrequencyTable = {
	source:
		'shared corpus news-ar.jsonl.gz, news-fr.jsonl.gz (security-*.jsonl.gz marks the security subset); see its README for provenance',
	docs,
	securityDocs,
	aliases,
	threatDocs,
	common: { ar: counter.topTerms('ar', TOP_TERMS), fr: counter.topTerms('fr', TOP_TERMS) }
};
// One alias per line keeps the file diffable.
const json = JSON.stringify(table, null, '\t').replace(
	/\[\n\t+(\d+),\n\t+(\d+),\n\t+(\d+),\n\t+(\d+)\n\t+\]/g,
	'[$1, $2, $3, $4]'
);
writeFileSync(OUT, json + '\n');
process.stderr.write(
	`wrote ${OUT.pathname}: ${Object.keys(aliases).length} aliases, ${docs.ar} + ${docs.fr} articles\n`
);
