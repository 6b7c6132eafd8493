import { basename } from 'node:path';
import { idFromRelativePath } from './read-text-file';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawArticle } from '../../src/lib/article';
import { readAllBytes } from './byte-stream';
import { DecodeError, decodeText, looksBinary } from './decode-text';
import { htmlToText, nodeToText } from './html-text';
import { MAX_DOCUMENT_BYTES, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, SNIFF_BYTES } from './limits';
import { htmlNestingDepth } from './html-depth';
import { SourceError } from './source-error';

/** Shorter than this after extraction, a page has no article (a menu, a cookie wall). */
const MIN_ARTICLE_CHARS = 40;

/** Metadata a page declares about its article, before Readability rewrites the DOM. */
export interface PageMetadata {
	title?: string;
	date?: string;
	author?: string;
	source?: string;
	url?: string;
	lang?: string;
	/** JSON-LD `articleBody`: the fallback when Readability finds nothing. */
	body?: string;
}

/**
 * One saved HTML page = one article: main content by Readability (over linkedom), metadata
 * from JSON-LD NewsArticle first, then `<meta>` (og:*, article:published_time, author).
 * The id is the path relative to the indexed folder without extension (see idFromRelativePath). Faults throw SourceError.
 */
export async function readHtmlFile(path: string, relativePath: string = basename(path)): Promise<RawArticle> {
	return htmlArticle(await readAllBytes(path, false, MAX_DOCUMENT_BYTES), path, idFromRelativePath(relativePath));
}

/**
 * A page already in memory (a file, or a page the watcher fetched) → its article, by the same
 * path as `.html` files; `origin` names it in errors. Faults throw SourceError.
 */
export function htmlArticle(bytes: Uint8Array, origin: string, id: string): RawArticle {
	const path = origin;
	if (bytes.length === 0) throw new SourceError(path, 'empty file');
	if (looksBinary(bytes, SNIFF_BYTES)) throw new SourceError(path, 'binary file (NUL bytes in the first KB)');
	let html: string;
	try {
		html = decodeText(bytes, declaredCharset(bytes)).text;
	} catch (error) {
		if (error instanceof DecodeError) throw new SourceError(path, error.reason);
		throw error;
	}
	const depth = htmlNestingDepth(html, MAX_HTML_DEPTH);
	if (depth > MAX_HTML_DEPTH)
		throw new SourceError(
			path,
			`HTML nested more than ${MAX_HTML_DEPTH} levels deep: refused (no real page is; reading it would take minutes)`
		);
	const { document } = parseHTML(html);
	const { elements, depth: domDepth } = domSize(document);
	if (elements > MAX_HTML_ELEMENTS)
		throw new SourceError(path, `HTML with ${elements} elements (more than ${MAX_HTML_ELEMENTS}): refused`);
	// The text scan leaves out elements the parser may nest by itself (tables in cells): check the tree.
	if (domDepth > MAX_HTML_DEPTH)
		throw new SourceError(
			path,
			`HTML nested more than ${MAX_HTML_DEPTH} levels deep: refused (no real page is; reading it would take minutes)`
		);
	const meta = pageMetadata(document);
	const parsed = new Readability(document, {
		serializer: (node: Node) => node,
		maxElemsToParse: MAX_HTML_ELEMENTS
	}).parse();
	const content = parsed?.content ? nodeToText(parsed.content) : '';
	const body =
		content.length >= MIN_ARTICLE_CHARS
			? content
			: meta.body && meta.body.length > content.length
				? meta.body
				: content;
	if (body.length < MIN_ARTICLE_CHARS) throw new SourceError(path, 'no article content found in the HTML');
	const article: RawArticle = { id, origin: path, body };
	const title = meta.title ?? parsed?.title?.trim();
	if (title) article.title = title;
	const date = meta.date ?? parsed?.publishedTime?.trim();
	if (date) article.date = date;
	const source = meta.source ?? parsed?.siteName?.trim();
	if (source) article.source = source;
	if (meta.url) article.url = meta.url;
	const lang = meta.lang ?? parsed?.lang?.trim();
	if (lang) article.lang = lang;
	return article;
}

/** Elements in the tree and its depth, walked without recursion. */
function domSize(document: Document): { elements: number; depth: number } {
	let elements = 0;
	let depth = 0;
	const stack: [Element, number][] = document.documentElement ? [[document.documentElement, 1]] : [];
	while (stack.length) {
		const [element, d] = stack.pop()!;
		elements++;
		if (d > depth) depth = d;
		for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, d + 1]);
	}
	return { elements, depth };
}

/** The charset a page declares in its first KB (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
	const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
	const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
	return match?.[1] ?? null;
}

/** JSON-LD (NewsArticle and kin) wins over `<meta>`: it is the page's own structured claim. */
export function pageMetadata(document: Document): PageMetadata {
	const meta = (...names: string[]): string | undefined => {
		for (const name of names) {
			const element = document.querySelector(
				`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`
			);
			const value = element?.getAttribute('content')?.trim();
			if (value) return value;
		}
		return undefined;
	};
	const ld = jsonLdArticle(document);
	const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || undefined;
	const result: PageMetadata = {};
	const set = <K extends keyof PageMetadata>(key: K, value: string | undefined) => {
		if (value) result[key] = value;
	};
	set(
		'title',
		ld.title ??
			meta('og:title', 'twitter:title', 'headline') ??
			(document.querySelector('title')?.textContent?.trim() || undefined)
	);
	set(
		'date',
		ld.date ??
			meta(
				'article:published_time',
				'datePublished',
				'date',
				'pubdate',
				'DC.date.issued',
				'dc.date',
				'og:published_time'
			)
	);
	set('author', ld.author ?? meta('author', 'article:author'));
	set('source', meta('og:site_name', 'application-name') ?? ld.source);
	set('url', ld.url ?? meta('og:url') ?? canonical);
	set('lang', ld.lang ?? (document.documentElement?.getAttribute('lang')?.trim() || undefined) ?? meta('og:locale'));
	set('body', ld.body);
	return result;
}

const ARTICLE_TYPES =
	/^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|OpinionNewsArticle|LiveBlogPosting)$/;

function jsonLdArticle(document: Document): PageMetadata {
	for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
		let data: unknown;
		try {
			data = JSON.parse(script.textContent ?? '');
		} catch {
			continue; // broken JSON-LD is common and says nothing about the article
		}
		const found = findArticleNode(data);
		if (!found) continue;
		const text = (value: unknown): string | undefined => {
			if (typeof value === 'string') return value.trim() || undefined;
			if (Array.isArray(value)) return text(value[0]);
			if (value && typeof value === 'object')
				return text((value as Record<string, unknown>)['name'] ?? (value as Record<string, unknown>)['@id']);
			return undefined;
		};
		const body = text(found['articleBody']);
		return {
			title: text(found['headline']) ?? text(found['name']),
			date: text(found['datePublished']) ?? text(found['dateCreated']),
			author: text(found['author']),
			source: text(found['publisher']),
			url: text(found['url']) ?? text(found['mainEntityOfPage']),
			lang: text(found['inLanguage']),
			body: body ? htmlToText(body) : undefined
		};
	}
	return {};
}

function findArticleNode(data: unknown): Record<string, unknown> | null {
	if (Array.isArray(data)) {
		for (const item of data) {
			const found = findArticleNode(item);
			if (found) return found;
		}
		return null;
	}
	if (!data || typeof data !== 'object') return null;
	const node = data as Record<string, unknown>;
	const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
	if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return node;
	return findArticleNode(node['@graph']);
}
