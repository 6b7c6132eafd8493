import { mkdtempSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	assertChecksum,
	loadOrCreateMasterKey,
	MEILI_BINARY_SHA256,
	resolveMeiliBinary,
	startEmbeddedMeili
} from '../../src/lib/server/embedded-meili';
import { MarsadError } from '../../src/lib/server/marsad-error';
import { startTestMeili, type TestMeili } from './support/test-meili';

describe('embedded Meilisearch', () => {
	let meili: TestMeili;
	beforeAll(async () => {
		meili = await startTestMeili();
	});
	afterAll(async () => {
		await meili.close();
	});

	it('answers /health on loopback and keeps its master key private', async () => {
		expect(meili.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const res = await fetch(`${meili.server.url}/health`);
		expect(res.status).toBe(200);
		expect(statSync(join(meili.dataDir, 'master.key')).mode & 0o777).toBe(0o600);
	});

	it('requires the master key for admin routes', async () => {
		const res = await fetch(`${meili.server.url}/keys`);
		expect(res.status).toBe(401);
	});

	it('makes a search-only key restricted to the articles index, reused on the next call', async () => {
		const key = await meili.writer.ensureSearchKey();
		expect(await meili.writer.ensureSearchKey()).toBe(key);
		const info = await meili.writer.client.getKey(key);
		expect(info.actions).toEqual(['search']);
		expect(info.indexes).toEqual(['articles']);
		const res = await fetch(`${meili.server.url}/keys`, { headers: { Authorization: `Bearer ${key}` } });
		expect(res.status).toBe(403);
	});
});

describe('embedded Meilisearch refuses what it must not run', () => {
	const dir = mkdtempSync(join(tmpdir(), 'marsad-bad-bin-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('a missing binary gives a one-line MarsadError', async () => {
		const error = await startEmbeddedMeili({
			dataDir: dir,
			env: { MEILI_BIN: join(dir, 'nope') },
			log: () => {}
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(MarsadError);
		expect((error as Error).message).toMatch(/not found.*MEILI_BIN/);
		expect((error as Error).message).not.toContain('\n');
	});

	it('a binary that exits at once is reported, not waited on forever', async () => {
		const fake = join(dir, 'fake-meili');
		writeFileSync(fake, '#!/bin/sh\necho "boom" >&2\nexit 3\n');
		chmodSync(fake, 0o755);
		const error = await startEmbeddedMeili({ dataDir: dir, env: { MEILI_BIN: fake }, log: () => {} }).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(MarsadError);
		expect((error as Error).message).toMatch(/failed to start/);
	});

	it('a binary whose checksum differs is refused with a one-line message', async () => {
		const fake = join(dir, 'tampered');
		writeFileSync(fake, 'not meilisearch');
		const error = await assertChecksum(fake, MEILI_BINARY_SHA256).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(MarsadError);
		expect((error as Error).message).toMatch(/^Refusing to run .*SHA-256/);
		expect((error as Error).message).not.toContain('\n');
	});

	it('the pinned package binary has the expected checksum', async () => {
		await expect(assertChecksum(resolveMeiliBinary({}), MEILI_BINARY_SHA256)).resolves.toBeUndefined();
	});

	it('keeps the same master key across starts', () => {
		expect(loadOrCreateMasterKey(dir)).toBe(loadOrCreateMasterKey(dir));
	});
});

describe('one Meilisearch per data dir', () => {
	it('refuses a second server on a data dir a running one owns, and cleans up on stop', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'marsad-lock-'));
		const first = await startEmbeddedMeili({ dataDir: dir, log: () => {} });
		try {
			const error = await startEmbeddedMeili({ dataDir: dir, log: () => {} }).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(MarsadError);
			expect((error as Error).message).toMatch(/already running on .*MARSAD_DATA/);
		} finally {
			await first.stop();
		}
		const again = await startEmbeddedMeili({ dataDir: dir, log: () => {} });
		await again.stop();
		rmSync(dir, { recursive: true, force: true });
	});
});
