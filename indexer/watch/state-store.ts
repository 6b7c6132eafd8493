import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The watcher's files in the data dir (`<data>/watch/`): one JSON file per source and per
 * alert, the public status, and a lock. Every write is atomic — a temp file in the same folder,
 * fsync'd, renamed over the old one, then the folder fsync'd — so a `kill -9` or a power cut
 * leaves either the old or the new file, never half of one.
 */

export function watchDir(dataDir: string): string {
	return join(dataDir, 'watch');
}

export function writeFileAtomic(path: string, text: string, mode = 0o600): void {
	const dir = dirname(path);
	mkdirSync(dir, { recursive: true });
	const temp = join(dir, `.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`);
	const fd = openSync(temp, 'w', mode);
	try {
		writeSync(fd, text);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	try {
		renameSync(temp, path);
	} catch (error) {
		rmSync(temp, { force: true });
		throw error;
	}
	const dirFd = openSync(dir, 'r');
	try {
		fsyncSync(dirFd);
	} finally {
		closeSync(dirFd);
	}
}

export function writeJsonAtomic(path: string, value: unknown): void {
	writeFileAtomic(path, JSON.stringify(value) + '\n');
}

/** The parsed file, or null when it is missing or not JSON (a file from before the atomic writes, or edited by hand). */
export function readJson(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

export class StateStore {
	constructor(readonly dir: string) {}

	sourceFile(key: string): string {
		return join(this.dir, 'sources', `${key}.json`);
	}
	alertFile(key: string): string {
		return join(this.dir, 'alerts', `${key}.json`);
	}
	get statusFile(): string {
		return join(this.dir, 'status.json');
	}
	get lockFile(): string {
		return join(this.dir, 'watch.pid');
	}

	readSource(key: string): unknown {
		return readJson(this.sourceFile(key));
	}
	writeSource(key: string, state: unknown): void {
		writeJsonAtomic(this.sourceFile(key), state);
	}
	readAlert(key: string): unknown {
		return readJson(this.alertFile(key));
	}
	writeAlert(key: string, state: unknown): void {
		writeJsonAtomic(this.alertFile(key), state);
	}
	writeStatus(status: unknown): void {
		writeFileAtomic(this.statusFile, JSON.stringify(status) + '\n', 0o644);
	}

	/**
	 * One watcher per data dir: a second one would fetch and alert twice. A lock left by a
	 * process that is gone (kill -9) is taken over. Returns the pid of the other watcher, or null.
	 */
	lock(pid: number = process.pid): number | null {
		mkdirSync(this.dir, { recursive: true });
		const held = Number((readJson(this.lockFile) as { pid?: number } | null)?.pid);
		if (Number.isInteger(held) && held !== pid && isAlive(held)) return held;
		writeJsonAtomic(this.lockFile, { pid });
		return null;
	}

	unlock(pid: number = process.pid): void {
		const held = (readJson(this.lockFile) as { pid?: number } | null)?.pid;
		if (held === pid) rmSync(this.lockFile, { force: true });
	}
}

export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
