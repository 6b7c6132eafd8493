import { describe, expect, it } from 'vitest';
import { ConfigError, parseDuration, validateConfig } from '../../../indexer/watch/config';
import { validateSearchParams } from '../../../src/lib/server/request-schema';

const options = {
	file: 'SOURCES.json',
	baseDir: '/srv/marsad',
	checkSearchParams: (p: URLSearchParams) => validateSearchParams(p).rejected
};
const feed = { name: 'Feed', url: 'https://example.org/rss.xml', every: '15m' };

function problems(input: unknown): string[] {
	try {
		validateConfig(input, options);
		return [];
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		return error.problems.map((p) => `${p.field}: ${p.reason}`);
	}
}

describe('parseDuration', () => {
	it.each([
		['30s', 30_000],
		['15m', 900_000],
		['1h', 3_600_000],
		['0.5s', 500],
		['0s', 0],
		['15', null],
		['15 m', null],
		['1d', null],
		['-1s', null],
		['', null]
	])('%s → %s', (text, ms) => expect(parseDuration(text)).toBe(ms));
});

describe('validateConfig', () => {
	it('accepts the example of the issue', () => {
		const config = validateConfig(
			{
				sources: [feed, { name: 'Drop folder', path: 'incoming/', every: '1m' }],
				alerts: [
					{
						name: 'Ransomware in French',
						search: '/?q=ran%C3%A7ongiciel&lang=fr',
						webhook: 'https://chat.example.org/hooks/abc'
					}
				]
			},
			options
		);
		expect(config.sources[0]).toMatchObject({ kind: 'feed', everyMs: 900_000, timeoutMs: 20_000, allow: [] });
		expect(config.sources[1]).toMatchObject({ kind: 'folder', path: '/srv/marsad/incoming/', everyMs: 60_000 });
		expect(config.alerts[0]).toMatchObject({
			search: '?q=ran%C3%A7ongiciel&lang=fr',
			state: { q: 'rançongiciel', filters: { lang: ['fr'] } }
		});
	});

	it('keeps a source key when only the name changes (the state follows what is read)', () => {
		const a = validateConfig({ sources: [feed] }, options).sources[0]!;
		const b = validateConfig({ sources: [{ ...feed, name: 'Renamed' }] }, options).sources[0]!;
		expect(a.key).toBe(b.key);
	});

	// Each bad input → the field and the reason it is refused.
	it.each<[string, unknown, RegExp]>([
		['not an object', [], /^\(file\): must be a JSON object/],
		['no sources', { sources: [] }, /^sources: must be a non-empty array/],
		['unknown top-level field', { sources: [feed], source: [] }, /^source: unknown field/],
		['no name', { sources: [{ url: feed.url, every: '1m' }] }, /^sources\[0\]\.name: must be a non-empty string/],
		['bad every', { sources: [{ ...feed, every: '5 minutes' }] }, /^sources\[0\]\.every: must be a duration/],
		['every too short', { sources: [{ ...feed, every: '0.01s' }] }, /^sources\[0\]\.every: must be between/],
		['url and path', { sources: [{ ...feed, path: 'x' }] }, /^sources\[0\]: has both "url" and "path"/],
		['neither url nor path', { sources: [{ name: 'x', every: '1m' }] }, /^sources\[0\]: needs "url"/],
		['ftp url', { sources: [{ ...feed, url: 'ftp://example.org/x' }] }, /^sources\[0\]\.url: only http and https/],
		[
			'not a url',
			{ sources: [{ ...feed, url: 'example.org/rss' }] },
			/^sources\[0\]\.url: "example.org\/rss" is not a URL/
		],
		[
			'bad allow',
			{ sources: [{ ...feed, allow: ['http://x.org/'] }] },
			/^sources\[0\]\.allow\[0\]: .* is not a host name/
		],
		['typo in a field', { sources: [{ ...feed, evry: '1m' }] }, /^sources\[0\]\.evry: unknown field/],
		[
			'duplicate names',
			{ sources: [feed, { ...feed, url: 'https://example.org/2' }] },
			/^sources\[1\]\.name: "Feed" is used/
		],
		[
			'same url twice',
			{ sources: [feed, { ...feed, name: 'Other' }] },
			/^sources\[1\]: reads the same URL as sources\[0\]/
		],
		[
			'alert on another page',
			{ sources: [feed], alerts: [{ name: 'a', search: '/article/x', webhook: 'https://h/x' }] },
			/^alerts\[0\]\.search: a link of the search page/
		],
		[
			'alert with an unknown actor',
			{ sources: [feed], alerts: [{ name: 'a', search: '/?actor=nobody', webhook: 'https://h/x' }] },
			/^alerts\[0\]\.search: actor: unknown actor id/
		],
		[
			'alert with an unknown parameter',
			{ sources: [feed], alerts: [{ name: 'a', search: '/?qq=x', webhook: 'https://h/x' }] },
			/^alerts\[0\]\.search: unknown parameter "qq"/
		],
		[
			'alert webhook not http',
			{ sources: [feed], alerts: [{ name: 'a', search: '/?q=x', webhook: 'mailto:me@x.org' }] },
			/^alerts\[0\]\.webhook: only http and https/
		]
	])('%s', (_case, input, expected) => {
		expect(
			problems(input).some((p) => expected.test(p)),
			problems(input).join('\n')
		).toBe(true);
	});

	it('never repeats a webhook in a message (it is a secret)', () => {
		const all = problems({ sources: [feed], alerts: [{ name: 'a', search: '/?q=x', webhook: 'secret-token-123' }] });
		expect(all.join('\n')).toMatch(/alerts\[0\]\.webhook: is not a URL/);
		expect(all.join('\n')).not.toContain('secret-token-123');
	});

	it('reports every problem at once', () => {
		expect(problems({ sources: [{ name: '', url: 'ftp://x', every: 'soon' }] })).toHaveLength(3);
	});
});
