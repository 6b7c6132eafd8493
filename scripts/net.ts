import { createServer } from 'node:net';
import { MarsadError } from '../src/lib/server/marsad-error';

export function assertPortFree(host: string, port: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', (error: NodeJS.ErrnoException) => {
			reject(
				new MarsadError(
					error.code === 'EADDRINUSE'
						? `Port ${port} on ${host} is already in use: stop the other process or choose another port, e.g. PORT=3001 npm start.`
						: `Cannot listen on ${host}:${port} (${error.code}): check HOST and PORT.`
				)
			);
		});
		server.listen(port, host, () => server.close(() => resolve()));
	});
}

/** Polls until the URL answers 200; 503 (engine warming up) and refused connections are retried. */
export async function waitForHttp(url: string, timeoutMs: number, headers: Record<string, string> = {}): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const res = await fetch(url, { signal: AbortSignal.timeout(2000), headers });
			if (res.ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	throw new MarsadError(`${url} did not answer within ${timeoutMs / 1000} s`);
}
