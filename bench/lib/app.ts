import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, log, onCleanup, waitForHttp } from './processes';

/** Project root (bench/lib/../..). */
export const ROOT = join(import.meta.dirname, '..', '..');

const SOURCES = ['src', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/**
 * Builds the working tree. Others may build the same tree at the same moment (vite shares
 * .svelte-kit/output), so a failed build is retried once; after that an existing build/ is used.
 */
function viteBuild(haveOld: boolean): string {
	for (let attempt = 1; attempt <= 2; attempt++) {
		log(`build/ is stale: npx vite build${attempt > 1 ? ' (retry)' : ''}`);
		const t0 = performance.now();
		try {
			execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
			return `rebuilt with \`npx vite build\` (${((performance.now() - t0) / 1000).toFixed(0)} s) from the working tree`;
		} catch (error) {
			const stderr = String((error as { stderr?: Buffer }).stderr ?? '')
				.trim()
				.split('\n')
				.slice(-3)
				.join(' | ');
			log(`vite build failed: ${stderr}`);
			execFileSync('sleep', ['10']);
		}
	}
	if (!haveOld) throw new Error('vite build failed twice and there is no build/ to fall back on');
	return 'build/ was older than the sources and `npx vite build` failed twice (a concurrent build of the same tree?), so the existing build/ was used';
}

export interface BuildInfo {
	/** A private copy of build/, so a concurrent rebuild of the tree cannot change it mid-run. */
	dir: string;
	rebuilt: boolean;
	note: string;
}

let snapshot: BuildInfo | null = null;

/**
 * `npx vite build` when build/ is older than the sources, then a snapshot of build/ in a temp
 * dir (with a node_modules link) that every app process of this run serves.
 */
export function appBuild(): BuildInfo {
	if (snapshot) return snapshot;
	const built = join(ROOT, 'build', 'handler.js');
	const stale =
		!existsSync(built) || statSync(built).mtimeMs < Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
	let note = 'build/ was up to date with the sources';
	if (stale) {
		note = viteBuild(existsSync(built));
	}
	const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-app-'));
	onCleanup(`app snapshot ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
	cpSync(join(ROOT, 'build'), join(dir, 'build'), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
	snapshot = { dir, rebuilt: stale, note };
	return snapshot;
}

export interface RunningApp {
	url: string;
	pid: number;
	stop(): Promise<void>;
}

/**
 * `node build` (adapter-node) on loopback, talking to `meiliUrl` with a search-only key.
 * `extraEnv` adds variables (ADDRESS_HEADER, MARSAD_RATE_LIMIT, MEILI_NETWORK…); an empty
 * value removes one (e.g. MEILI_URL for an app that reads MEILI_NETWORK).
 */
export async function startApp(
	label: string,
	meiliUrl: string,
	searchKey: string,
	extraEnv: Record<string, string> = {}
): Promise<RunningApp> {
	const { dir } = appBuild();
	const port = await freePort();
	const env: NodeJS.ProcessEnv = {
		PATH: process.env.PATH,
		HOME: process.env.HOME,
		NODE_ENV: 'production',
		HOST: '127.0.0.1',
		PORT: String(port),
		MEILI_URL: meiliUrl,
		MEILI_SEARCH_KEY: searchKey,
		...extraEnv
	};
	for (const [k, v] of Object.entries(env)) if (v === '') delete env[k];
	const child = spawn(process.execPath, ['build'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr = (stderr + c).slice(-4000)));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = onCleanup(`app ${label} (pid ${child.pid})`, async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
		await exited;
		clearTimeout(timer);
	});
	const url = `http://127.0.0.1:${port}`;
	try {
		// An app trusting a client-address header answers 500 to requests without it.
		const probe: Record<string, string> = env.ADDRESS_HEADER ? { [env.ADDRESS_HEADER]: '127.0.0.1' } : {};
		await waitForHttp(`${url}/health`, 30_000, child, probe);
	} catch (error) {
		await stop();
		throw new Error(`app ${label} did not start: ${(error as Error).message}\n${stderr}`);
	}
	log(`app "${label}" at ${url} (pid ${child.pid})`);
	return { url, pid: child.pid ?? -1, stop };
}
