/**
 * The bench's feed server, in its own process so its CPU is not the watcher's: FEEDS RSS feeds
 * of corpus articles on 127.0.0.1, half answering conditional GETs with 304, half sending the
 * whole feed every time. `POST /add?feed=n` puts the next corpus article on top of feed n.
 * Prints its URL on stdout when ready.
 */
import { conditionalFeed, rssXml, startTestServer, type FeedItem } from '../tests/integration/support/feed-server';
import { corpusRecords } from './lib/corpus';

const FEEDS = Number(process.env.FEEDS ?? 20);
const ITEMS = Number(process.env.ITEMS ?? 30);
const SPARE = Number(process.env.SPARE ?? 100);

async function main(): Promise<void> {
	const pool: FeedItem[] = [];
	for await (const r of corpusRecords()) {
		if (r.body.length < 300) continue;
		pool.push({
			guid: `bench:${r.id}`,
			title: r.title,
			content: r.body,
			link: r.url ?? undefined,
			date: r.date ?? '2026-01-01'
		});
		if (pool.length >= FEEDS * ITEMS + SPARE) break;
	}
	const feeds: FeedItem[][] = Array.from({ length: FEEDS }, (_, i) => pool.slice(i * ITEMS, (i + 1) * ITEMS));
	let next = FEEDS * ITEMS;
	const server = await startTestServer();
	server.log.length = 0;
	feeds.forEach((items, i) => {
		const body = () => rssXml(`Feed ${i}`, items);
		server.routes.set(`/feed-${i}.xml`, i % 2 === 0 ? conditionalFeed(body) : conditionalFeed(body, { etag: false }));
	});
	server.routes.set('/add', (req, res) => {
		const n = Number(new URL(req.url ?? '/', server.url).searchParams.get('feed'));
		const item = pool[next++];
		if (item && feeds[n]) feeds[n]!.unshift(item);
		res.writeHead(item ? 200 : 410).end();
	});
	// The request log would grow with the bench: keep it empty.
	setInterval(() => (server.log.length = 0), 1000).unref();
	process.stdout.write(`${server.url}\n`);
}

void main();
