import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { startEmbeddedMeili } from '../../src/lib/server/embedded-meili';
import { IndexWriter } from '../../indexer/meili/index-writer';
import { indexArticles } from '../../indexer/index-articles';
import { startTestMeili, type TestMeili } from './support/test-meili';

function runIndex(dataDir: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
	return new Promise((resolve) => {
		const env: NodeJS.ProcessEnv = { ...process.env, MARSAD_DATA: dataDir };
		delete env.MEILI_URL;
		delete env.MEILI_NETWORK;
		const child = spawn(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', 'index', ...args], {
			env,
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
		child.once('exit', (code) => resolve({ code, stderr }));
	});
}

describe('one writer at a time per index', () => {
	let meili: TestMeili;
	let dir: string;
	beforeAll(async () => {
		meili = await startTestMeili();
		dir = mkdtempSync(join(tmpdir(), 'marsad-concurrent-'));
		writeFileSync(
			join(dir, 'late.txt'),
			'Rançongiciel à Brest\nLes services de la mairie de Brest sont paralysés depuis lundi matin par un rançongiciel.'
		);
	});
	afterAll(async () => {
		await meili?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('an update during a --rebuild is refused with a message, never reported as added and then lost', async () => {
		const lockDir = meili.dataDir;
		const rebuild = indexArticles({ paths: ['seeds'], writer: meili.writer, rebuild: true, lockDir, log: () => {} });
		await expect(indexArticles({ paths: [dir], writer: meili.writer, lockDir, log: () => {} })).rejects.toThrow(
			/Another indexing run \(pid \d+\) is writing to this index/
		);
		await rebuild;
		// After the rebuild the lock is free again and the update lands.
		expect((await indexArticles({ paths: [dir], writer: meili.writer, lockDir, log: () => {} })).added).toBe(1);
		expect(await meili.writer.client.index(ARTICLES_INDEX).getDocument('late')).toMatchObject({ id: 'late' });
	});

	it('two runs started together with no server: one indexes, the other is refused before starting Meilisearch', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'marsad-two-runs-'));
		try {
			const runs = await Promise.all([runIndex(dataDir, ['seeds']), runIndex(dataDir, ['seeds'])]);
			expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
			expect(runs.find((r) => r.code === 1)?.stderr).toMatch(/Another indexing run \(pid \d+\)/);
			const server = await startEmbeddedMeili({ dataDir, log: () => {} });
			try {
				const stats = await new IndexWriter(server.url, server.masterKey).client.index(ARTICLES_INDEX).getStats();
				expect(stats.numberOfDocuments).toBe(5);
			} finally {
				await server.stop();
			}
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	});
});
