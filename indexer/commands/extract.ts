/**
 * `marsad extract FILE…`: the facets of every article in the given sources, one JSON object per
 * line. Articles go through the same reading, cleaning and extraction as the indexer, so what
 * this prints is what the index holds.
 */
import type { Article, RawArticle } from '../../src/lib/article';
import { defaultKb } from '../../src/lib/facets/default-kb';
import { extractFacets } from '../../src/lib/facets/extract-facets';
import type { ThreatHit } from '../../src/lib/facets/types';
import { toArticle } from '../pipeline/to-article';
import { readSources } from '../sources/read-sources';
import { dataDir } from '../../src/lib/server/meili-connection';

export interface ExtractRecord {
	id: string;
	lang: 'ar' | 'fr' | 'en';
	title: string;
	date: string | null;
	source: string | null;
	actors: Array<{ id: string; type: string; label_en: string; count: number; surfaces: string[] }>;
	countries: string[];
	threats: string[];
	/** Why each threat was tagged: its aboutness score and evidence (strongest first). */
	threat_evidence: Array<{ id: string; score: number; evidence: ThreatHit['evidence'] }>;
}

export function extractArticle(article: Article): ExtractRecord {
	const ckb = defaultKb();
	const facets = extractFacets({ title: article.title, body: article.body, lang: article.lang }, ckb);
	return {
		id: article.id,
		lang: article.lang,
		title: article.title,
		date: article.date,
		source: article.source,
		actors: facets.actors.map((a) => ({
			id: a.id,
			type: a.type,
			label_en: ckb.byId.get(`actor:${a.id}`)?.labels.en ?? a.label ?? a.id,
			count: a.count,
			surfaces: [...new Set(a.mentions.map((m) => m.surface))]
		})),
		countries: facets.countries.map((c) => c.id),
		threats: facets.threats.map((t) => t.id),
		threat_evidence: facets.threats.map((t) => ({ id: t.id, score: t.score, evidence: t.evidence }))
	};
}

/** A plain-text article given as its file id and text (what the facet evaluation reads). */
export function extractRecord(id: string, text: string): ExtractRecord {
	const raw: RawArticle = { id, origin: id, body: text };
	return extractArticle(toArticle(raw));
}

export async function runExtract(argv: string[]): Promise<number> {
	const paths = argv.filter((a) => !a.startsWith('-'));
	if (paths.length === 0) {
		process.stderr.write('usage: marsad extract FILE|FOLDER…\n');
		return 2;
	}
	let skipped = 0;
	const onSkip = (origin: string, reason: string) => {
		skipped++;
		process.stderr.write(`extract: skipped ${origin}: ${reason}\n`);
	};
	for await (const raw of readSources(paths, { onSkip, protectedPaths: [dataDir()] })) {
		process.stdout.write(JSON.stringify(extractArticle(toArticle(raw))) + '\n');
	}
	return skipped === 0 ? 0 : 1;
}
