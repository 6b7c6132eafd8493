import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { MarsadError } from '../../src/lib/server/marsad-error';

/** A held lock; `release` is idempotent. */
export interface WriterLock {
	file: string;
	release(): void;
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * One writer at a time per index: the lock file (in the data dir; one per server URL when `key`
 * is given, `index.lock` for a run that has not connected yet) holds the writer's pid, created exclusively
 * (O_EXCL), so two runs started together cannot both get it. An index run during a `--rebuild`
 * would report "added 1" and lose it at the swap, and two runs without a server would start two
 * Meilisearch processes on one database; the second run is refused instead, before it connects
 * or writes anything. A lock left by a dead process is taken over. Not re-entrant: a second
 * writer in the same process is refused too.
 */
export function acquireWriterLock(dataDir: string, key?: string): WriterLock {
	const file = join(
		dataDir,
		key ? `index-${createHash('sha256').update(key).digest('hex').slice(0, 12)}.lock` : 'index.lock'
	);
	let released = false;
	const release = () => {
		if (released) return;
		released = true;
		rmSync(file, { force: true });
	};
	mkdirSync(dataDir, { recursive: true });
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
			return { file, release };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const pid = Number(readFileSync(file, 'utf8').trim());
		if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
			throw new MarsadError(
				`Another indexing run (pid ${pid}) is writing to this index (lock ${file}); nothing was read or written. Run again when it has finished.`
			);
		}
		rmSync(file, { force: true }); // left by a run that died
	}
	throw new MarsadError(`Could not take the index lock ${file}: another run took it at the same time; run again.`);
}
