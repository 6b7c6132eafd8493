/**
 * `marsad audit KIND VALUE [--n N] [--lang ar|fr] [--seed S] [PATH…]`: samples N articles tagged
 * with a facet value (actor, country, threat, product) and prints each with its evidence — the
 * mentions in a window of text, and for threats the aboutness score — so that checking a value
 * on a corpus takes minutes of reading.
 * `marsad audit top [--k K] [--n N] [--facet actor|country|threat] …`: the K most frequent values
 * of each facet, with N samples each (one pass over the sources).
 * `marsad audit ids ID[,ID…] …`: every facet of the given articles, with evidence.
 * Sources: files or folders the indexer reads (default: the shared corpus, news-ar and news-fr),
 * read and cleaned as the indexer does, so what is audited is what the index holds.
 */
import { join } from 'node:path';
import type { Article } from '../../src/lib/article';
import { defaultKb } from '../../src/lib/facets/default-kb';
import { formatSnippet, formatThreatEvidence, hitOf, snippetOf, type FacetKind } from '../../src/lib/facets/evidence';
import { extractFacets } from '../../src/lib/facets/extract-facets';
import type { ExtractedFacets, FacetHit, ThreatHit } from '../../src/lib/facets/types';
import { toArticle } from '../pipeline/to-article';
import { readSources } from '../sources/read-sources';
import { seededRandom } from '../eval/seeded-random';

const KINDS: readonly FacetKind[] = ['actor', 'country', 'threat', 'product'];
const DEFAULT_CORPUS = process.env.MARSAD_CORPUS ?? join(process.env.MARSAD_SHARED ?? '../shared', 'corpus');
const DEFAULT_SOURCES = ['news-ar.jsonl.gz', 'news-fr.jsonl.gz'].map((f) => join(DEFAULT_CORPUS, f));

export class AuditUsageError extends Error {}

interface Options {
	mode: 'value' | 'top' | 'ids';
	kind?: FacetKind;
	value?: string;
	ids?: Set<string>;
	n: number;
	k: number;
	lang?: 'ar' | 'fr';
	seed: number;
	facets: FacetKind[];
	paths: string[];
}

function intOption(name: string, raw: string | undefined, min: number): number {
	const n = Number(raw);
	if (raw === undefined || !Number.isInteger(n) || n < min)
		throw new AuditUsageError(`${name} needs an integer ≥ ${min} (got "${raw ?? ''}")`);
	return n;
}

export function parseAuditArgs(argv: readonly string[]): Options {
	const opts: Options = { mode: 'value', n: 20, k: 20, seed: 1, facets: ['actor', 'country', 'threat'], paths: [] };
	const positional: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--n') opts.n = intOption('--n', argv[++i], 1);
		else if (a === '--k') opts.k = intOption('--k', argv[++i], 1);
		else if (a === '--seed') opts.seed = intOption('--seed', argv[++i], 0);
		else if (a === '--lang') {
			const l = argv[++i];
			if (l !== 'ar' && l !== 'fr') throw new AuditUsageError(`--lang must be ar or fr (got "${l ?? ''}")`);
			opts.lang = l;
		} else if (a === '--facet') {
			const f = argv[++i] as FacetKind;
			if (!KINDS.includes(f)) throw new AuditUsageError(`--facet must be one of ${KINDS.join(', ')}`);
			opts.facets = [f];
		} else if (a.startsWith('--')) throw new AuditUsageError(`unknown option ${a}`);
		else positional.push(a);
	}
	const [first, second, ...rest] = positional;
	if (first === 'top') {
		opts.mode = 'top';
		opts.paths = [second, ...rest].filter((p): p is string => p !== undefined);
	} else if (first === 'ids') {
		if (!second) throw new AuditUsageError('audit ids needs a comma-separated list of article ids');
		opts.mode = 'ids';
		opts.ids = new Set(second.split(','));
		opts.paths = rest;
	} else {
		if (!first || !KINDS.includes(first as FacetKind) || !second)
			throw new AuditUsageError(
				`usage: marsad audit ${KINDS.join('|')} VALUE [--n N] [--lang ar|fr] [PATH…] | audit top | audit ids ID,…`
			);
		opts.kind = first as FacetKind;
		opts.value = second;
		opts.paths = rest;
	}
	if (opts.paths.length === 0) opts.paths = DEFAULT_SOURCES;
	return opts;
}

/** Uniform sample of at most n items from a stream (reservoir sampling). */
class Reservoir<T> {
	seen = 0;
	items: T[] = [];
	constructor(
		private readonly n: number,
		private readonly rand: () => number
	) {}
	offer(make: () => T): void {
		this.seen++;
		if (this.items.length < this.n) this.items.push(make());
		else {
			const j = Math.floor(this.rand() * this.seen);
			if (j < this.n) this.items[j] = make();
		}
	}
}

const MAX_SNIPPETS = 3;

/** One sampled article: its head line, then the evidence of the value. */
export function describeHit(article: Article, hit: FacetHit | ThreatHit, kind: FacetKind): string {
	const lines = [`- ${article.id} [${article.lang}] ${article.title.replace(/\s+/g, ' ').slice(0, 110)}`];
	if (kind === 'threat') {
		const t = hit as ThreatHit;
		lines.push(`    score ${t.score.toFixed(1)}: ${formatThreatEvidence(t)}`);
	} else lines.push(`    ${hit.count} counted mention(s)`);
	for (const m of hit.mentions.slice(0, MAX_SNIPPETS)) {
		lines.push(`    ${formatSnippet(snippetOf(m.field === 'title' ? article.title : article.body, m))}`);
	}
	return lines.join('\n');
}

function facetHits(f: ExtractedFacets, kind: FacetKind): FacetHit[] {
	return kind === 'actor' ? f.actors : kind === 'country' ? f.countries : kind === 'product' ? f.products : f.threats;
}

async function* articles(opts: Options): AsyncGenerator<{ article: Article; facets: ExtractedFacets }> {
	const ckb = defaultKb();
	const onSkip = (origin: string, reason: string) => process.stderr.write(`audit: skipped ${origin}: ${reason}\n`);
	for await (const raw of readSources(opts.paths, { onSkip })) {
		const article = toArticle(raw);
		if (opts.lang && article.lang !== opts.lang) continue;
		if (opts.ids && !opts.ids.has(article.id)) continue;
		yield { article, facets: extractFacets({ title: article.title, body: article.body, lang: article.lang }, ckb) };
	}
}

export async function runAudit(argv: string[]): Promise<number> {
	let opts: Options;
	try {
		opts = parseAuditArgs(argv);
	} catch (e) {
		if (e instanceof AuditUsageError) {
			process.stderr.write(`audit: ${e.message}\n`);
			return 2;
		}
		throw e;
	}
	const rand = seededRandom(opts.seed);
	const out = (s: string) => process.stdout.write(s + '\n');
	if (opts.mode === 'ids') {
		for await (const { article, facets } of articles(opts)) {
			out(`# ${article.id} [${article.lang}] ${article.title.replace(/\s+/g, ' ')}`);
			for (const kind of opts.facets)
				for (const h of facetHits(facets, kind))
					out(`  ${kind} ${h.id}\n${describeHit(article, h, kind).split('\n').slice(1).join('\n')}`);
		}
		return 0;
	}
	if (opts.mode === 'value') {
		const kind = opts.kind!;
		const res = new Reservoir<string>(opts.n, rand);
		let total = 0;
		for await (const { article, facets } of articles(opts)) {
			total++;
			const hit = hitOf(facets, kind, opts.value!);
			if (hit) res.offer(() => describeHit(article, hit, kind));
		}
		out(`${kind} ${opts.value}: ${res.seen} of ${total} articles tagged; ${res.items.length} sampled`);
		for (const s of res.items) out(s);
		return res.seen > 0 ? 0 : 1;
	}
	// top: count every value, keep a sample of each, print the K most frequent per facet.
	const samples = new Map<string, Reservoir<string>>();
	let total = 0;
	for await (const { article, facets } of articles(opts)) {
		total++;
		for (const kind of opts.facets) {
			for (const h of facetHits(facets, kind)) {
				const key = `${kind}:${h.id}`;
				let r = samples.get(key);
				if (!r) samples.set(key, (r = new Reservoir<string>(opts.n, rand)));
				r.offer(() => describeHit(article, h, kind));
			}
		}
	}
	out(`${total} articles`);
	for (const kind of opts.facets) {
		const top = [...samples.entries()]
			.filter(([k]) => k.startsWith(`${kind}:`))
			.sort((a, b) => b[1].seen - a[1].seen)
			.slice(0, opts.k);
		out(`\n## ${kind}: top ${top.length}`);
		for (const [key, r] of top) {
			out(`\n### ${key} — ${r.seen} articles`);
			for (const s of r.items) out(s);
		}
	}
	return 0;
}
