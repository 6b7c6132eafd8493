import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { indexArticles } from '../../indexer/index-articles';
import { startTestMeili, type TestMeili } from './support/test-meili';

const quiet = () => {};

function article(i: number): string {
	const countries = ['فرنسا', 'إيران', 'ألمانيا', 'المغرب'];
	return `تقرير رقم ${i} عن هجوم إلكتروني جديد\nأعلنت السلطات في ${countries[i % 4]} أن قراصنة استهدفوا شبكة حكومية في الحادث رقم ${i}.\n`;
}

async function allIds(meili: TestMeili): Promise<string[]> {
	const ids: string[] = [];
	for (let offset = 0; ; offset += 1000) {
		const page = await meili.writer.client
			.index(ARTICLES_INDEX)
			.getDocuments<{ id: string }>({ fields: ['id'], limit: 1000, offset });
		ids.push(...page.results.map((d) => d.id));
		if (page.results.length < 1000) return ids.sort();
	}
}

describe('incremental indexing', () => {
	let meili: TestMeili;
	let dir: string;
	beforeAll(async () => {
		meili = await startTestMeili();
		dir = mkdtempSync(join(tmpdir(), 'marsad-incr-'));
		for (let i = 0; i < 20; i++) writeFileSync(join(dir, `a${i}.txt`), article(i));
	});
	afterAll(async () => {
		await meili?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('sends nothing again when nothing changed, and only what changed', async () => {
		const first = await indexArticles({ paths: [dir], writer: meili.writer, log: quiet });
		expect(first).toMatchObject({ read: 20, added: 20, updated: 0, unchanged: 0 });
		const again = await indexArticles({ paths: [dir], writer: meili.writer, log: quiet });
		expect(again).toMatchObject({ read: 20, added: 0, updated: 0, unchanged: 20 });
		writeFileSync(join(dir, 'a3.txt'), article(3) + 'وأضافت أن التحقيق مستمر.\n');
		const changed = await indexArticles({ paths: [dir], writer: meili.writer, log: quiet });
		expect(changed).toMatchObject({ added: 0, updated: 1, unchanged: 19 });
	});

	it('--prune deletes documents whose source is gone; without it they stay', async () => {
		unlinkSync(join(dir, 'a7.txt'));
		await indexArticles({ paths: [dir], writer: meili.writer, log: quiet });
		expect(await allIds(meili)).toContain('a7');
		const pruned = await indexArticles({ paths: [dir], writer: meili.writer, prune: true, log: quiet });
		expect(pruned.deleted).toBe(1);
		expect(await allIds(meili)).not.toContain('a7');
		expect((await allIds(meili)).length).toBe(19);
	});

	it('a dry run reads and analyses everything but writes nothing', async () => {
		writeFileSync(join(dir, 'new.txt'), article(99));
		const dry = await indexArticles({ paths: [dir], writer: meili.writer, dryRun: true, log: quiet });
		expect(dry.added).toBe(1);
		expect(await allIds(meili)).not.toContain('new');
	});

	it('a document Meilisearch refuses does not lose the rest of its batch', async () => {
		const good = (id: string) => ({ id, title: id, body: 'x', lang: 'fr', content_hash: id });
		const refused: string[] = [];
		await meili.writer.addIsolatingFailures(
			ARTICLES_INDEX,
			// An id with a space is refused by Meilisearch.
			[good('ok-1'), good('bad id'), good('ok-2'), good('ok-3')] as never,
			(origin, reason) => refused.push(`${origin}: ${reason}`)
		);
		expect(refused).toHaveLength(1);
		expect(refused[0]).toMatch(/^bad id: refused by Meilisearch/);
		const ids = await allIds(meili);
		expect(ids).toEqual(expect.arrayContaining(['ok-1', 'ok-2', 'ok-3']));
	});
});

describe('a killed indexer resumes to exactly the right set', () => {
	let meili: TestMeili;
	let dir: string;
	const N = 1500;
	beforeAll(async () => {
		meili = await startTestMeili();
		dir = mkdtempSync(join(tmpdir(), 'marsad-kill-'));
		const lines = Array.from({ length: N }, (_, i) =>
			JSON.stringify({
				id: `rec-${i}`,
				title: `Attaque informatique numéro ${i}`,
				body: `Des pirates ont visé le réseau ${i} en France. ` + 'Texte '.repeat(200),
				lang: 'fr',
				date: '2021-07-09'
			})
		);
		writeFileSync(join(dir, 'corpus.jsonl'), lines.join('\n') + '\n');
	});
	afterAll(async () => {
		await meili?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	function runIndexer(): { done: Promise<number | null>; kill(): void } {
		const child = spawn(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', 'index', '--batch-size', '50', dir], {
			env: { ...process.env, MEILI_URL: meili.server.url, MEILI_MASTER_KEY: meili.server.masterKey, CI: '1' },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		child.stderr.resume();
		return {
			done: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
			kill: () => child.kill('SIGKILL')
		};
	}

	it('kill -9 in the middle, run again: no duplicates, nothing lost', async () => {
		const first = runIndexer();
		// Wait until some batches have landed, then kill without warning.
		const deadline = Date.now() + 60_000;
		while (Date.now() < deadline && (await meili.writer.documentCount()) < 100)
			await new Promise((r) => setTimeout(r, 50));
		first.kill();
		await first.done;
		const partial = await meili.writer.documentCount();
		expect(partial).toBeGreaterThan(0);
		expect(partial).toBeLessThan(N);
		const second = runIndexer();
		expect(await second.done).toBe(0);
		const ids = await allIds(meili);
		expect(ids.length).toBe(N);
		expect(new Set(ids).size).toBe(N);
		expect(ids).toEqual(Array.from({ length: N }, (_, i) => `rec-${i}`).sort());
	});
});
