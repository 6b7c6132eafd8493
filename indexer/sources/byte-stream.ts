import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { DecodeError, isPlausibleText, sniffBom, trimPartialUtf8 } from './decode-text';
import { isUtf8 } from 'node:buffer';
import { SNIFF_BYTES } from './limits';
import { SourceError } from './source-error';

/** The file's bytes, gunzipped when asked, chunk by chunk. gzip faults become SourceErrors. */
export async function* readBytes(path: string, gzip: boolean): AsyncGenerator<Buffer> {
	const file = createReadStream(path, { highWaterMark: 64 * 1024 });
	let stream: Readable = file;
	if (gzip) {
		const gunzip = createGunzip();
		file.on('error', (error) => gunzip.destroy(error));
		stream = file.pipe(gunzip);
	}
	try {
		for await (const chunk of stream) yield chunk as Buffer;
	} catch (error) {
		throw gzip ? gzipError(path, error) : error;
	} finally {
		// An early return (the consumer stopped) must not leave the file open.
		file.destroy();
		stream.destroy();
	}
}

function gzipError(path: string, error: unknown): unknown {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'Z_BUF_ERROR')
		return new SourceError(path, 'truncated gzip file (unexpected end of data)', { cause: error });
	if (code === 'Z_DATA_ERROR') {
		const message = error instanceof Error ? error.message : String(error);
		const reason = /header/.test(message) ? 'not a gzip file' : `corrupt gzip data (${message})`;
		return new SourceError(path, reason, { cause: error });
	}
	return error;
}

/**
 * A text file's bytes with the first-chunk checks done: an empty or binary file is refused,
 * and UTF-16 (announced by its BOM) is transcoded to UTF-8 so line splitting on 0x0A and
 * the UTF-8/Windows-1256 detection downstream work for every file alike.
 */
export async function* readTextBytes(path: string, gzip: boolean): AsyncGenerator<Buffer> {
	let first = true;
	let utf16: TextDecoder | null = null;
	for await (let chunk of readBytes(path, gzip)) {
		if (first) {
			first = false;
			const bom = sniffBom(chunk);
			if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be') {
				utf16 = new TextDecoder(bom.encoding, { ignoreBOM: true });
				chunk = chunk.subarray(bom.length);
			} else {
				if (bom) chunk = chunk.subarray(bom.length);
				if (chunk.subarray(0, SNIFF_BYTES).includes(0))
					throw new SourceError(path, 'binary file (NUL bytes in the first KB)');
			}
		}
		if (utf16) chunk = Buffer.from(utf16.decode(chunk, { stream: true }), 'utf8');
		if (chunk.length) yield chunk;
	}
	if (first) throw new SourceError(path, 'empty file');
	if (utf16) {
		const rest = utf16.decode();
		if (rest) yield Buffer.from(rest, 'utf8');
	}
}

/** One line of bytes, or the size of a line that was too long to keep. */
export type Line = { lineNo: number; bytes: Buffer } | { lineNo: number; tooLong: number };

/** Splits bytes on LF (dropping a CR before it); a line over `maxBytes` is not kept, only measured. */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
	let parts: Buffer[] = [];
	let length = 0;
	let lineNo = 1;
	let overflow = false;
	const take = (piece: Buffer) => {
		length += piece.length;
		if (length > maxBytes) {
			overflow = true;
			parts = [];
		} else if (!overflow) parts.push(piece);
	};
	const finish = (): Line => {
		let line: Line;
		if (overflow) line = { lineNo, tooLong: length };
		else {
			let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
			if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
			line = { lineNo, bytes };
		}
		parts = [];
		length = 0;
		overflow = false;
		lineNo++;
		return line;
	};
	for await (const chunk of chunks) {
		let start = 0;
		for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
			take(chunk.subarray(start, nl));
			yield finish();
			start = nl + 1;
		}
		if (start < chunk.length) take(chunk.subarray(start));
	}
	if (length > 0 || overflow) yield finish();
}

/**
 * Decodes a byte stream to text without knowing the encoding up front: ASCII passes as is
 * until the first non-ASCII chunk decides between UTF-8 and Windows-1256 (ASCII is the same
 * in both, so deciding late loses nothing). UTF-8 is then decoded strictly to the end.
 */
export async function* decodeChunks(path: string, chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
	let mode: 'ascii' | 'utf-8' | 'windows-1256' = 'ascii';
	const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	const cp1256 = new TextDecoder('windows-1256');
	for await (const chunk of chunks) {
		if (mode === 'ascii' && chunk.some((byte) => byte >= 0x80)) {
			if (isUtf8(trimPartialUtf8(chunk))) mode = 'utf-8';
			else if (isPlausibleText(cp1256.decode(chunk))) mode = 'windows-1256';
			else throw new SourceError(path, new DecodeError('not valid UTF-8, nor plausible Windows-1256 text').reason);
		}
		if (mode === 'windows-1256') yield cp1256.decode(chunk);
		else {
			try {
				yield utf8.decode(chunk, { stream: true });
			} catch (error) {
				throw new SourceError(path, 'invalid UTF-8 further into the file', { cause: error });
			}
		}
	}
	if (mode !== 'windows-1256') {
		try {
			const rest = utf8.decode();
			if (rest) yield rest;
		} catch (error) {
			throw new SourceError(path, 'invalid UTF-8 at the end of the file (cut multi-byte character)', { cause: error });
		}
	}
}

/** The whole (possibly gzipped) file, refused above `maxBytes` so one file cannot exhaust memory. */
export async function readAllBytes(path: string, gzip: boolean, maxBytes: number): Promise<Buffer> {
	const parts: Buffer[] = [];
	let length = 0;
	for await (const chunk of readBytes(path, gzip)) {
		length += chunk.length;
		if (length > maxBytes) throw new SourceError(path, `file too large to read whole (over ${formatMiB(maxBytes)})`);
		parts.push(chunk);
	}
	return Buffer.concat(parts);
}

export function formatMiB(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * CSV bytes with every record longer than `maxBytes` left out, as it streams: csv-parse would
 * hold a 1 GiB quoted field whole (then fail, dropping the rest of the file). Records end at a
 * line feed outside double quotes (a doubled `""` toggles twice). A record left out is replaced
 * by as many empty lines as it spanned, so the parser's line numbers stay those of the file, and
 * is reported with its first line and size. At most one record (≤ maxBytes) is held.
 */
export async function* capCsvRecords(
	chunks: AsyncIterable<Buffer>,
	maxBytes: number,
	onTooLong: (line: number, bytes: number) => void,
	quotes = true
): AsyncGenerator<Buffer> {
	let parts: Buffer[] = [];
	let length = 0;
	let breaks = 0;
	let line = 1;
	let inQuotes = false;
	let overflow = false;
	const end = function* (): Generator<Buffer> {
		if (overflow) {
			onTooLong(line, length);
			if (breaks) yield Buffer.alloc(breaks, 0x0a);
		} else if (parts.length) yield parts.length === 1 ? parts[0]! : Buffer.concat(parts);
		line += breaks;
		parts = [];
		length = 0;
		breaks = 0;
		overflow = false;
	};
	for await (const chunk of chunks) {
		let start = 0;
		for (let i = 0; i < chunk.length; i++) {
			const byte = chunk[i];
			if (byte === 0x22 && quotes) inQuotes = !inQuotes;
			else if (byte === 0x0a) {
				breaks++;
				if (!inQuotes) {
					const piece = chunk.subarray(start, i + 1);
					length += piece.length;
					if (length > maxBytes) overflow = true;
					if (!overflow) parts.push(piece);
					yield* end();
					start = i + 1;
				}
			}
		}
		const rest = chunk.subarray(start);
		length += rest.length;
		if (length > maxBytes && !overflow) {
			overflow = true;
			parts = [];
		}
		if (!overflow && rest.length) parts.push(rest);
	}
	if (length > 0) yield* end();
}
