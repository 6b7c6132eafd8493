import { describe, expect, it } from 'vitest';
import { healthOf, publicLocation, sortSources, type PublicSourceStatus } from '$lib/watch/source-status';

const s = (name: string, failures: number, lastFetch: number | null = 1): PublicSourceStatus => ({
	name,
	kind: 'feed',
	location: '',
	health: healthOf({ failures, lastFetch }),
	lastFetch,
	lastSuccess: null,
	httpStatus: null,
	items: { new: 0, total: 0 },
	indexed: 0,
	failures,
	lastError: null,
	nextFetch: 0
});

describe('source status', () => {
	it('sorts failing sources first (most failures first), then waiting, then healthy, by name', () => {
		const sorted = sortSources([s('ok-b', 0), s('fail-1', 1), s('new', 0, null), s('ok-a', 0), s('fail-3', 3)]);
		expect(sorted.map((x) => x.name)).toEqual(['fail-3', 'fail-1', 'new', 'ok-a', 'ok-b']);
	});

	it.each([
		['https://user:secret@example.org/feed.xml?token=abc#x', 'https://example.org/feed.xml'],
		['http://example.org:8080/a/b', 'http://example.org:8080/a/b'],
		['not a url', '(invalid URL)']
	])('publicLocation(%s) = %s', (url, shown) => expect(publicLocation(url)).toBe(shown));
});
