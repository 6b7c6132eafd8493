import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';

/** The shared corpus: the two full files only (security-* are subsets of them). */
export const CORPUS_DIR = process.env.MARSAD_CORPUS ?? join(process.env.MARSAD_SHARED ?? '/work/shared', 'corpus');
export const CORPUS_FILES = ['news-ar.jsonl.gz', 'news-fr.jsonl.gz'].map((f) => join(CORPUS_DIR, f));

export interface CorpusRecord {
	id: string;
	lang: 'ar' | 'fr';
	title: string;
	body: string;
	date: string | null;
	source: string;
	url: string | null;
	category: string | null;
}

export function assertCorpus(): void {
	const missing = CORPUS_FILES.filter((f) => !existsSync(f));
	if (missing.length) throw new Error(`corpus file(s) missing: ${missing.join(', ')} (set MARSAD_CORPUS)`);
}

/** Streams every record of the corpus files, in file order. */
export async function* corpusRecords(files: readonly string[] = CORPUS_FILES): AsyncGenerator<CorpusRecord> {
	for (const file of files) {
		const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
		for await (const line of lines) {
			if (line.trim()) yield JSON.parse(line) as CorpusRecord;
		}
	}
}
