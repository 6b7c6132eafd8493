import { analyzeText } from '../../src/lib/analysis/index';
import { toArticle } from '../../indexer/pipeline/to-article';
import { buildDocument } from '../../indexer/pipeline/build-document';
import type { RawArticle } from '../../src/lib/article';
import { assertCorpus, CORPUS_FILES, corpusRecords, type CorpusRecord } from '../lib/corpus';
import { fmt, int } from '../lib/stats';
import { log } from '../lib/processes';
import { table, type Section } from '../lib/report';

/**
 * Single-core throughput of (a) the analysis chain alone — analyzeText on title and body, as the
 * document builder calls it — and (b) the full document build, toArticle + buildDocument
 * (cleaning, language, date, analysis, facet extraction, content hash). One pass over the
 * corpus; each record is timed for (a) and for (b) separately, reading/parsing excluded.
 */

interface Tally {
	docs: number;
	chars: number;
	tokens: number;
	analysisMs: number;
	buildMs: number;
}

function toRaw(r: CorpusRecord, file: string): RawArticle {
	return {
		id: r.id,
		origin: file,
		title: r.title,
		body: r.body,
		lang: r.lang,
		date: r.date,
		source: r.source,
		url: r.url
	};
}

export async function analysisPart(): Promise<Section> {
	assertCorpus();
	const byLang = new Map<string, Tally>();
	const every = Number(process.env.MARSAD_BENCH_SAMPLE ?? 1);
	let seen = 0;
	const started = performance.now();
	for await (const r of corpusRecords()) {
		if (seen++ % every !== 0) continue;
		const t = byLang.get(r.lang) ?? { docs: 0, chars: 0, tokens: 0, analysisMs: 0, buildMs: 0 };
		byLang.set(r.lang, t);
		const a0 = performance.now();
		const tokens = analyzeText(r.title, r.lang).length + analyzeText(r.body, r.lang).length;
		const a1 = performance.now();
		buildDocument(toArticle(toRaw(r, 'corpus')));
		const a2 = performance.now();
		t.docs++;
		t.chars += r.title.length + r.body.length;
		t.tokens += tokens;
		t.analysisMs += a1 - a0;
		t.buildMs += a2 - a1;
		if (seen % 10_000 === 0) log(`analysis: ${seen} records`);
	}
	const wall = (performance.now() - started) / 1000;
	const total: Tally = { docs: 0, chars: 0, tokens: 0, analysisMs: 0, buildMs: 0 };
	for (const t of byLang.values()) {
		total.docs += t.docs;
		total.chars += t.chars;
		total.tokens += t.tokens;
		total.analysisMs += t.analysisMs;
		total.buildMs += t.buildMs;
	}
	const row = (name: string, t: Tally) => [
		name,
		int(t.docs),
		int(t.tokens),
		fmt(t.chars / 1e6, 1),
		int(t.tokens / (t.analysisMs / 1000)),
		int(t.docs / (t.analysisMs / 1000)),
		fmt(t.analysisMs / 1000, 1),
		int(t.docs / (t.buildMs / 1000)),
		int(t.tokens / (t.buildMs / 1000)),
		fmt(t.buildMs / 1000, 1)
	];
	const rows = [...byLang.entries()].sort().map(([lang, t]) => row(lang, t));
	rows.push(row('**all**', total));
	const body = [
		`Corpus: ${CORPUS_FILES.map((f) => `\`${f}\``).join(' + ')}${every > 1 ? `, every ${every}th record` : ''} — ${int(total.docs)} articles, ${fmt(total.chars / 1e6, 1)} M characters of title + body. Single thread (one Node process, no workers).`,
		'',
		'(a) **analysis chain**: `analyzeText(title) + analyzeText(body)` (src/lib/analysis); tokens = analysed tokens it returns (words that produce at least one index term).',
		'(b) **document build**: `buildDocument(toArticle(raw))` (indexer/pipeline): cleaning, language, date, analysis of title and body, facet extraction, content hash. Reading, gunzip and JSON parsing are excluded from both timers.',
		'',
		table(
			[
				'lang',
				'docs',
				'tokens',
				'M chars',
				'(a) tokens/s',
				'(a) docs/s',
				'(a) s',
				'(b) docs/s',
				'(b) tokens/s',
				'(b) s'
			],
			rows
		),
		'',
		`Wall time of the pass, reading included: ${fmt(wall, 0)} s. The document build costs ${fmt(total.buildMs / total.analysisMs, 2)}× the analysis chain alone (the rest is mostly facet extraction and cleaning).`
	].join('\n');
	return { title: 'Analysis throughput', command: 'npm run bench -- analysis', body };
}
