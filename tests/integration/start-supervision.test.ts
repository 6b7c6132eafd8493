import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/lib/server/embedded-meili';
import { getWithHost } from '../support/get-with-host';

describe('npm start: links on http://HOST:PORT, and it notices the embedded Meilisearch dying', () => {
	it('kill -9 of Meilisearch: npm start says so and exits non-zero (it used to answer 503 forever)', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'marsad-start-'));
		const port = await freePort();
		const env: NodeJS.ProcessEnv = {
			...process.env,
			MARSAD_DATA: dataDir,
			PORT: String(port),
			HOST: '127.0.0.1'
		};
		delete env.ORIGIN;
		delete env.MEILI_URL;
		delete env.MEILI_NETWORK;
		delete env.MARSAD_INDEX;
		const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
		const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
		try {
			await new Promise<void>((resolve, reject) => {
				child.stdout.setEncoding('utf8').on('data', (c: string) => {
					stdout += c;
					if (stdout.includes('Marsad ready')) resolve();
				});
				void exit.then(() => reject(new Error(`npm start exited early: ${stderr}`)));
			});
			// Issue 17, defect 12: npm start's links are http://HOST:PORT, whatever Host is sent.
			const app = `http://127.0.0.1:${port}`;
			for (const path of ['/feed.atom?q=Europol', '/?q=Europol', '/article/004_2ccc26fd04491093']) {
				const text = await getWithHost(app + path, 'evil.example');
				expect(text.includes('evil.example'), path).toBe(false);
				expect(text.includes('https://127.0.0.1'), path).toBe(false);
				expect(text, path).toContain(`${app}/`);
			}
			const pid = Number(readFileSync(join(dataDir, 'meili.pid'), 'utf8'));
			process.kill(pid, 'SIGKILL');
			expect(await exit).toBe(1);
			expect(stderr).toMatch(
				new RegExp(`Meilisearch \\(pid ${pid}\\) exited unexpectedly \\(SIGKILL\\): stopping Marsad`)
			);
		} finally {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exit;
			rmSync(dataDir, { recursive: true, force: true });
		}
	}, 180_000);
});

async function waitFor<T>(what: string, check: () => Promise<T | null>, ms = 60_000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await check().catch(() => null);
		if (value !== null) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 300));
	}
}

describe('npm start -- --watch SOURCES.json', () => {
	it('runs the watcher beside the app: a dropped file is searchable, the source is on /api/sources', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'marsad-start-watch-'));
		mkdirSync(join(dataDir, 'incoming'));
		const sources = join(dataDir, 'SOURCES.json');
		writeFileSync(
			sources,
			JSON.stringify({ sources: [{ name: 'Drop folder', path: 'incoming', every: '1s', settle: '1s' }] })
		);
		const port = await freePort();
		const env: NodeJS.ProcessEnv = { ...process.env, MARSAD_DATA: dataDir, PORT: String(port), HOST: '127.0.0.1' };
		for (const name of ['MEILI_URL', 'MEILI_NETWORK', 'MARSAD_INDEX', 'ORIGIN']) delete env[name];
		const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--watch', sources], {
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
		const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
		const app = `http://127.0.0.1:${port}`;
		try {
			await new Promise<void>((resolve, reject) => {
				child.stdout.setEncoding('utf8').on('data', (c: string) => {
					stdout += c;
					if (stdout.includes('Marsad ready')) resolve();
				});
				void exit.then(() => reject(new Error(`npm start exited early: ${stderr}`)));
			});
			writeFileSync(
				join(dataDir, 'incoming', 'dropped.txt'),
				'Intrusion zuluwatchword au port\nUne intrusion zuluwatchword a touché le réseau du port, selon les autorités portuaires.\n'
			);
			const hits = await waitFor('the dropped file in search', async () => {
				const body = (await (await fetch(`${app}/api/search?q=zuluwatchword`)).json()) as { hits: { id: string }[] };
				return body.hits.length ? body.hits : null;
			});
			expect(hits.map((h) => h.id)).toEqual(['dropped']);
			const status = (await (await fetch(`${app}/api/sources`)).json()) as {
				sources: { name: string }[];
			};
			expect(status.sources.map((s) => s.name)).toEqual(['Drop folder']);
		} finally {
			if (child.exitCode === null) child.kill('SIGTERM');
			expect(await exit).toBe(0);
			rmSync(dataDir, { recursive: true, force: true });
		}
	}, 180_000);
});
