/**
 * Accuracy of detectLanguage on the shared corpora (title + body of the first N records of each
 * file, labels from the records' `lang`), and on titles alone. Usage:
 *   npx tsx bench/language-detection.ts [N=5000] [corpus dir=/work/shared/corpus]
 */

import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { detectLanguage } from '../src/lib/analysis/detect-language';

const FILES = ['news-ar.jsonl.gz', 'news-fr.jsonl.gz', 'security-ar.jsonl.gz', 'security-fr.jsonl.gz'];

async function* records(path: string, limit: number): AsyncGenerator<{ lang: string; title: string; body: string }> {
	const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
	let n = 0;
	for await (const line of lines) {
		if (!line.trim()) continue;
		yield JSON.parse(line) as { lang: string; title: string; body: string };
		if (++n >= limit) break;
	}
	lines.close();
}

async function main(): Promise<void> {
	const limit = Number(process.argv[2] ?? 5000);
	const dir = process.argv[3] ?? '/work/shared/corpus';
	let total = 0;
	let correct = 0;
	let titlesTotal = 0;
	let titlesCorrect = 0;
	for (const file of FILES) {
		let t = 0;
		let c = 0;
		let titles = 0;
		let titleCorrect = 0;
		const errors: string[] = [];
		for await (const r of records(join(dir, file), limit)) {
			const got = detectLanguage(`${r.title}\n${r.body}`);
			t++;
			if (got === r.lang) c++;
			// Titles alone are the hard case: short, name-heavy, like queries.
			if (r.title.trim()) {
				titles++;
				if (detectLanguage(r.title) === r.lang) titleCorrect++;
			} else if (errors.length < 3) errors.push(`${got}: ${r.title.slice(0, 60)}`);
		}
		total += t;
		correct += c;
		titlesTotal += titles;
		titlesCorrect += titleCorrect;
		console.log(
			`${file}: ${c}/${t} = ${((100 * c) / t).toFixed(2)}%, titles only ${((100 * titleCorrect) / titles).toFixed(2)}%${errors.length ? `  e.g. ${errors.join(' | ')}` : ''}`
		);
	}
	console.log(`all: ${correct}/${total} = ${((100 * correct) / total).toFixed(2)}%`);
	console.log(`titles only: ${titlesCorrect}/${titlesTotal} = ${((100 * titlesCorrect) / titlesTotal).toFixed(2)}%`);
}

await main();
