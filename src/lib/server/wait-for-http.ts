import type { ChildProcess } from 'node:child_process';
import { MarsadError } from './marsad-error';

export interface WaitOptions {
	headers?: Record<string, string>;
	/** Give up at once when the process that should answer has exited. */
	child?: ChildProcess;
	/** Which answer counts as up (default: any 2xx). */
	accept?: (status: number) => boolean;
}

/** Polls a URL until it answers; refused connections and rejected statuses are retried. */
export async function waitForHttp(url: string, timeoutMs: number, options: WaitOptions = {}): Promise<void> {
	const accept = options.accept ?? ((status: number) => status >= 200 && status < 300);
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const child = options.child;
		if (child && child.exitCode !== null)
			throw new MarsadError(`${url}: the process exited with code ${child.exitCode}`);
		try {
			const res = await fetch(url, { headers: options.headers, signal: AbortSignal.timeout(2000) });
			await res.arrayBuffer();
			if (accept(res.status)) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new MarsadError(`${url} did not answer within ${timeoutMs / 1000} s`);
}
