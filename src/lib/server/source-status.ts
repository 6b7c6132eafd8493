import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '$lib/server/meili-connection';
import { sortSources, type WatchStatus } from '$lib/watch/source-status';

/** What /api/sources and /sources show: the watcher's public status, and whether it still runs. */
export interface SourcesView extends WatchStatus {
	/** False when no watcher wrote a status, or its process is gone. */
	running: boolean;
}

/** The status the watcher publishes in the data dir (`watch/status.json`); never its state or configuration. */
export function readSourcesView(env: NodeJS.ProcessEnv = process.env): SourcesView {
	let status: WatchStatus | null = null;
	try {
		status = JSON.parse(readFileSync(join(dataDir(env), 'watch', 'status.json'), 'utf8')) as WatchStatus;
	} catch {
		status = null;
	}
	if (!status || !Array.isArray(status.sources))
		return { updated: 0, pid: 0, started: 0, sources: [], alerts: [], running: false };
	return {
		...status,
		sources: sortSources(status.sources),
		alerts: status.alerts ?? [],
		running: isRunning(status.pid)
	};
}

function isRunning(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
