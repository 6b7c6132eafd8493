import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { safeId } from '../../indexer/sources/article-id';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/lib/analysis/index';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { indexArticles, type IndexSummary } from '../../indexer/index-articles';
import { startTestMeili, type TestMeili } from './support/test-meili';

/** Windows-1256 bytes of Arabic letters (the code page Arabic archives often use). */
const CP1256: Record<string, number> = {
	ز: 0xd2,
	ن: 0xe4,
	ج: 0xcc,
	ب: 0xc8,
	ا: 0xc7,
	ر: 0xd1,
	' ': 0x20,
	ه: 0xe5,
	و: 0xe6,
	م: 0xe3,
	ي: 0xed,
	ل: 0xe1,
	ك: 0xdf,
	ت: 0xca,
	'\n': 0x0a,
	ق: 0xde,
	ع: 0xda,
	د: 0xcf
};
const cp1256 = (text: string) => Buffer.from([...text].map((c) => CP1256[c] ?? 0x20));

const sentence = (word: string) => `Un rapport sur ${word} et la sécurité des réseaux informatiques en Europe.`;

function writeFixtures(dir: string): void {
	const w = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
	mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
	w('plain.txt', `Titre du texte alphatxt\n${sentence('alphatxt')}\n`);
	w('note.md', `# Titre bravomd\n\n${sentence('bravomd')}\n`);
	w(
		'page.html',
		`<!doctype html><html><head><title>Page charliehtml</title><meta property="og:site_name" content="Le Site"><meta property="article:published_time" content="2021-07-09T10:00:00Z"></head><body><nav>Accueil | Contact</nav><article><h1>Page charliehtml</h1><p>${sentence('charliehtml')}</p><p>${sentence('charliehtml')} Deuxième paragraphe assez long pour la lecture.</p></article><footer>© Le Site</footer></body></html>`
	);
	w(
		'array.json',
		JSON.stringify([
			{ id: 'json-1', headline: 'Titre deltajson', text: sentence('deltajson'), published: '2020-01-02' }
		])
	);
	w(
		'lines.jsonl',
		[
			JSON.stringify({ id: 'jl-1', title: 'Titre echojsonl', body: sentence('echojsonl') }),
			'{ broken json',
			JSON.stringify({ id: 'jl-2', title: 'Autre echojsonl', body: sentence('echojsonl') })
		].join('\n') + '\n'
	);
	w(
		'packed.jsonl.gz',
		gzipSync(JSON.stringify({ id: 'gz-1', title: 'Titre foxtrotgz', body: sentence('foxtrotgz') }) + '\n')
	);
	w('table.csv', `id,title,body\ncsv-1,Titre golfcsv,"${sentence('golfcsv')}\nsur deux lignes"\ncsv-2,"bad row"\n`);
	w('table.tsv', `id\ttitle\tbody\ntsv-1\tTitre hoteltsv\t${sentence('hoteltsv')}\n`);
	w(
		'feed.rss',
		`<?xml version="1.0"?><rss version="2.0"><channel><title>Flux</title><item><guid>rss-1</guid><title>Titre indiarss</title><description>${sentence('indiarss')}</description><pubDate>Fri, 09 Jul 2021 10:00:00 GMT</pubDate></item></channel></rss>`
	);
	w(
		'feed.atom',
		`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Flux</title><entry><id>atom-1</id><title>Titre julietatom</title><content type="html">${sentence('julietatom')}</content><updated>2021-07-09T10:00:00Z</updated></entry></feed>`
	);
	w(join('nested', 'deeper', 'arabic-1256.txt'), cp1256('قرار زنجبار\nقال مدير المكتب ان زنجبار لم تعلق على الهجوم\n'));
	w(
		'utf16.txt',
		Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Titre limautf16\n${sentence('limautf16')}\n`, 'utf16le')])
	);
	w('bom.txt', `\uFEFFTitre mikebom\n${sentence('mikebom')}\n`);
	// Faults: each must be reported and skipped, and nothing else lost.
	w('empty.txt', '');
	w('binary.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
	w(
		'truncated.jsonl.gz',
		gzipSync(JSON.stringify({ id: 'tr-1', title: 't', body: sentence('november') }) + '\n').subarray(0, 20)
	);
	w('invalid-utf8.txt', Buffer.from([0x41, 0xc3, 0x28, 0xa0, 0xa1, 0x80, 0x81, 0x41]));
	w('huge-line.txt', 'Titre oscarhuge ' + 'mot '.repeat(13 * 1024 * 1024));
	w('no-article.html', '<!doctype html><html><head><title></title></head><body><nav>Menu</nav></body></html>');
}

describe('every source format, and every kind of bad input', () => {
	let meili: TestMeili;
	let dir: string;
	let summary: IndexSummary;
	const logs: string[] = [];

	beforeAll(async () => {
		meili = await startTestMeili();
		dir = mkdtempSync(join(tmpdir(), 'marsad-formats-'));
		writeFixtures(dir);
		summary = await indexArticles({ paths: [dir], writer: meili.writer, log: (l) => logs.push(l) });
	});
	afterAll(async () => {
		await meili?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	const find = async (word: string) => {
		const q = analyzeQuery(word + ' ')
			.map((t) => t.token)
			.join(' ');
		const res = await meili.writer.client
			.index(ARTICLES_INDEX)
			.search(q, { attributesToRetrieve: ['id', 'title', 'date', 'source', 'lang'] });
		return res.hits;
	};

	it.each([
		['alphatxt', 'plain'],
		['bravomd', 'note'],
		['charliehtml', 'page'],
		['deltajson', 'json-1'],
		['echojsonl', 'jl-1'],
		['foxtrotgz', 'gz-1'],
		['golfcsv', 'csv-1'],
		['hoteltsv', 'tsv-1'],
		['indiarss', 'rss-1'],
		['julietatom', 'atom-1'],
		['limautf16', 'utf16'],
		['mikebom', 'bom'],
		// In a subfolder: the id comes from the path under the indexed folder.
		['زنجبار', safeId('nested/deeper/arabic-1256')]
	])('%s is indexed from its format and found by search', async (word, id) => {
		const hits = await find(word);
		expect(hits.map((h) => h.id)).toContain(id);
	});

	it('keeps metadata from structured sources', async () => {
		const [html] = await find('charliehtml');
		expect(html).toMatchObject({ date: '2021-07-09', source: 'Le Site', lang: 'fr' });
		const [json] = await find('deltajson');
		expect(json).toMatchObject({ title: 'Titre deltajson', date: '2020-01-02' });
		const [arabic] = await find('زنجبار');
		expect(arabic?.lang).toBe('ar');
	});

	it('reports each fault with its file (and line) and a reason, and keeps every valid record', async () => {
		const reasons = summary.skipped.map((s) => `${s.origin}: ${s.reason}`);
		const expectSkip = (pattern: RegExp) =>
			expect(
				reasons.some((r) => pattern.test(r)),
				`${pattern} in\n${reasons.join('\n')}`
			).toBe(true);
		expectSkip(/empty\.txt: .*empty/i);
		expectSkip(/binary\.txt: .*binary/i);
		expectSkip(/truncated\.jsonl\.gz: .*(truncated|gzip|unexpected end)/i);
		expectSkip(/invalid-utf8\.txt: /);
		expectSkip(/lines\.jsonl:2: /);
		expectSkip(/table\.csv:\d+: /);
		expectSkip(/no-article\.html: /);
		expect((await find('echojsonl')).map((h) => h.id).sort()).toEqual(['jl-1', 'jl-2']);
		expect(logs.join('\n')).toMatch(/skipped/);
	});

	it('a 50 MB single-line file neither stops the run nor is lost silently', async () => {
		const reasons = summary.skipped.map((s) => `${s.origin}: ${s.reason}`).join('\n');
		expect(reasons).toMatch(/huge-line\.txt: /);
		expect((await find('oscarhuge')).map((h) => h.id)).toContain('huge-line');
	});

	it('the CLI exits 0 when some documents were indexed, 1 with --strict', () => {
		const env = { ...process.env, MEILI_URL: meili.server.url, MEILI_MASTER_KEY: meili.server.masterKey };
		const run = (args: string[]) =>
			spawnSync(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', 'index', ...args], { env, encoding: 'utf8' });
		// A small folder: the CLI's exit codes, not the readers, are under test here.
		const mixed = mkdtempSync(join(tmpdir(), 'marsad-mixed-'));
		writeFileSync(join(mixed, 'good.txt'), `Titre papacli\n${sentence('papacli')}\n`);
		writeFileSync(join(mixed, 'empty.txt'), '');
		const normal = run([mixed]);
		expect(normal.status).toBe(0);
		expect(normal.stderr).toMatch(/added 1/);
		expect(normal.stderr).toMatch(/empty\.txt/);
		expect(run(['--strict', mixed]).status).toBe(1);
		rmSync(mixed, { recursive: true, force: true });
		const onlyBad = mkdtempSync(join(tmpdir(), 'marsad-bad-'));
		writeFileSync(join(onlyBad, 'empty.txt'), '');
		expect(run([onlyBad]).status).toBe(1);
		rmSync(onlyBad, { recursive: true, force: true });
		const missing = run(['/nonexistent/path']);
		expect(missing.status).toBe(1);
		expect(missing.stderr.trim().split('\n').at(-1)).toMatch(/\/nonexistent\/path.*(no such|not found)/i);
	});
});
