import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARABIC, FRENCH, collect, encodeWindows1256, tempDir, utf16 } from './fixtures';

let fx: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (fx = await tempDir()));
afterEach(() => fx.cleanup());

const html = (charset: string, body: string) => `<!doctype html>
<html lang="ar"><head><meta charset="${charset}"><title>Page – Site</title>
<meta property="og:title" content="عنوان المقال">
<meta property="og:site_name" content="الجزيرة">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta name="author" content="Reporter">
<meta property="og:url" content="https://example.org/a/1">
</head><body><nav><a href="/">الرئيسية</a> <a href="/x">أخبار</a></nav>
<article><h1>عنوان المقال</h1><p>${body}</p><p>${body}</p><p>الفقرة الثالثة من المقال.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>`;

describe('readSources: whole-file formats', () => {
	it('reads .txt and .md in UTF-8, UTF-8 BOM, UTF-16 LE/BE and Windows-1256', async () => {
		await fx.write('a.txt', ARABIC);
		await fx.write('b.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH)]));
		await fx.write('c.txt', utf16(ARABIC, 'le'));
		await fx.write('d.txt', utf16(FRENCH, 'be'));
		await fx.write('e.txt', encodeWindows1256(ARABIC));
		const { articles, skipped } = await collect([fx.dir]);
		expect(skipped).toEqual([]);
		expect(articles.map((a) => [a.id, a.body])).toEqual([
			['a', ARABIC],
			['b', FRENCH],
			['c', ARABIC],
			['d', FRENCH],
			['e', ARABIC]
		]);
		expect(articles[0]?.origin).toBe(join(fx.dir, 'a.txt'));
	});

	it('walks folders recursively in a stable order and skips hidden and unknown files', async () => {
		await fx.write('z/b.txt', 'deux');
		await fx.write('z/a.txt', 'un');
		await fx.write('A.txt', 'zero');
		await fx.write('.hidden.txt', 'secret');
		await fx.write('.git/x.txt', 'secret');
		await fx.write('photo.jpg', 'JFIF');
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles.map((a) => a.body)).toEqual(['zero', 'un', 'deux']);
		expect(skipped).toEqual([]);
	});

	it('extracts the main content and metadata of an HTML page', async () => {
		const path = await fx.write('page-1.html', html('utf-8', ARABIC));
		const { articles, skipped } = await collect([path]);
		expect(skipped).toEqual([]);
		const [article] = articles;
		expect(article).toMatchObject({
			id: 'page-1',
			origin: path,
			title: 'عنوان المقال',
			date: '2024-03-05T10:00:00Z',
			source: 'الجزيرة',
			url: 'https://example.org/a/1',
			lang: 'ar'
		});
		expect(article?.body).toContain(ARABIC);
		expect(article?.body).toContain('الفقرة الثالثة');
		expect(article?.body).not.toContain('جميع الحقوق');
		// Paragraphs stay apart (textContent would glue them).
		expect(article?.body).toMatch(/\n\n/);
	});

	it('honours <meta charset="windows-1256"> and prefers JSON-LD NewsArticle metadata', async () => {
		const ld = JSON.stringify({
			'@context': 'https://schema.org',
			'@graph': [
				{ '@type': 'WebSite' },
				{
					'@type': ['NewsArticle'],
					headline: 'Titre JSON-LD',
					datePublished: '2023-11-02',
					publisher: { name: 'Agence' },
					inLanguage: 'fr'
				}
			]
		});
		const page = html('windows-1256', FRENCH)
			.replace('</head>', `<script type="application/ld+json">${ld}</script></head>`)
			.replace('<meta property="og:site_name" content="الجزيرة">', '');
		const path = await fx.write('legacy.htm', encodeWindows1256(page.replaceAll('–', '-')));
		const { articles, skipped } = await collect([path]);
		expect(skipped).toEqual([]);
		expect(articles[0]).toMatchObject({
			id: 'legacy',
			title: 'Titre JSON-LD',
			date: '2023-11-02',
			source: 'Agence',
			lang: 'fr'
		});
		expect(articles[0]?.body).toContain(FRENCH);
	});
});

describe('readSources: record formats', () => {
	const records = [
		{ id: 'r1', title: 'Un', body: FRENCH, date: '2024-01-01', source: 'AFP', url: 'https://x/1', lang: 'fr' },
		{ headline: 'اثنان', text: ARABIC, published: '2024-01-02', link: 'https://x/2' }
	];

	it('reads JSON Lines (.jsonl, .ndjson, gzipped) with origin file:line', async () => {
		const lines = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
		await fx.write('a.jsonl', '\n' + lines);
		await fx.write('b.ndjson.gz', gzipSync(lines));
		const { articles, skipped } = await collect([fx.dir]);
		expect(skipped).toEqual([]);
		expect(articles).toHaveLength(4);
		expect(articles[0]).toEqual({ ...records[0], origin: join(fx.dir, 'a.jsonl:2') });
		expect(articles[1]).toMatchObject({
			title: 'اثنان',
			body: ARABIC,
			date: '2024-01-02',
			url: 'https://x/2',
			origin: join(fx.dir, 'a.jsonl:3')
		});
		expect(articles[1]?.id).toMatch(/^a-[0-9a-f]{12}$/);
		expect(articles[3]?.origin).toBe(join(fx.dir, 'b.ndjson.gz:2'));
	});

	it('gives records without an id a stable id that does not depend on where the corpus lives', async () => {
		const line = JSON.stringify({ body: 'texte' }) + '\n';
		await fx.write('one/corpus/x.jsonl', line);
		await fx.write('two/corpus/x.jsonl', line);
		const first = await collect([join(fx.dir, 'one/corpus')]);
		const second = await collect([join(fx.dir, 'two/corpus')]);
		expect(first.articles[0]?.id).toBe(second.articles[0]?.id);
	});

	it('streams a JSON array, and reads an object wrapping the records', async () => {
		await fx.write('a.json', JSON.stringify(records, null, 2));
		await fx.write('b.json.gz', gzipSync(JSON.stringify({ meta: { n: 2 }, articles: records })));
		await fx.write('c.json', JSON.stringify(records[0]));
		const { articles, skipped } = await collect([fx.dir]);
		expect(skipped).toEqual([]);
		expect(articles.map((a) => a.body)).toEqual([FRENCH, ARABIC, FRENCH, ARABIC, FRENCH]);
		expect(articles[1]?.origin).toBe(join(fx.dir, 'a.json:11'));
		expect(articles[3]?.origin).toBe(join(fx.dir, 'b.json.gz#2'));
	});

	it('reads a JSON array in Windows-1256 and strings with brackets and escapes', async () => {
		const tricky = [
			{ id: 'q', body: 'a "quoted" [bracket] {brace}, comma \\ backslash' },
			{ id: 'ar', body: ARABIC }
		];
		await fx.write('a.json', encodeWindows1256(JSON.stringify(tricky)));
		const { articles } = await collect([fx.dir]);
		expect(articles.map((a) => a.body)).toEqual(tricky.map((r) => r.body));
	});

	it('reads CSV with quoted multi-line fields, a sniffed ; delimiter, and TSV', async () => {
		await fx.write('a.csv', `id,title,body\n1,"Un, deux","Ligne 1\nLigne ""2"""\n2,Trois,${FRENCH}\n`);
		await fx.write('b.csv', `titre;texte;date\nA;${ARABIC};2024-02-02\n`);
		await fx.write('c.tsv', `headline\tcontent\nT\tcorps du texte\n`);
		await fx.write('d.csv.gz', gzipSync(`id,body\n9,gz\n`));
		const { articles, skipped } = await collect([fx.dir], { title: 'titre', body: 'texte' });
		// The map is strict: it names `texte`, so files without it are skipped record by record.
		expect(articles.map((a) => a.body)).toEqual([ARABIC]);
		expect(skipped.map((s) => s.reason)).toContain('no body (field "texte" is missing or empty)');
		const auto = await collect([fx.dir]);
		expect(auto.skipped.filter((s) => !s.origin.includes('b.csv'))).toEqual([]);
		expect(auto.articles.map((a) => [a.id, a.title, a.body, a.origin.slice(fx.dir.length + 1)])).toEqual([
			['1', 'Un, deux', 'Ligne 1\nLigne "2"', 'a.csv:2'],
			['2', 'Trois', FRENCH, 'a.csv:4'],
			['c-' + auto.articles[2]?.id.slice(2), 'T', 'corps du texte', 'c.tsv:2'],
			['9', undefined, 'gz', 'd.csv.gz:2']
		]);
	});
});

describe('readSources: feeds', () => {
	it('reads RSS 2.0 items: content:encoded first, guid as id, else a hash of the link', async () => {
		const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Le Flux</title><language>fr</language>
<item><title>A &amp; B</title><link>https://x/a</link><guid isPermaLink="false">urn:a:1</guid><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>
<description><![CDATA[<p>Résumé</p>]]></description><content:encoded><![CDATA[<p>Texte complet.</p><p>Suite.</p>]]></content:encoded></item>
<item><title>Sans guid</title><link>https://x/b</link><description>Seulement un résumé &lt;b&gt;gras&lt;/b&gt;</description></item>
<item><title>Vide</title><link>https://x/c</link></item>
</channel></rss>`;
		const path = await fx.write('flux.rss', rss);
		const { articles, skipped } = await collect([path]);
		expect(articles).toHaveLength(2);
		expect(articles[0]).toMatchObject({
			title: 'A & B',
			body: 'Texte complet.\n\nSuite.',
			url: 'https://x/a',
			date: 'Mon, 01 Jan 2024 10:00:00 GMT',
			source: 'Le Flux',
			lang: 'fr',
			origin: `${path}#1`
		});
		expect(articles[0]?.id).toMatch(/^urn_a_1-[0-9a-f]{12}$/);
		expect(articles[1]?.id).toMatch(/^link-[0-9a-f]{16}$/);
		expect(articles[1]?.body).toBe('Seulement un résumé gras');
		expect(skipped).toEqual([{ origin: `${path}#3`, reason: 'feed item with no content or description' }]);
	});

	it('reads Atom entries, and sniffs a feed in a .xml file', async () => {
		const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>المرصد</title>
<entry><id>tag:x,2024:1</id><title type="html">عنوان &lt;b&gt;مهم&lt;/b&gt;</title><link rel="alternate" href="https://x/1"/>
<published>2024-02-03T00:00:00Z</published><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${ARABIC}</p></div></content></entry>
<entry><id>e2</id><title>بدون محتوى</title><summary>ملخص قصير</summary><updated>2024-02-04</updated></entry></feed>`;
		await fx.write('feed.xml', atom);
		await fx.write('other.xml', '<?xml version="1.0"?><config><a/></config>');
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles.map((a) => [a.id, a.title, a.body, a.date, a.source, a.lang])).toEqual([
			[articles[0]?.id, 'عنوان مهم', ARABIC, '2024-02-03T00:00:00Z', 'المرصد', 'ar'],
			['e2', 'بدون محتوى', 'ملخص قصير', '2024-02-04', 'المرصد', 'ar']
		]);
		expect(articles[0]?.url).toBe('https://x/1');
		expect(skipped).toEqual([{ origin: join(fx.dir, 'other.xml'), reason: 'XML file is not an RSS or Atom feed' }]);
	});
});
