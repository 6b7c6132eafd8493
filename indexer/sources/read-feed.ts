import { DOMParser } from 'linkedom';
import type { RawArticle } from '../../src/lib/article';
import { stableHash } from './article-id';
import { readAllBytes } from './byte-stream';
import { DecodeError, decodeText, looksBinary } from './decode-text';
import { htmlToText, nodeToText } from './html-text';
import { MAX_DOCUMENT_BYTES, SNIFF_BYTES } from './limits';
import { recordFallbackId } from './read-records';
import type { ReadContext, SourceFile } from './source-file';
import { SourceError } from './source-error';

/** Does the start of this XML look like RSS (2.0 or 1.0/RDF) or Atom? */
export function isFeed(head: string): boolean {
	return /<(rss|feed|rdf:RDF)[\s>]/.test(head);
}

/**
 * An RSS 2.0 / RSS 1.0 / Atom file: one article per item or entry, origin `file#n`. Feed
 * files are parsed whole (capped at MAX_DOCUMENT_BYTES): exports are rarely large, and
 * XML has no line-per-record shape to stream. Id: guid/id, else a hash of the link.
 */
export async function* readFeed(file: SourceFile, ctx: ReadContext): AsyncGenerator<RawArticle> {
	const bytes = await readAllBytes(file.path, file.gzip, MAX_DOCUMENT_BYTES);
	for (const item of feedItems(bytes, file, ctx)) yield item.article;
}

/** One feed item as read, and whether it carried only a summary (no full-content element). */
export interface FeedItem {
	article: RawArticle;
	summaryOnly: boolean;
}

/**
 * The items of a feed already in memory (a file, or a body fetched by the watcher); `file.path`
 * names it in errors and origins. Faults of the whole feed throw SourceError.
 */
export function* feedItems(bytes: Uint8Array, file: SourceFile, ctx: ReadContext): Generator<FeedItem> {
	if (bytes.length === 0) throw new SourceError(file.path, 'empty file');
	if (looksBinary(bytes, SNIFF_BYTES)) throw new SourceError(file.path, 'binary file (NUL bytes in the first KB)');
	let xml: string;
	try {
		const declared = /<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/.exec(
			Buffer.from(bytes.subarray(0, 200)).toString('latin1')
		);
		xml = decodeText(bytes, declared?.[1]).text;
	} catch (error) {
		if (error instanceof DecodeError) throw new SourceError(file.path, error.reason);
		throw error;
	}
	if (!isFeed(xml.slice(0, 4096))) throw new SourceError(file.path, 'XML file is not an RSS or Atom feed');
	const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
	const root = document.documentElement;
	if (!root) throw new SourceError(file.path, 'unreadable XML');
	const atom = root.localName === 'feed';
	const channel = atom ? root : (firstChild(root, 'channel') ?? root);
	const feedTitle = text(firstChild(channel, 'title'));
	const feedLang = text(firstChild(channel, 'language', 'dc:language')) ?? (root.getAttribute('xml:lang') || undefined);
	const items = Array.from(document.getElementsByTagName(atom ? 'entry' : 'item'));
	for (const [index, item] of items.entries()) {
		const origin = `${file.path}#${index + 1}`;
		const entry = atom ? atomEntry(item) : rssItem(item);
		if (!entry.body) {
			ctx.onSkip(origin, 'feed item with no content or description');
			continue;
		}
		const id = entry.id ?? (entry.url ? `link-${stableHash(entry.url, 16)}` : recordFallbackId(file, `#${index + 1}`));
		const article: RawArticle = { id, origin, body: entry.body };
		if (entry.title) article.title = entry.title;
		if (entry.date) article.date = entry.date;
		if (entry.url) article.url = entry.url;
		const source = entry.source ?? feedTitle;
		if (source) article.source = source;
		const lang = entry.lang ?? feedLang;
		if (lang) article.lang = lang;
		yield { article, summaryOnly: !entry.full };
	}
}

interface FeedEntry {
	id?: string;
	title?: string;
	body?: string;
	date?: string;
	url?: string;
	source?: string;
	lang?: string;
	/** The body came from a full-content element (content:encoded, Atom content), not a summary. */
	full: boolean;
}

function rssItem(item: Element): FeedEntry {
	const html = (element: Element | null) => {
		const raw = element?.textContent?.trim();
		return raw ? htmlToText(raw) : undefined;
	};
	const full = html(firstChild(item, 'content:encoded'));
	return {
		id: text(firstChild(item, 'guid')) ?? (item.getAttribute('rdf:about') || undefined),
		title: html(firstChild(item, 'title')),
		// The full text when the feed carries it; else the description (often only a summary).
		body: full || html(firstChild(item, 'description')),
		full: Boolean(full),
		date: text(firstChild(item, 'pubDate', 'dc:date', 'published')),
		url: text(firstChild(item, 'link')),
		source: text(firstChild(item, 'source')),
		lang: text(firstChild(item, 'dc:language'))
	};
}

function atomEntry(entry: Element): FeedEntry {
	const links = childrenNamed(entry, 'link');
	const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
	const source = firstChild(entry, 'source');
	const full = atomText(firstChild(entry, 'content'));
	return {
		id: text(firstChild(entry, 'id')),
		title: atomText(firstChild(entry, 'title')),
		body: full || atomText(firstChild(entry, 'summary')),
		full: Boolean(full),
		date: text(firstChild(entry, 'published', 'updated')),
		url: link?.getAttribute('href')?.trim() || undefined,
		source: source ? text(firstChild(source, 'title')) : undefined,
		lang: entry.getAttribute('xml:lang') || undefined
	};
}

/** Atom text constructs: `type="xhtml"` holds elements, `type="html"` holds escaped markup. */
function atomText(element: Element | null): string | undefined {
	if (!element) return undefined;
	const type = element.getAttribute('type') ?? 'text';
	const result =
		type === 'xhtml'
			? nodeToText(element)
			: type === 'html' || type === 'text/html'
				? htmlToText(element.textContent ?? '')
				: (element.textContent ?? '').trim();
	return result || undefined;
}

function childrenNamed(parent: Element, name: string): Element[] {
	return Array.from(parent.children).filter((child) => child.tagName === name || child.localName === name);
}

function firstChild(parent: Element, ...names: string[]): Element | null {
	for (const name of names) {
		const found = childrenNamed(parent, name)[0];
		if (found) return found;
	}
	return null;
}

function text(element: Element | null): string | undefined {
	return element?.textContent?.trim() || undefined;
}
