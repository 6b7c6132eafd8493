import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RawArticle } from '../../../src/lib/article';
import { readSources } from '../../../indexer/sources/read-sources';
import type { FieldMap } from '../../../indexer/sources/field-map';

/** A temp folder the test writes its own fixtures into. */
export async function tempDir(): Promise<{
	dir: string;
	write(name: string, content: string | Uint8Array): Promise<string>;
	cleanup(): Promise<void>;
}> {
	const dir = await mkdtemp(join(tmpdir(), 'marsad-sources-'));
	return {
		dir,
		async write(name, content) {
			const path = join(dir, name);
			await mkdir(dirname(path), { recursive: true });
			await writeFile(path, content);
			return path;
		},
		cleanup: () => rm(dir, { recursive: true, force: true })
	};
}

export interface Collected {
	articles: RawArticle[];
	skipped: { origin: string; reason: string }[];
}

export async function collect(paths: string[], map?: FieldMap): Promise<Collected> {
	const skipped: Collected['skipped'] = [];
	const articles: RawArticle[] = [];
	for await (const article of readSources(paths, { map, onSkip: (origin, reason) => skipped.push({ origin, reason }) }))
		articles.push(article);
	return { articles, skipped };
}

const CP1256 = (() => {
	const decoder = new TextDecoder('windows-1256');
	const table = new Map<string, number>();
	for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
	return table;
})();

/** Arabic/French text as a Windows-1256 archive would hold it. */
export function encodeWindows1256(text: string): Uint8Array {
	return Uint8Array.from(
		Array.from(text, (char) => {
			const byte = CP1256.get(char);
			if (byte === undefined) throw new Error(`not in Windows-1256: ${char}`);
			return byte;
		})
	);
}

export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
	const le = Buffer.from('\ufeff' + text, 'utf16le');
	if (endian === 'le') return le;
	const be = Buffer.alloc(le.length);
	for (let i = 0; i < le.length; i += 2) {
		be[i] = le[i + 1] ?? 0;
		be[i + 1] = le[i] ?? 0;
	}
	return be;
}

export const ARABIC = 'أعلنت وزارة الداخلية عن إحباط هجوم إرهابي في العاصمة واعتقال خلية تابعة لتنظيم داعش.';
export const FRENCH = 'Le parquet national antiterroriste a ouvert une enquête après la cyberattaque visant l’hôpital.';
