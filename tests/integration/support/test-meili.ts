import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMeili, type EmbeddedMeili } from '../../../src/lib/server/embedded-meili';
import { IndexWriter } from '../../../indexer/meili/index-writer';

export interface TestMeili {
	server: EmbeddedMeili;
	writer: IndexWriter;
	dataDir: string;
	close(): Promise<void>;
}

/** A real embedded Meilisearch on a free port with a throw-away data dir. */
export async function startTestMeili(): Promise<TestMeili> {
	const dataDir = mkdtempSync(join(tmpdir(), 'marsad-test-'));
	const server = await startEmbeddedMeili({ dataDir, log: () => {} });
	return {
		server,
		writer: new IndexWriter(server.url, server.masterKey),
		dataDir,
		async close() {
			await server.stop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
