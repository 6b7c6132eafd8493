import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server whose routes a test changes between polls; it records every request. */
export interface TestServer {
	url: string;
	host: string;
	/** path → handler; replace entries to change what the server answers. */
	routes: Map<string, (req: IncomingMessage, res: ServerResponse, body: string) => void>;
	/** Every request: time (ms), method, path, status answered. */
	log: { at: number; method: string; path: string; status: number }[];
	close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
	const routes: TestServer['routes'] = new Map();
	const log: TestServer['log'] = [];
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const path = (req.url ?? '/').split('?')[0]!;
			const entry = { at: Date.now(), method: req.method ?? 'GET', path, status: 0 };
			log.push(entry);
			res.on('finish', () => (entry.status = res.statusCode));
			const handler = routes.get(path);
			if (!handler) {
				res.writeHead(404).end('not found');
				return;
			}
			handler(req, res, Buffer.concat(chunks).toString('utf8'));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		host: `127.0.0.1:${port}`,
		routes,
		log,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

export interface FeedItem {
	guid: string;
	title: string;
	/** Full text (content:encoded / Atom content); omitted: the item carries only its summary. */
	content?: string;
	summary?: string;
	link?: string;
	date: string;
	lang?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssXml(title: string, items: readonly FeedItem[]): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
		`<title>${esc(title)}</title><link>http://example.invalid/</link><description>test</description>`,
		...items.map(
			(i) =>
				`<item><guid>${esc(i.guid)}</guid><title>${esc(i.title)}</title>` +
				(i.link ? `<link>${esc(i.link)}</link>` : '') +
				`<pubDate>${new Date(i.date).toUTCString()}</pubDate>` +
				(i.summary ? `<description>${esc(i.summary)}</description>` : '') +
				(i.content ? `<content:encoded>${esc(i.content)}</content:encoded>` : '') +
				'</item>'
		),
		'</channel></rss>'
	].join('\n');
}

export function atomXml(title: string, items: readonly FeedItem[]): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`<title>${esc(title)}</title><id>urn:test:${esc(title)}</id><updated>2026-01-01T00:00:00Z</updated>`,
		...items.map(
			(i) =>
				`<entry${i.lang ? ` xml:lang="${i.lang}"` : ''}><id>${esc(i.guid)}</id><title>${esc(i.title)}</title>` +
				(i.link ? `<link rel="alternate" href="${esc(i.link)}"/>` : '') +
				`<published>${i.date}T08:00:00Z</published><updated>${i.date}T08:00:00Z</updated>` +
				(i.summary ? `<summary>${esc(i.summary)}</summary>` : '') +
				(i.content ? `<content type="text">${esc(i.content)}</content>` : '') +
				'</entry>'
		),
		'</feed>'
	].join('\n');
}

/** A feed route that answers 304 to a matching If-None-Match (ETag) or If-Modified-Since. */
export function conditionalFeed(
	body: () => string,
	options: { etag?: boolean; lastModified?: () => Date } = { etag: true }
): (req: IncomingMessage, res: ServerResponse) => void {
	return (req, res) => {
		const text = body();
		const headers: Record<string, string> = { 'content-type': 'application/rss+xml; charset=utf-8' };
		if (options.etag !== false) {
			const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`;
			headers.etag = etag;
			if (req.headers['if-none-match'] === etag) {
				res.writeHead(304, headers).end();
				return;
			}
		}
		if (options.lastModified) {
			const modified = options.lastModified();
			headers['last-modified'] = modified.toUTCString();
			const since = req.headers['if-modified-since'];
			if (since && Date.parse(since) >= Math.floor(modified.getTime() / 1000) * 1000) {
				res.writeHead(304, headers).end();
				return;
			}
		}
		res.writeHead(200, headers).end(text);
	};
}
