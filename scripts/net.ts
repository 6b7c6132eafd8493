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

// Polling lives in src/lib/server so the embedded server, the start script and tests share it.
export { waitForHttp } from '../src/lib/server/wait-for-http';

// One rule for the origin npm start gives the app and the one the app falls back to.
export { appOrigin } from '../src/lib/server/public-origin';
