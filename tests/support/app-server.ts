import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { buildIsStale } from '../../scripts/build-stamp';
import { freePort } from '../../src/lib/server/embedded-meili';
import { waitForHttp } from '../../scripts/net';

/** Builds the production app once when its inputs changed (tests run the real build). */
export function ensureAppBuilt(): void {
	if (!buildIsStale()) return;
	// Vitest sets NODE_ENV=test, and Vite builds in development mode unless NODE_ENV is unset or
	// "production": the "production" build would ship Svelte's and SvelteKit's dev runtime.
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
	if (result.status !== 0) throw new Error('vite build failed');
}

export interface AppServer {
	url: string;
	process: ChildProcess;
	/** performance.now() when the process was spawned (V8's --trace-gc times count from about then). */
	startedAt: number;
	/** What the app wrote on stdout so far (kept only when `captureStdout`). */
	stdout(): string;
	stop(): Promise<void>;
}

export interface AppServerOptions {
	/** Node options before the script, e.g. `--trace-gc`. */
	nodeArgs?: readonly string[];
	captureStdout?: boolean;
}

/** Runs `node build` against a Meilisearch with the search-only key, like `npm start` does. */
export async function startAppServer(
	meiliUrl: string,
	searchKey: string,
	extraEnv: NodeJS.ProcessEnv = {},
	options: AppServerOptions = {}
): Promise<AppServer> {
	ensureAppBuilt();
	const port = await freePort();
	// Tests hammer one address; the rate limit is tested on its own (load.test.ts turns it on).
	const env: NodeJS.ProcessEnv = {
		...process.env,
		HOST: '127.0.0.1',
		PORT: String(port),
		MEILI_URL: meiliUrl,
		MEILI_SEARCH_KEY: searchKey,
		MARSAD_RATE_LIMIT: 'off',
		...extraEnv
	};
	delete env.MEILI_MASTER_KEY;
	const startedAt = performance.now();
	const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'build'], {
		env,
		stdio: ['ignore', options.captureStdout ? 'pipe' : 'ignore', 'inherit']
	});
	let stdout = '';
	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	const url = `http://127.0.0.1:${port}`;
	// A proxy header is harmless without ADDRESS_HEADER and required with it.
	await waitForHttp(`${url}/health`, 30_000, { headers: { 'x-forwarded-for': '127.0.0.1' } });
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return {
		url,
		process: child,
		startedAt,
		stdout: () => stdout,
		async stop() {
			if (child.exitCode === null) {
				child.kill('SIGTERM');
				await exited;
			}
		}
	};
}
