/**
 * "More like this" on articles picked at random: prints each article and its suggestions (title,
 * lead) for a person to judge, and the terms the suggestion query used.
 * Usage: MEILI_URL=… MEILI_SEARCH_KEY=… npx tsx bench/mlt/sample.ts --seed 2026 --n 20 [--ids ids.txt]
 * The ids come from the shared corpus (news-ar, news-fr: every article of the whole-corpus
 * index), sorted, then drawn with a seeded PRNG (mulberry32), so a seed names one sample.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { createSearchService } from '../../src/lib/server/search-service';
import { createSearchBackend } from '../../src/lib/server/meili-search-client';
import { defaultPresenters } from '../../src/lib/server/search-presenters';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { articleTerms, candidateTerms } from '../../src/lib/search/more-like-this';
import { seededRandom } from '../../indexer/eval/seeded-random';

const args = process.argv.slice(2);
const arg = (name: string, dflt: string) => {
	const i = args.indexOf(`--${name}`);
	return (i >= 0 ? args[i + 1] : undefined) ?? dflt;
};
const SEED = Number(arg('seed', '2026'));
const N = Number(arg('n', '20'));
const CORPUS = process.env.MARSAD_CORPUS ?? '/work/shared/corpus';
const FILES = arg('files', 'news-ar.jsonl.gz,news-fr.jsonl.gz').split(',');

async function corpusIds(): Promise<string[]> {
	const ids: string[] = [];
	for (const f of FILES) {
		const lines = createInterface({
			input: createReadStream(join(CORPUS, f)).pipe(createGunzip()),
			crlfDelay: Infinity
		});
		for await (const line of lines) if (line.trim()) ids.push((JSON.parse(line) as { id: string }).id);
	}
	return ids.sort();
}

if (!process.env.MEILI_URL) throw new Error('MEILI_URL is not set');
const backend = createSearchBackend();
const service = createSearchService({
	backend,
	presenters: defaultPresenters(),
	indexUid: ARTICLES_INDEX,
	now: () => performance.now()
});

const all = await corpusIds();
const rand = seededRandom(SEED);
const picked: string[] = [];
while (picked.length < Math.min(N, all.length)) {
	const id = all[Math.floor(rand() * all.length)]!;
	if (!picked.includes(id)) picked.push(id);
}

const lead = (s: string | null | undefined, n = 300) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);
for (const id of picked) {
	const doc = await service.getDocument(id);
	if (!doc) {
		console.log(`## ${id}: NOT IN INDEX\n`);
		continue;
	}
	const t0 = performance.now();
	const related = await service.moreLikeThis(doc, 5, 'en');
	const ms = performance.now() - t0;
	console.log(`## ${id} [${doc.lang}] ${doc.title}`);
	console.log(
		`   actors=${(doc.actors ?? []).join(',')} threats=${(doc.threats ?? []).join(',')} story=${doc.story_size ?? 1} (${ms.toFixed(0)} ms)`
	);
	console.log(`   ${lead(doc.body, 500)}`);
	console.log(
		`   terms: ${candidateTerms(articleTerms(doc))
			.slice(0, 15)
			.map((t) => `${t.term}:${t.tf}`)
			.join(' ')}`
	);
	console.log(`   query: ${(await service.moreLikeThisTerms(doc)).map((t) => `${t.term}(${t.df})`).join(' ')}`);
	related.forEach((r, i) => {
		console.log(`   ${i + 1}. ${r.hit.id} [${r.hit.lang}] ${r.hit.title}`);
		console.log(`      ${lead(r.hit.snippet?.replace(/<[^>]+>/g, ''), 250)}`);
	});
	console.log('');
}
