import type { RawArticle } from '../../src/lib/article';
import { safeId } from './article-id';
import type { FieldMap } from './field-map';
import { readFeed } from './read-feed';
import { readHtmlFile } from './read-html-file';
import { readCsv, readJsonFile, readJsonLines } from './read-records';
import { readTextFileCapped } from './read-text-file';
import { MAX_TEXT_FILE_BYTES } from './limits';
import type { ReadContext, SourceFile, SourceFormat } from './source-file';
import { SourceError } from './source-error';
import { walkSourceFiles, type FoundFile } from './walk-sources';

export { parseFieldMap, FieldMapError } from './field-map';
export type { FieldMap } from './field-map';

export interface ReadSourcesOptions {
	/** Which record keys feed which article fields (`--map`); unmapped fields are auto-detected. */
	map?: FieldMap;
	/** Told about everything not read (or not read whole): a file, or a record as `file:line`. */
	onSkip(origin: string, reason: string): void;
	/** Folders no source may come from, through any link (Marsad's data dir; see walkSourceFiles). */
	protectedPaths?: readonly string[];
}

const FORMATS: Record<string, SourceFormat> = {
	'.txt': 'text',
	'.md': 'text',
	'.html': 'html',
	'.htm': 'html',
	'.xhtml': 'html',
	'.json': 'json',
	'.jsonl': 'jsonl',
	'.ndjson': 'jsonl',
	'.csv': 'csv',
	'.tsv': 'tsv',
	'.rss': 'feed',
	'.atom': 'feed',
	'.xml': 'xml'
};

/** Formats read as a stream (or small enough whole) that may also come gzipped. */
const GZIP_OK = new Set<SourceFormat>(['json', 'jsonl', 'csv', 'tsv', 'feed', 'xml']);

/** The format of a file name (`.gz` peeled off), or null when no reader handles it. */
export function sourceFormat(name: string): { format: SourceFormat; gzip: boolean } | null {
	const lower = name.toLowerCase();
	const gzip = lower.endsWith('.gz');
	const inner = gzip ? lower.slice(0, -3) : lower;
	const dot = inner.lastIndexOf('.');
	const format = dot === -1 ? undefined : FORMATS[inner.slice(dot)];
	if (!format || (gzip && !GZIP_OK.has(format))) return null;
	return { format, gzip };
}

/**
 * Every article under the given paths (files or folders, recursive, sorted, hidden files
 * skipped), read record by record in constant memory. Formats by extension: .txt/.md,
 * .html/.htm, .json, .jsonl/.ndjson, .csv/.tsv, .rss/.atom/.xml feeds; the record formats
 * and feeds may be gzipped. Faults are reported through `onSkip` and the run goes on; only
 * a path that does not exist throws (SourceError). Ids are made safe for Meilisearch.
 */
export async function* readSources(paths: string[], options: ReadSourcesOptions): AsyncGenerator<RawArticle> {
	const accept = (name: string) => sourceFormat(name) !== null;
	for await (const found of walkSourceFiles(paths, accept, {
		protectedPaths: options.protectedPaths,
		onSkip: options.onSkip
	}))
		yield* readSourceFile(found, options);
}

/** The articles of one file found by `walkSourceFiles` (the watcher reads a folder's files one by one). */
export async function* readSourceFile(found: FoundFile, options: ReadSourcesOptions): AsyncGenerator<RawArticle> {
	const kind = sourceFormat(found.path);
	if (!kind) {
		// Only a file named directly is worth a word; folders hold images, PDFs, notes…
		options.onSkip(found.path, 'unsupported file type');
		return;
	}
	const file: SourceFile = { path: found.path, relative: found.relative, ...kind };
	let read = 0;
	let reported = false;
	const ctx: ReadContext = {
		map: options.map,
		onSkip: (origin, reason) => {
			reported = true;
			options.onSkip(origin, reason);
		}
	};
	try {
		for await (const article of readFile(file, ctx)) {
			read++;
			yield { ...article, id: safeId(article.id) };
		}
	} catch (error) {
		const origin = error instanceof SourceError ? error.origin : file.path;
		const reason =
			error instanceof SourceError
				? error.reason
				: `unreadable (${error instanceof Error ? error.message : String(error)})`;
		ctx.onSkip(origin, read > 0 ? `${reason}; ${read} ${read === 1 ? 'article' : 'articles'} read before` : reason);
	}
	if (read === 0 && !reported) ctx.onSkip(file.path, 'no articles found');
}

function readFile(file: SourceFile, ctx: ReadContext): AsyncGenerator<RawArticle> {
	switch (file.format) {
		case 'text':
			return readText(file, ctx);
		case 'html':
			return readHtml(file);
		case 'json':
			return readJsonFile(file, ctx);
		case 'jsonl':
			return readJsonLines(file, ctx);
		case 'csv':
		case 'tsv':
			return readCsv(file, ctx);
		case 'feed':
		case 'xml':
			return readFeed(file, ctx);
	}
}

async function* readText(file: SourceFile, ctx: ReadContext): AsyncGenerator<RawArticle> {
	const { article, truncatedFrom } = await readTextFileCapped(file.path, MAX_TEXT_FILE_BYTES, file.relative);
	if (truncatedFrom) {
		ctx.onSkip(
			file.path,
			`body truncated to its first ${MAX_TEXT_FILE_BYTES} bytes (file is ${truncatedFrom} bytes); the rest is not indexed`
		);
	}
	yield article;
}

async function* readHtml(file: SourceFile): AsyncGenerator<RawArticle> {
	yield await readHtmlFile(file.path, file.relative);
}
