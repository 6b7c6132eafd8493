import { describe, expect, it } from 'vitest';
import { appOrigin } from '../../scripts/net';

describe('appOrigin: the origin npm start gives the app', () => {
	it.each<[string, NodeJS.ProcessEnv, string, number, string]>([
		['default npm start: plain http, not https', {}, '127.0.0.1', 3000, 'http://127.0.0.1:3000'],
		['HOST and PORT', {}, 'marsad.lan', 8080, 'http://marsad.lan:8080'],
		['IPv6 host', {}, '::1', 3000, 'http://[::1]:3000'],
		['all interfaces', {}, '0.0.0.0', 3000, 'http://127.0.0.1:3000'],
		['ORIGIN wins (behind a proxy)', { ORIGIN: 'https://marsad.example' }, '127.0.0.1', 3000, 'https://marsad.example']
	])('%s', (_name, env, host, port, origin) => {
		expect(appOrigin(env, host, port)).toBe(origin);
	});
});
