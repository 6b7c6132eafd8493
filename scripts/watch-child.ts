import { spawn } from 'node:child_process';

export interface WatcherChild {
	/** SIGTERM, then waits until it has finished its write and exited. */
	stop(): Promise<void>;
}

/** `marsad watch FILE` as a child process of `npm start` (same data dir, so it finds the server). */
export function startWatcher(
	file: string,
	env: NodeJS.ProcessEnv,
	onExit: (code: number | null) => void
): WatcherChild {
	const child = spawn(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', 'watch', file], {
		env,
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const exited = new Promise<void>((resolve) =>
		child.once('exit', (code) => {
			onExit(code);
			resolve();
		})
	);
	return {
		async stop() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}
