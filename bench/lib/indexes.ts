import { join } from 'node:path';
import { IndexWriter } from '../../indexer/meili/index-writer';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { ROOT, startApp, type RunningApp } from './app';
import { CORPUS_FILES } from './corpus';
import { log, runMeasured, startTempMeili, type BenchMeili, type ChildResult } from './processes';

/** A Meilisearch instance holding an index built by our indexer, shared by the parts of one run. */
export interface BuiltIndex {
	meili: BenchMeili;
	searchKey: string;
	documents: number;
	/** How the indexer run went (wall time, peak RSS). */
	run: ChildResult;
	label: string;
}

/** `node --import tsx indexer/cli.ts index --rebuild <paths>` against `meili`, measured. */
export async function runIndexerCli(meili: BenchMeili, paths: string[], echo = false): Promise<ChildResult> {
	return runIndexerWith({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey }, paths, echo);
}

/** The same CLI run with the given connection variables (e.g. MEILI_NETWORK for a network). */
export async function runIndexerWith(
	connection: Record<string, string>,
	paths: string[],
	echo = false
): Promise<ChildResult> {
	const args = ['--import', 'tsx', join('indexer', 'cli.ts'), 'index', '--rebuild', ...paths];
	const env: NodeJS.ProcessEnv = { ...process.env };
	for (const k of ['MEILI_URL', 'MEILI_MASTER_KEY', 'MEILI_SEARCH_KEY', 'MEILI_NETWORK']) delete env[k];
	Object.assign(env, connection);
	const result = await runMeasured(process.execPath, args, { cwd: ROOT, env, echo });
	if (result.code !== 0) throw new Error(`indexer exited with ${result.code}:\n${result.stderrTail}`);
	return result;
}

export async function documentCount(meili: BenchMeili, index = ARTICLES_INDEX): Promise<number> {
	return new IndexWriter(meili.url, meili.masterKey).documentCount(index);
}

const cache = new Map<string, BuiltIndex>();

/** Remembers an index built elsewhere in this run (the index part hands over its big index). */
export function rememberIndex(index: BuiltIndex): void {
	cache.set(index.label, index);
}

async function buildIndex(label: string, paths: string[]): Promise<BuiltIndex> {
	const cached = cache.get(label);
	if (cached) return cached;
	const meili = await startTempMeili(label);
	log(`indexing ${paths.join(' ')} into "${label}" with our indexer`);
	const run = await runIndexerCli(meili, paths);
	const writer = new IndexWriter(meili.url, meili.masterKey);
	const built: BuiltIndex = {
		meili,
		searchKey: await writer.ensureSearchKey(),
		documents: await documentCount(meili),
		run,
		label
	};
	cache.set(label, built);
	return built;
}

/** The whole corpus (news-ar + news-fr) through our indexer. */
export const corpusIndex = (): Promise<BuiltIndex> => buildIndex('corpus', CORPUS_FILES);

/** The five seed articles. */
export const seedIndex = (): Promise<BuiltIndex> => buildIndex('seeds', [join(ROOT, 'seeds')]);

const apps = new Map<string, Promise<RunningApp>>();

/**
 * One app process per index and environment for the whole run (the search and frontend parts
 * share one; a part that needs other settings, e.g. the load part's ADDRESS_HEADER, gets its own).
 */
export function appFor(index: BuiltIndex, extraEnv: Record<string, string> = {}): Promise<RunningApp> {
	const key = `${index.label} ${JSON.stringify(Object.entries(extraEnv).sort())}`;
	let app = apps.get(key);
	if (!app) {
		const name = Object.keys(extraEnv).length
			? `${index.label} (${Object.entries(extraEnv)
					.map(([k, v]) => `${k}=${v}`)
					.join(' ')})`
			: index.label;
		app = startApp(name, index.meili.url, index.searchKey, extraEnv);
		apps.set(key, app);
	}
	return app;
}
