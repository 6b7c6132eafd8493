import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { basename, extname, sep } from 'node:path';
import type { RawArticle } from '../../src/lib/article';
import { DecodeError, decodeText, looksBinary, sniffBom, trimPartialUtf8 } from './decode-text';
import { MAX_TEXT_FILE_BYTES, SNIFF_BYTES } from './limits';
import { SourceError } from './source-error';

/** A text file read as one article; `fileBytes` is set when only its first part was kept. */
export interface TextFileResult {
	article: RawArticle;
	truncatedFrom?: number;
}

/**
 * A `.txt`/`.md` file is one article; its id is its path relative to the folder being indexed,
 * without extension (`2024-05-01/article`; a file directly in it: its name). Only the
 * first MAX_TEXT_FILE_BYTES are read (a 50 MB "article" is a dump, not an article: we keep
 * its start searchable and report the cut rather than hold it all). Faults throw SourceError.
 */
export async function readTextFileCapped(
	path: string,
	maxBytes = MAX_TEXT_FILE_BYTES,
	relativePath: string = basename(path)
): Promise<TextFileResult> {
	const handle = await open(path, 'r');
	let bytes: Uint8Array;
	let size: number;
	try {
		size = (await handle.stat()).size;
		const buffer = Buffer.alloc(Math.min(size, maxBytes));
		const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
		bytes = buffer.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
	if (bytes.length === 0) throw new SourceError(path, 'empty file');
	if (looksBinary(bytes, SNIFF_BYTES)) throw new SourceError(path, 'binary file (NUL bytes in the first KB)');
	const truncated = size > bytes.length;
	if (truncated) bytes = cutAtCharacter(bytes);
	let text: string;
	try {
		text = decodeText(bytes).text;
	} catch (error) {
		if (error instanceof DecodeError) throw new SourceError(path, error.reason);
		throw error;
	}
	if (!text.trim()) throw new SourceError(path, 'no text (only whitespace)');
	const article: RawArticle = { id: idFromRelativePath(relativePath), origin: path, body: text };
	return truncated ? { article, truncatedFrom: size } : { article };
}

/** A `.txt`/`.md` file as one article (capped, see readTextFileCapped). Faults throw SourceError. */
export async function readTextFile(path: string): Promise<RawArticle> {
	return (await readTextFileCapped(path)).article;
}

/** A cut in the middle of a character would make valid UTF-8 look invalid (and UTF-16 odd). */
function cutAtCharacter(bytes: Uint8Array): Uint8Array {
	const bom = sniffBom(bytes);
	if (bom && bom.encoding !== 'utf-8') return bytes.subarray(0, bytes.length - (bytes.length % 2));
	const trimmed = trimPartialUtf8(bytes);
	return isUtf8(trimmed) ? trimmed : bytes;
}

/**
 * The id of a one-article file: its path relative to the indexed folder without the extension,
 * `/` kept (safeId later makes it safe), so `2024-05-01/article.txt` and `2024-05-02/article.txt`
 * are two articles, and a file directly in the folder keeps its bare name as before.
 */
export function idFromRelativePath(relativePath: string): string {
	const normal = relativePath.split(sep).join('/');
	return normal.slice(0, normal.length - extname(normal).length);
}
