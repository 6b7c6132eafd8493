import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { RawArticle } from '../../src/lib/article';
import { SourceError } from './source-error';

/** A `.txt`/`.md` file is one article; its id is the file name without extension. */
export async function readTextFile(path: string): Promise<RawArticle> {
	const bytes = await readFile(path);
	if (bytes.length === 0) throw new SourceError(path, 'empty file');
	if (bytes.includes(0)) throw new SourceError(path, 'binary file (contains NUL bytes)');
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let text: string;
	try {
		text = decoder.decode(bytes);
	} catch {
		throw new SourceError(path, 'not valid UTF-8 text');
	}
	if (!text.trim()) throw new SourceError(path, 'no text (only whitespace)');
	return { id: basename(path, extname(path)), origin: path, body: text };
}
