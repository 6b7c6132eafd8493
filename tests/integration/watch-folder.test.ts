import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { defaultPresenters } from '../../src/lib/server/search-presenters';
import type { WatchStatus } from '../../src/lib/watch/source-status';
import { validateConfig } from '../../indexer/watch/config';
import { IndexSink } from '../../indexer/watch/index-sink';
import { StateStore } from '../../indexer/watch/state-store';
import { Watcher } from '../../indexer/watch/watcher';
import { startTestMeili, type TestMeili } from './support/test-meili';

/**
 * A watched folder, in process against a real Meilisearch: files dropped while the watcher
 * runs are indexed once; a file written slowly (pauses shorter than the settle time) is read
 * whole, never half-way.
 */

const text = (n: number) =>
	`Note ${n} sur une cyberattaque\nLes services de sécurité ont détecté l'intrusion numéro ${n} dans le réseau d'une entreprise de transport, ${n * 3} postes touchés.\n`;

describe('marsad watch: a folder', () => {
	let meili: TestMeili;
	let dir: string;
	let folder: string;
	let watcher: Watcher;
	let store: StateStore;
	const stop = new AbortController();
	let running: Promise<void>;
	const log: string[] = [];

	beforeAll(async () => {
		meili = await startTestMeili();
		dir = mkdtempSync(join(tmpdir(), 'marsad-watch-folder-'));
		folder = join(dir, 'incoming');
		mkdirSync(folder);
		writeFileSync(join(folder, 'before.txt'), text(0));
		const config = validateConfig(
			{ sources: [{ name: 'Drop folder', path: 'incoming', every: '0.3s', settle: '1s' }] },
			{ file: 'SOURCES.json', baseDir: dir, checkSearchParams: () => [] }
		);
		store = new StateStore(join(dir, 'watch'));
		const p = defaultPresenters();
		const sink = await IndexSink.open(meili.writer, async () => [], p);
		watcher = new Watcher({
			config,
			store,
			sink,
			post: async () => ({ ok: true }),
			label: (f, id, ui) => p.facetLabel(f, id, ui),
			log: (line) => log.push(line)
		});
		running = watcher.run(stop.signal);
	});

	afterAll(async () => {
		stop.abort();
		await running;
		await meili?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	const docs = async () =>
		(
			await meili.writer.client
				.index(ARTICLES_INDEX)
				.getDocuments<{ id: string; body: string }>({ fields: ['id', 'body'], limit: 100 })
				.catch(() => ({ results: [] as { id: string; body: string }[] }))
		).results;
	const status = () => JSON.parse(readFileSync(store.statusFile, 'utf8')) as WatchStatus;
	const until = async (what: string, probe: () => Promise<boolean>, ms = 15_000) => {
		const deadline = Date.now() + ms;
		while (!(await probe())) {
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${log.join('\n')}`);
			await new Promise((r) => setTimeout(r, 100));
		}
	};

	it('indexes files dropped while it runs, each once', async () => {
		await until('the file already there', async () => (await docs()).some((d) => d.id === 'before'));
		for (let n = 1; n <= 5; n++) writeFileSync(join(folder, `drop-${n}.txt`), text(n));
		// The rename convention: written under a name no reader takes, renamed when whole.
		writeFileSync(join(folder, 'renamed.txt.part'), text(6));
		renameSync(join(folder, 'renamed.txt.part'), join(folder, 'renamed.txt'));
		await until('the dropped files', async () => (await docs()).length === 7);
		// Several polls later nothing was indexed again: each file counted once.
		await new Promise((r) => setTimeout(r, 1500));
		const source = status().sources[0]!;
		expect(source.health).toBe('ok');
		expect(source.indexed).toBe(7);
		expect((await docs()).length).toBe(7);
	});

	it('reads a file written slowly whole, not half-way', async () => {
		const path = join(folder, 'slow.txt');
		writeFileSync(path, 'Rapport rédigé lentement\nPremier paragraphe : le début du texte arrive. ');
		for (let i = 0; i < 6; i++) {
			await new Promise((r) => setTimeout(r, 400));
			appendFileSync(path, `Suite numéro ${i} du rapport, ajoutée pendant que le veilleur regarde. `);
		}
		appendFileSync(path, 'Fin du rapport MARQUEURFINAL.\n');
		await until('the slow file', async () => (await docs()).some((d) => d.id === 'slow'));
		const slow = (await docs()).find((d) => d.id === 'slow')!;
		expect(slow.body).toContain('Premier paragraphe');
		expect(slow.body).toContain('MARQUEURFINAL');
		await new Promise((r) => setTimeout(r, 1500));
		// Indexed once: a half-way read followed by the whole file would count 2.
		expect(status().sources[0]!.indexed).toBe(8);
	});
});
