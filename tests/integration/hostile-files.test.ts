import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { indexArticles, type IndexSummary } from '../../indexer/index-articles';
import { startTestMeili, type TestMeili } from './support/test-meili';

/**
 * The hostile-file suite: every attack of issue 17 on the indexer in one folder, each beside valid
 * files, indexed into a real Meilisearch. Each case must be skipped or refused with its reason and
 * everything valid indexed. Big inputs are generated here (streamed), never committed.
 */
const SECRET = 'not-for-the-index-0123456789';
const valid = (town: string) =>
	`Cyberattaque contre la mairie de ${town}\nLes services municipaux de ${town} sont paralysés depuis lundi matin, selon la préfecture.`;

async function gzipOneGibField(path: string): Promise<void> {
	const mib = Buffer.alloc(1024 * 1024, 'x');
	async function* rows() {
		yield Buffer.from(`id,title,body\nr1,Avant,"${valid('Quimper').replace('\n', ' ')}"\nr2,Énorme,"`);
		for (let i = 0; i < 1024; i++) yield mib;
		yield Buffer.from(`"\nr3,Après,"${valid('Brest').replace('\n', ' ')}"\n`);
	}
	await pipeline(Readable.from(rows()), createGzip({ level: 1 }), createWriteStream(path));
}

/** Resolves once this process has `path` open (the walk has listed the folder and reads the file). */
async function untilOpen(path: string): Promise<void> {
	for (let i = 0; i < 600; i++) {
		for (const fd of await readdir('/proc/self/fd').catch(() => [])) {
			if ((await readlink(`/proc/self/fd/${fd}`).catch(() => '')) === path) return;
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`${path} was never opened`);
}

describe('hostile files: each refused or skipped with its reason, the valid files beside them indexed', () => {
	let meili: TestMeili;
	let base: string;
	let root: string;
	let summary: IndexSummary;
	let concurrent: unknown;
	const reasonOf = (suffix: string) => summary.skipped.find((s) => s.origin.endsWith(suffix))?.reason;

	beforeAll(async () => {
		meili = await startTestMeili();
		base = await mkdtemp(join(tmpdir(), 'marsad-hostile-'));
		root = join(base, 'tree');
		await mkdir(join(root, 'zzz-vanishing'), { recursive: true });
		await writeFile(join(base, 'secret.txt'), `Secret\n${SECRET} ${valid('Paris')}`);
		await symlink(join(base, 'secret.txt'), join(root, 'notes.txt'));
		await writeFile(join(root, 'valid.txt'), valid('Rennes'));
		await writeFile(
			join(root, 'deep.html'),
			`<html><body>${'<div>'.repeat(2000)}<p>${valid('Caen')}</p>${'</div>'.repeat(2000)}</body></html>`
		);
		await writeFile(
			join(root, 'lorient.html'),
			`<html><head><title>Lorient</title></head><body><article><p>${valid('Lorient')}</p></article></body></html>`
		);
		await gzipOneGibField(join(root, 'big.csv.gz'));
		const bodiless = Array.from({ length: 200_000 }, (_, i) => `{"id":"b${i}","title":"Sans corps"}`);
		bodiless.push(JSON.stringify({ id: 'with-body', title: 'Vannes', body: valid('Vannes') }));
		await writeFile(join(root, 'bodiless.jsonl.gz'), gzipSync(bodiless.join('\n')));
		await writeFile(join(root, 'zzz-vanishing', 'gone.txt'), valid('Tours'));

		const run = indexArticles({ paths: [root], writer: meili.writer, lockDir: meili.dataDir, log: () => {} });
		// While it runs: a second writer is refused, and a folder listed at the start vanishes
		// (the 1 GiB CSV, read before it, takes seconds).
		concurrent = await indexArticles({
			paths: [root],
			writer: meili.writer,
			lockDir: meili.dataDir,
			log: () => {}
		}).catch((e: unknown) => e);
		await untilOpen(join(root, 'big.csv.gz'));
		await rm(join(root, 'zzz-vanishing'), { recursive: true });
		summary = await run;
	}, 110_000);
	afterAll(async () => {
		await meili?.close();
		await rm(base, { recursive: true, force: true });
	});

	it('refuses the symlink out of the tree and never indexes its target', async () => {
		expect(reasonOf('notes.txt')).toMatch(/symbolic link to .*secret\.txt, outside the folder being indexed/);
		const hits = await meili.writer.client.index(ARTICLES_INDEX).search(null, { filter: 'id = notes', limit: 1 });
		expect(hits.hits).toEqual([]);
	});

	it.each<[string, RegExp]>([
		['deep.html', /^HTML nested more than \d+ levels deep: refused/],
		['big.csv.gz:3', /^record too long \(1024\.0 MiB, limit 16\.0 MiB\)$/],
		['zzz-vanishing', /^folder vanished during the run$/]
	])('skips %s with its reason', (origin, reason) => {
		expect(reasonOf(origin)).toMatch(reason);
	});

	it('counts the 200k bodiless records without listing them all', () => {
		expect(summary.skipCount).toBeGreaterThanOrEqual(200_000);
		expect(summary.skipped.length).toBeLessThan(100);
	});

	it('refuses a concurrent run with its reason', () => {
		expect(String(concurrent)).toMatch(/Another indexing run \(pid \d+\) is writing to this index/);
	});

	it('indexes every valid file beside them', async () => {
		const index = meili.writer.client.index(ARTICLES_INDEX);
		const { results } = await index.getDocuments({ fields: ['id'], limit: 100 });
		expect(results.map((d) => d.id).sort()).toEqual(['lorient', 'r1', 'r3', 'valid', 'with-body']);
		expect(summary.added).toBe(results.length);
	});
});
