import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceError } from '../../../indexer/sources/source-error';
import { MAX_TEXT_FILE_BYTES } from '../../../indexer/sources/limits';
import { ARABIC, collect, tempDir } from './fixtures';

let fx: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (fx = await tempDir()));
afterEach(() => fx.cleanup());

const rel = (skipped: { origin: string; reason: string }[]) =>
	skipped.map((s) => ({ ...s, origin: s.origin.slice(fx.dir.length + 1) }));

describe('readSources: faults are reported and skipped, never thrown', () => {
	it('throws SourceError only for a path that does not exist', async () => {
		await expect(collect([join(fx.dir, 'missing')])).rejects.toBeInstanceOf(SourceError);
	});

	it('skips empty, whitespace-only and binary files of every text format', async () => {
		await fx.write('empty.txt', '');
		await fx.write('blank.md', ' \n\t\n');
		await fx.write('empty.jsonl', '');
		await fx.write('empty.csv', '');
		await fx.write('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
		await fx.write('binary.jsonl', Buffer.from([0x7b, 0x00, 0x7d, 0x0a]));
		await fx.write('binary.html', Buffer.from([0x3c, 0x00, 0x3e]));
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles).toEqual([]);
		expect(rel(skipped)).toEqual([
			{ origin: 'binary.html', reason: 'binary file (NUL bytes in the first KB)' },
			{ origin: 'binary.jsonl', reason: 'binary file (NUL bytes in the first KB)' },
			{ origin: 'binary.txt', reason: 'binary file (NUL bytes in the first KB)' },
			{ origin: 'blank.md', reason: 'no text (only whitespace)' },
			{ origin: 'empty.csv', reason: 'empty file' },
			{ origin: 'empty.jsonl', reason: 'empty file' },
			{ origin: 'empty.txt', reason: 'empty file' }
		]);
	});

	it('reports a truncated gzip with the number of records read before the cut', async () => {
		const lines = Array.from({ length: 2000 }, (_, i) =>
			JSON.stringify({ id: `r${i}`, body: `${ARABIC} ${i} ${'x'.repeat(i % 50)}` })
		).join('\n');
		const gz = gzipSync(lines);
		await fx.write('cut.jsonl.gz', gz.subarray(0, Math.floor(gz.length * 0.6)));
		await fx.write('notgz.jsonl.gz', 'plain text, not gzip');
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles.length).toBeGreaterThan(100);
		expect(articles.length).toBeLessThan(2000);
		expect(articles.at(-1)?.body).toMatch(new RegExp(`^${ARABIC} \\d+ x*$`)); // no half record
		expect(rel(skipped)).toEqual([
			{
				origin: 'cut.jsonl.gz',
				reason: `truncated gzip file (unexpected end of data); ${articles.length} articles read before`
			},
			{ origin: 'notgz.jsonl.gz', reason: 'not a gzip file' }
		]);
	});

	it('skips text that is invalid UTF-8 and not plausible Windows-1256, file or line', async () => {
		const junk = Buffer.from('d6d0cec4b5c4cec4d7d6d6d0b9fab5c4c8cbc3f1d0c2cec5cab1c6c0d6d0cec4b5c4cec4d7d6', 'hex');
		await fx.write('junk.txt', junk);
		await fx.write(
			'mixed.jsonl',
			Buffer.concat([Buffer.from('{"body":"ok"}\n{"body":"'), junk, Buffer.from('"}\n{"body":"ok too"}\n')])
		);
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles.map((a) => a.body)).toEqual(['ok', 'ok too']);
		expect(rel(skipped)).toEqual([
			{ origin: 'junk.txt', reason: 'not valid UTF-8, nor plausible Windows-1256 text' },
			{ origin: 'mixed.jsonl:2', reason: 'not valid UTF-8, nor plausible Windows-1256 text' }
		]);
	});

	it('caps a 50 MB single-line .txt at 2 MiB, visibly, without reading it all', async () => {
		const line = Buffer.alloc(50 * 1024 * 1024, 'مرحبا ');
		await fx.write('huge.txt', line);
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles).toHaveLength(1);
		expect(Buffer.byteLength(articles[0]?.body ?? '')).toBeLessThanOrEqual(MAX_TEXT_FILE_BYTES);
		expect(articles[0]?.body.endsWith('\ufffd')).toBe(false);
		expect(rel(skipped)).toEqual([
			{
				origin: 'huge.txt',
				reason: `body truncated to its first ${MAX_TEXT_FILE_BYTES} bytes (file is ${line.length} bytes); the rest is not indexed`
			}
		]);
	});

	it('skips a 50 MB single-line JSONL record but keeps the lines around it', async () => {
		const big = Buffer.alloc(50 * 1024 * 1024, 'a');
		await fx.write(
			'big.jsonl',
			Buffer.concat([Buffer.from('{"body":"before"}\n{"body":"'), big, Buffer.from('"}\n{"body":"after"}')])
		);
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles.map((a) => a.body)).toEqual(['before', 'after']);
		expect(rel(skipped)).toEqual([{ origin: 'big.jsonl:2', reason: 'line too long (50.0 MiB, limit 16.0 MiB)' }]);
	});

	it('reports a broken JSONL line as file:line and keeps the others', async () => {
		await fx.write('a.jsonl', '{"body":"un"}\n{"body": "deux"\n{"body":"trois"}\n[1,2]\n{"title":"sans corps"}\n');
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles.map((a) => a.body)).toEqual(['un', 'trois']);
		expect(rel(skipped).map((s) => [s.origin, s.reason.replace(/ \(.*/, '')])).toEqual([
			['a.jsonl:2', 'invalid JSON'],
			['a.jsonl:4', 'record is not an object'],
			['a.jsonl:5', 'no body']
		]);
	});

	it('reports broken JSON array elements and a truncated array', async () => {
		await fx.write('a.json', '[\n{"body":"un"},\n{"body": tr},\n{"body":"trois"},\n{"body":"qua');
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles.map((a) => a.body)).toEqual(['un', 'trois']);
		expect(rel(skipped).map((s) => [s.origin, s.reason.replace(/^invalid JSON \(.*/, 'invalid JSON')])).toEqual([
			['a.json:3', 'invalid JSON'],
			['a.json', 'JSON array not closed (truncated file?); 2 articles read before']
		]);
	});

	it('reports a CSV row with the wrong column count as file:line and keeps the others', async () => {
		await fx.write(
			'a.csv',
			'id,title,body\n1,Un,corps un\n2,Deux\n3,Trois,"corps\ntrois"\n4,Quatre,corps,en trop\n5,Cinq,\n'
		);
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles.map((a) => a.id)).toEqual(['1', '3']);
		expect(rel(skipped)).toEqual([
			{ origin: 'a.csv:3', reason: 'wrong column count (2 instead of 3)' },
			{ origin: 'a.csv:6', reason: 'wrong column count (4 instead of 3)' },
			{ origin: 'a.csv:7', reason: 'no body (no body/text/content field)' }
		]);
	});

	it('skips an HTML page with no article content', async () => {
		await fx.write(
			'nav.html',
			'<html><head><title>Accueil</title></head><body><nav><a href="/">Accueil</a></nav><script>var x = 1;</script></body></html>'
		);
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles).toEqual([]);
		expect(rel(skipped)).toEqual([{ origin: 'nav.html', reason: 'no article content found in the HTML' }]);
	});

	it('reports a file named directly whose type is unknown, and a file with no articles', async () => {
		const pdf = await fx.write('report.pdf', '%PDF-1.4');
		await fx.write('blank-lines.jsonl', '\n\n\n');
		const { skipped } = await collect([pdf, join(fx.dir, 'blank-lines.jsonl')]);
		expect(rel(skipped)).toEqual([
			{ origin: 'report.pdf', reason: 'unsupported file type' },
			{ origin: 'blank-lines.jsonl', reason: 'no articles found' }
		]);
	});
});

describe('CSV: a record past the 16 MiB cap is skipped, the rows after it read', () => {
	it.each<[string, string]>([
		['a quoted field of 20 MiB', `"${'x'.repeat(20 * 1024 * 1024)}"`],
		['a quoted field of 20 MiB with line breaks and doubled quotes', `"${'ab ""q"" \n'.repeat(2 * 1024 * 1024)}"`],
		['an unquoted field of 20 MiB', 'y'.repeat(20 * 1024 * 1024)]
	])('%s', async (_name, field) => {
		const rows = [
			'id,title,body',
			'r1,Avant,"Cyberattaque à Quimper."',
			`r2,Gros,${field}`,
			'r3,Après,"Rançongiciel à Brest."'
		];
		await fx.write('big.csv.gz', gzipSync(rows.join('\n') + '\n'));
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles.map((a) => a.id)).toEqual(['r1', 'r3']);
		expect(rel(skipped)).toEqual([
			{ origin: 'big.csv.gz:3', reason: expect.stringMatching(/^record too long \(\d+\.\d MiB, limit 16\.0 MiB\)$/) }
		]);
	});

	it('keeps line numbers right after a multi-line record left out', async () => {
		const rows = [
			'id,title,body',
			`r1,Gros,"${'z\n'.repeat(9 * 1024 * 1024)}"`,
			'r2,Bad',
			'r3,Après,"Rançongiciel à Brest."'
		];
		await fx.write('lines.csv', rows.join('\n') + '\n');
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles.map((a) => a.id)).toEqual(['r3']);
		expect(rel(skipped).map((s) => s.origin)).toEqual(['lines.csv:2', `lines.csv:${9 * 1024 * 1024 + 3}`]);
	});
});
