import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { waitForHttp as waitForSharedHttp } from '../../src/lib/server/wait-for-http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedMeili, type EmbeddedMeili } from '../../src/lib/server/embedded-meili';

/**
 * Everything the bench starts (Meilisearch instances, app servers, temp dirs) registers a
 * cleanup here; `cleanupAll` runs them newest first, also on Ctrl-C, so nothing is left behind.
 */
const cleanups: { name: string; run: () => Promise<void> | void }[] = [];

export interface CleanupHandle {
	/** Runs the cleanup now (once). */
	(): Promise<void>;
	/** Drops it without running it (the resource went away by itself). */
	forget(): void;
}

export function onCleanup(name: string, run: () => Promise<void> | void): CleanupHandle {
	const entry = { name, run };
	cleanups.push(entry);
	const take = (): boolean => {
		const i = cleanups.indexOf(entry);
		if (i >= 0) cleanups.splice(i, 1);
		return i >= 0;
	};
	const handle = (async () => {
		if (take()) await run();
	}) as CleanupHandle;
	handle.forget = () => void take();
	return handle;
}

let cleaning: Promise<void> | null = null;

/** Runs every registered cleanup once; concurrent callers (error path and Ctrl-C) share the work. */
export function cleanupAll(): Promise<void> {
	cleaning ??= runCleanups().finally(() => (cleaning = null));
	return cleaning;
}

async function runCleanups(): Promise<void> {
	while (cleanups.length) {
		const { name, run } = cleanups.pop()!;
		try {
			await run();
		} catch (error) {
			process.stderr.write(`bench: cleanup of ${name} failed: ${(error as Error).message}\n`);
		}
	}
}

export const log = (line: string): void => {
	process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
};

export function tempDir(prefix: string): { path: string; remove: () => Promise<void> } {
	const path = mkdtempSync(join(tmpdir(), `marsad-bench-${prefix}-`));
	const remove = onCleanup(`temp dir ${path}`, () => rmSync(path, { recursive: true, force: true }));
	return { path, remove };
}

export interface BenchMeili extends EmbeddedMeili {
	dataDir: string;
	/** Stops the server and deletes its data dir. */
	dispose(): Promise<void>;
}

/** A fresh embedded Meilisearch with its data in a new temp dir. */
export async function startTempMeili(label: string): Promise<BenchMeili> {
	const dir = mkdtempSync(join(tmpdir(), `marsad-bench-meili-${label}-`));
	let server: EmbeddedMeili;
	try {
		server = await startEmbeddedMeili({ dataDir: dir, log: () => {} });
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
	const dispose = onCleanup(`Meilisearch ${label} (pid ${server.pid})`, async () => {
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	});
	log(`Meilisearch "${label}" at ${server.url}, data ${dir}`);
	return { ...server, dataDir: dir, dispose };
}

/** Disk usage (allocated blocks) of a directory, in bytes. */
export function diskUsage(path: string): number {
	try {
		return Number(execFileSync('du', ['-sk', path], { encoding: 'utf8' }).split('\t')[0]) * 1024;
	} catch {
		let total = 0;
		for (const entry of readdirSync(path, { withFileTypes: true })) {
			const p = join(path, entry.name);
			total += entry.isDirectory() ? diskUsage(p) : statSync(p).size;
		}
		return total;
	}
}

export interface ChildResult {
	code: number | null;
	wallSeconds: number;
	/** Peak resident set of the measured process, bytes (null when it could not be read). */
	peakRss: number | null;
	peakRssSource: string;
	stdout: string;
	stderrTail: string;
}

const TIME_BIN = '/usr/bin/time';

/**
 * Runs a command to completion and reports its wall time and peak RSS: from GNU time's
 * "Maximum resident set size" when /usr/bin/time exists, else by sampling VmHWM of the child.
 */
export async function runMeasured(
	cmd: string,
	args: string[],
	options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean }
): Promise<ChildResult> {
	const useTime = existsSync(TIME_BIN);
	const argv = useTime ? [TIME_BIN, '-v', cmd, ...args] : [cmd, ...args];
	const started = performance.now();
	// Own process group: GNU time does not forward SIGTERM, so the whole group is signalled.
	const child = spawn(argv[0]!, argv.slice(1), {
		cwd: options.cwd,
		env: options.env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = onCleanup(`child ${cmd} (pid ${child.pid})`, async () => {
		if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
		process.kill(-child.pid, 'SIGTERM');
		await exited;
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
	child.stderr.setEncoding('utf8').on('data', (c: string) => {
		stderr += c;
		if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
		if (options.echo) process.stderr.write(c);
	});
	let sampled = 0;
	const sampler = useTime
		? undefined
		: setInterval(() => {
				const kb = vmHwmKb(child.pid);
				if (kb !== null) sampled = Math.max(sampled, kb);
			}, 200);
	const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
	if (sampler) clearInterval(sampler);
	const wallSeconds = (performance.now() - started) / 1000;
	stop.forget();
	let peakRss: number | null = null;
	let peakRssSource = 'not available';
	if (useTime) {
		const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
		if (m) {
			peakRss = Number(m[1]) * 1024;
			peakRssSource = '`/usr/bin/time -v` (Maximum resident set size)';
		}
	} else if (sampled > 0) {
		peakRss = sampled * 1024;
		peakRssSource = 'VmHWM of /proc/<pid>/status, sampled every 200 ms';
	}
	return { code, wallSeconds, peakRss, peakRssSource, stdout, stderrTail: stderr.slice(-4000) };
}

function vmHwmKb(pid: number | undefined): number | null {
	if (!pid) return null;
	try {
		const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) : null;
	} catch {
		return null;
	}
}

/** Up once the app answers anything below 500 (a 503 while Meilisearch warms up is retried). */
export function waitForHttp(
	url: string,
	timeoutMs: number,
	child?: ChildProcess,
	headers: Record<string, string> = {}
): Promise<void> {
	return waitForSharedHttp(url, timeoutMs, { child, headers, accept: (status) => status < 500 });
}

export { freePort };
