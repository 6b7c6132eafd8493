import { basename } from 'node:path';
import { finished } from 'node:stream/promises';
import { parse as parseCsv } from 'csv-parse';
import type { Options as CsvOptions } from 'csv-parse';
import type { RawArticle } from '../../src/lib/article';
import { stableHash } from './article-id';
import { capCsvRecords, decodeChunks, formatMiB, readTextBytes, splitLines } from './byte-stream';
import { DecodeError, decodeText } from './decode-text';
import { recordToArticle } from './field-map';
import { scanJson } from './json-scan';
import { MAX_BODY_CHARS, MAX_DOCUMENT_BYTES, MAX_RECORD_BYTES } from './limits';
import type { ReadContext, SourceFile } from './source-file';

/**
 * The id of a record that has none: the file's name (readable) and a hash of its relative
 * path and line. Relative, so the same corpus gives the same ids wherever it is unpacked.
 */
export function recordFallbackId(file: SourceFile, line: number | string): string {
	const name = basename(file.path).replace(/(\.[A-Za-z0-9]+)+$/, '');
	return `${name}-${stableHash(`${file.relative}:${line}`, 12)}`;
}

/** A record → article, reported when skipped or cut; returns the article to yield, if any. */
function toArticle(
	record: unknown,
	origin: string,
	file: SourceFile,
	line: number | string,
	ctx: ReadContext
): RawArticle | null {
	const result = recordToArticle(record, origin, () => recordFallbackId(file, line), ctx.map);
	if ('skip' in result) {
		ctx.onSkip(origin, result.skip);
		return null;
	}
	if (result.truncatedFrom) {
		ctx.onSkip(
			origin,
			`body truncated to its first ${MAX_BODY_CHARS} characters (of ${result.truncatedFrom}); the rest is not indexed`
		);
	}
	return result.article;
}

/** JSON Lines (`.jsonl`, `.ndjson`, optionally gzipped): one record per line, origin `file:line`. */
export async function* readJsonLines(file: SourceFile, ctx: ReadContext): AsyncGenerator<RawArticle> {
	for await (const line of splitLines(readTextBytes(file.path, file.gzip), MAX_RECORD_BYTES)) {
		const origin = `${file.path}:${line.lineNo}`;
		if ('tooLong' in line) {
			ctx.onSkip(origin, `line too long (${formatMiB(line.tooLong)}, limit ${formatMiB(MAX_RECORD_BYTES)})`);
			continue;
		}
		if (isBlank(line.bytes)) continue;
		let record: unknown;
		try {
			// Each line decoded on its own: one line of another encoding costs one record, not the file.
			record = JSON.parse(decodeText(line.bytes).text);
		} catch (error) {
			const reason =
				error instanceof DecodeError
					? error.reason
					: `invalid JSON (${error instanceof Error ? error.message : String(error)})`;
			ctx.onSkip(origin, reason);
			continue;
		}
		const article = toArticle(record, origin, file, line.lineNo, ctx);
		if (article) yield article;
	}
}

/**
 * A `.json` file: a top-level array is streamed element by element (origin `file:line` of
 * the element's first line); a top-level object is one record, or, when it wraps the
 * records in an array (`{"articles": [...]}`), each of those (origin `file#n`).
 */
export async function* readJsonFile(file: SourceFile, ctx: ReadContext): AsyncGenerator<RawArticle> {
	const texts = decodeChunks(file.path, readTextBytes(file.path, file.gzip));
	for await (const item of scanJson(file.path, texts, MAX_RECORD_BYTES, MAX_DOCUMENT_BYTES)) {
		if (item.kind === 'element') {
			const origin = `${file.path}:${item.line}`;
			if ('tooLong' in item) {
				ctx.onSkip(origin, `record too large (${item.tooLong} characters)`);
				continue;
			}
			let record: unknown;
			try {
				record = JSON.parse(item.text);
			} catch (error) {
				ctx.onSkip(origin, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
				continue;
			}
			const article = toArticle(record, origin, file, item.line, ctx);
			if (article) yield article;
			continue;
		}
		let root: unknown;
		try {
			root = JSON.parse(item.text);
		} catch (error) {
			ctx.onSkip(file.path, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
			return;
		}
		const records = wrappedRecords(root as Record<string, unknown>);
		if (!records) {
			const article = toArticle(root, `${file.path}#1`, file, '#1', ctx);
			if (article) yield article;
			continue;
		}
		for (const [index, record] of records.entries()) {
			const article = toArticle(record, `${file.path}#${index + 1}`, file, `#${index + 1}`, ctx);
			if (article) yield article;
		}
	}
}

/** `{"articles": [{…}, …]}` and the like: the first property holding an array of objects. */
function wrappedRecords(root: Record<string, unknown>): unknown[] | null {
	for (const value of Object.values(root)) {
		if (
			Array.isArray(value) &&
			value.length > 0 &&
			value.every((item) => item && typeof item === 'object' && !Array.isArray(item))
		)
			return value;
	}
	return null;
}

/**
 * CSV/TSV with a header row, through csv-parse: quoted fields may hold delimiters, quotes
 * and newlines. A row with the wrong number of columns is reported as `file:line` and the
 * others are kept. For `.csv` the delimiter is sniffed from the header (`,` `;` or tab:
 * French spreadsheets export `;`).
 */
export async function* readCsv(file: SourceFile, ctx: ReadContext): AsyncGenerator<RawArticle> {
	const pending: { record: unknown; line: number }[] = [];
	let parser: ReturnType<typeof parseCsv> | null = null;
	let failure: unknown = null;
	const start = (header: string) => {
		const options = {
			columns: (names: string[]) => names.map((name) => name.trim()),
			delimiter: file.format === 'tsv' ? '\t' : sniffDelimiter(header),
			skip_empty_lines: true,
			skip_records_with_error: true,
			relax_quotes: file.format === 'tsv',
			raw: true,
			// Called synchronously within write(): records are collected here and the stream side
			// stays empty, so there is no back-pressure to manage and memory is one chunk's records.
			on_record: (value: { record: unknown; raw: string }, context: { lines: number }) => {
				pending.push({ record: value.record, line: context.lines - innerLineBreaks(value.raw) });
				return null;
			},
			on_skip: (error: { lines?: number; message?: string } | undefined) => {
				const line = error?.lines;
				ctx.onSkip(line ? `${file.path}:${line}` : file.path, csvReason(error?.message));
				return undefined;
			}
		};
		// With `raw: true` on_record receives `{ record, raw }`, a shape csv-parse's types do not model.
		const created = parseCsv(options as unknown as CsvOptions);
		created.on('error', (error) => (failure = error));
		created.on('data', () => undefined);
		return created;
	};
	let head = '';
	const drain = function* (): Generator<RawArticle> {
		for (const { record, line } of pending.splice(0)) {
			const origin = `${file.path}:${line}`;
			const article = toArticle(record, origin, file, line, ctx);
			if (article) yield article;
		}
	};
	const capped = capCsvRecords(
		readTextBytes(file.path, file.gzip),
		MAX_RECORD_BYTES,
		(line, bytes) =>
			ctx.onSkip(`${file.path}:${line}`, `record too long (${formatMiB(bytes)}, limit ${formatMiB(MAX_RECORD_BYTES)})`),
		file.format !== 'tsv'
	);
	for await (const text of decodeChunks(file.path, capped)) {
		if (!parser) {
			// The delimiter is sniffed from the header line, which may span chunks.
			head += text;
			if (!head.includes('\n') && head.length < 64 * 1024) continue;
			parser = start(head);
			parser.write(head);
		} else parser.write(text);
		yield* drain();
		if (failure) throw failure;
	}
	if (!parser) {
		parser = start(head);
		if (head) parser.write(head);
	}
	parser.end();
	// The last record is only known at the end of the input, and end() may finish asynchronously.
	await finished(parser).catch((error: unknown) => (failure ??= error));
	yield* drain();
	if (failure) throw failure;
}

function sniffDelimiter(header: string): string {
	const line = header.split('\n', 1)[0] ?? '';
	const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: line.split(delimiter).length }));
	counts.sort((a, b) => b.count - a.count);
	return counts[0]?.delimiter ?? ',';
}

/** Line breaks inside a quoted field, so a multi-line record is reported at the line it starts. */
function innerLineBreaks(raw: string): number {
	const body = raw.replace(/\r?\n$/, '');
	let count = 0;
	for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) count++;
	return count;
}

function csvReason(message: string | undefined): string {
	if (!message) return 'unreadable CSV record';
	const columns = /columns length is (\d+), got (\d+)/.exec(message);
	if (columns) return `wrong column count (${columns[2]} instead of ${columns[1]})`;
	return message.replace(/ on line \d+$| at line \d+$/, '');
}

function isBlank(bytes: Buffer): boolean {
	for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
	return true;
}
