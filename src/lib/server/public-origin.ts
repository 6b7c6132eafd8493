/**
 * The public origin absolute links are built with (feeds, canonical and OG links): `ORIGIN` when
 * given (behind a proxy), else plain http on the address the app listens on (HOST/PORT). Never
 * the request's Host header: a forged Host would put its links in a publicly cached feed.
 */
export function appOrigin(env: NodeJS.ProcessEnv, host: string, port: number): string {
	if (env.ORIGIN) return env.ORIGIN.replace(/\/+$/, '');
	const name = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
	return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/** The app process's own public origin, from its environment. */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
	return appOrigin(env, env.HOST || '127.0.0.1', Number(env.PORT) || 3000);
}
