/**
 * `marsad extract FILE…`: facets of .txt articles as JSON lines.
 * A file's first non-empty line is its title, the rest its body; its id is the file
 * name without extension; its language is detected from the text.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { detectLanguage } from '../../src/lib/analysis/index';
import { defaultKb } from '../../src/lib/facets/default-kb';
import { extractFacets } from '../../src/lib/facets/extract-facets';
import { parseDate } from '../../src/lib/facets/parse-date';

export interface ExtractRecord {
	id: string;
	lang: 'ar' | 'fr' | 'en';
	title: string;
	date: string | null;
	source: string | null;
	actors: Array<{ id: string; type: string; label_en: string; count: number }>;
	countries: string[];
	threats: string[];
}

export function splitTitle(text: string): { title: string; body: string } {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const at = lines.findIndex((l) => l.trim() !== '');
	if (at === -1) return { title: '', body: '' };
	return { title: (lines[at] ?? '').trim(), body: lines.slice(at + 1).join('\n').trim() };
}

export function extractRecord(id: string, text: string): ExtractRecord {
	const { title, body } = splitTitle(text);
	const lang = detectLanguage(text);
	const ckb = defaultKb();
	const facets = extractFacets({ title, body, lang }, ckb);
	return {
		id,
		lang,
		title,
		date: parseDate(text),
		// A bare text file names no publisher.
		source: null,
		actors: facets.actors.map((a) => ({
			id: a.id,
			type: a.type,
			label_en: ckb.byId.get(`actor:${a.id}`)?.labels.en ?? a.id,
			count: a.count
		})),
		countries: facets.countries.map((c) => c.id),
		threats: facets.threats.map((t) => t.id)
	};
}

export async function runExtract(argv: string[]): Promise<number> {
	const files = argv.filter((a) => !a.startsWith('-'));
	if (files.length === 0) {
		process.stderr.write('usage: marsad extract FILE.txt…\n');
		return 2;
	}
	let failed = 0;
	for (const file of files) {
		try {
			const text = await readFile(file, 'utf8');
			const record = extractRecord(basename(file, extname(file)), text);
			process.stdout.write(JSON.stringify(record) + '\n');
		} catch (err) {
			failed++;
			process.stderr.write(`extract: ${file}: ${(err as Error).message}\n`);
		}
	}
	return failed === 0 ? 0 : 1;
}
