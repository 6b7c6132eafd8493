import type { RawArticle } from '../../src/lib/article';
import { MAX_BODY_CHARS } from './limits';

/** The article fields a record can fill. */
export const ARTICLE_FIELDS = ['id', 'title', 'body', 'date', 'source', 'url', 'lang'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** Which record key feeds which article field, e.g. `{ title: 'headline', body: 'text' }`. */
export type FieldMap = Partial<Record<ArticleField, string>>;

/** Keys tried, in order, when the map does not name one (compared case-insensitively). */
export const FIELD_CANDIDATES: Record<ArticleField, readonly string[]> = {
	id: ['id', 'guid', 'uuid', '_id'],
	title: ['title', 'headline', 'name'],
	body: ['body', 'text', 'content', 'article', 'articleBody', 'description'],
	date: ['date', 'published', 'pubDate', 'published_at', 'datePublished', 'publishedAt', 'publication_date'],
	source: ['source', 'site', 'publisher', 'site_name'],
	url: ['url', 'link', 'href'],
	lang: ['lang', 'language', 'inLanguage']
};

/** A `--map` value that cannot be understood; the message says how to write it. */
export class FieldMapError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FieldMapError';
	}
}

/**
 * Parses `title=headline,body=text,date=published` (the `--map` option). A key may be a
 * dotted path into nested objects (`source=publisher.name`). Throws FieldMapError.
 */
export function parseFieldMap(spec: string): FieldMap {
	const map: FieldMap = {};
	for (const pair of spec.split(',')) {
		if (!pair.trim()) continue;
		const eq = pair.indexOf('=');
		const field = pair.slice(0, eq).trim();
		const key = pair.slice(eq + 1).trim();
		if (eq === -1 || !key)
			throw new FieldMapError(`--map: "${pair.trim()}" is not field=key (e.g. title=headline,body=text)`);
		if (!(ARTICLE_FIELDS as readonly string[]).includes(field)) {
			throw new FieldMapError(`--map: unknown field "${field}"; fields are ${ARTICLE_FIELDS.join(', ')}`);
		}
		map[field as ArticleField] = key;
	}
	return map;
}

/** What turning a record into an article gave: the article, or why the record was skipped. */
export type RecordResult = { article: RawArticle; truncatedFrom?: number } | { skip: string };

/**
 * A record (a JSON object or CSV row) → RawArticle. A mapped key is used strictly (no
 * guessing behind the analyst's back); unmapped fields are auto-detected. `fallbackId` is
 * used when the record has no id of its own.
 */
export function recordToArticle(
	record: unknown,
	origin: string,
	fallbackId: () => string,
	map: FieldMap = {}
): RecordResult {
	if (!record || typeof record !== 'object' || Array.isArray(record)) return { skip: 'record is not an object' };
	const fields = record as Record<string, unknown>;
	const read = (field: ArticleField): string | null => {
		const mapped = map[field];
		if (mapped) return toText(lookup(fields, mapped));
		for (const key of FIELD_CANDIDATES[field]) {
			const value = toText(lookupInsensitive(fields, key));
			if (value) return value;
		}
		return null;
	};
	let body = read('body');
	if (!body?.trim())
		return {
			skip: map.body ? `no body (field "${map.body}" is missing or empty)` : 'no body (no body/text/content field)'
		};
	let truncatedFrom: number | undefined;
	if (body.length > MAX_BODY_CHARS) {
		truncatedFrom = body.length;
		body = body.slice(0, MAX_BODY_CHARS);
	}
	const article: RawArticle = { id: read('id') ?? fallbackId(), origin, body };
	const title = read('title');
	if (title) article.title = title;
	for (const field of ['date', 'source', 'url', 'lang'] as const) {
		const value = read(field);
		if (value) article[field] = value;
	}
	return truncatedFrom ? { article, truncatedFrom } : { article };
}

function lookup(fields: Record<string, unknown>, path: string): unknown {
	if (path in fields) return fields[path];
	let value: unknown = fields;
	for (const part of path.split('.')) {
		if (!value || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[part];
	}
	return value;
}

function lookupInsensitive(fields: Record<string, unknown>, key: string): unknown {
	if (key in fields) return fields[key];
	const lower = key.toLowerCase();
	for (const name of Object.keys(fields)) if (name.toLowerCase() === lower) return fields[name];
	return undefined;
}

/** Strings as they are; numbers as digits; `{name}`/`{@value}` objects and string lists flattened. */
function toText(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() ? value : null;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (Array.isArray(value)) {
		const parts = value.map(toText).filter((part): part is string => !!part);
		return parts.length ? parts.join('\n\n') : null;
	}
	if (value && typeof value === 'object') {
		const object = value as Record<string, unknown>;
		return toText(object['name'] ?? object['@value'] ?? object['value'] ?? object['text'] ?? object['#text']);
	}
	return null;
}
