import { describe, expect, it } from 'vitest';
import { freshItems, itemHash, nextSeen } from '../../../indexer/watch/feed-diff';
import { decideFile } from '../../../indexer/watch/folder-rule';
import { HostQueue } from '../../../indexer/watch/http-fetch';

const k = (id: string, hash = 'h') => ({ id, hash });

describe('freshItems', () => {
	it.each<[string, [string, string][], { id: string; hash: string }[], string[]]>([
		['all new on the first poll', [], [k('a'), k('b')], ['a', 'b']],
		[
			'nothing new',
			[
				['a', 'h'],
				['b', 'h']
			],
			[k('a'), k('b')],
			[]
		],
		['one new at the top', [['a', 'h']], [k('c'), k('a')], ['c']],
		['a changed item is fresh again', [['a', 'h']], [k('a', 'h2')], ['a']],
		['an id twice in one feed counts once', [], [k('a'), k('a', 'x')], ['a']]
	])('%s', (_case, seen, items, expected) => {
		expect(freshItems(seen, items).map((i) => i.id)).toEqual(expected);
	});

	it('hashes every field of the item', () => {
		const a = { id: 'x', origin: 'o', body: 'b', title: 't' };
		expect(itemHash(a)).toBe(itemHash({ ...a, origin: 'elsewhere' }));
		expect(itemHash(a)).not.toBe(itemHash({ ...a, title: 'T' }));
		expect(itemHash(a)).not.toBe(itemHash({ ...a, url: 'http://x' }));
	});
});

describe('nextSeen', () => {
	it('keeps the feed first, then older items, bounded', () => {
		expect(
			nextSeen(
				[
					['old1', 'h'],
					['a', 'h']
				],
				[k('b'), k('a', 'h2')],
				3
			)
		).toEqual([
			['b', 'h'],
			['a', 'h2'],
			['old1', 'h']
		]);
		expect(
			nextSeen(
				[
					['old1', 'h'],
					['old2', 'h']
				],
				[k('a')],
				2
			)
		).toEqual([
			['a', 'h'],
			['old1', 'h']
		]);
		// Never fewer than the feed holds.
		expect(nextSeen([], [k('a'), k('b'), k('c')], 2)).toHaveLength(3);
	});
});

describe('decideFile (a file is read once size and mtime held still for the settle time)', () => {
	const look = { size: 10, mtimeMs: 100 };
	it.each<[string, Parameters<typeof decideFile>, string]>([
		['first look: wait', [look, undefined, undefined, 0, 1000], 'wait'],
		['same look, not long enough', [look, undefined, { ...look, since: 0 }, 500, 1000], 'wait'],
		['same look, long enough: read', [look, undefined, { ...look, since: 0 }, 1000, 1000], 'read'],
		['grew since: wait again', [{ size: 20, mtimeMs: 100 }, undefined, { ...look, since: 0 }, 5000, 1000], 'wait'],
		['touched since: wait again', [{ size: 10, mtimeMs: 200 }, undefined, { ...look, since: 0 }, 5000, 1000], 'wait'],
		['already read as it is', [look, look, undefined, 0, 1000], 'unchanged'],
		['changed after it was read', [{ size: 11, mtimeMs: 300 }, look, undefined, 0, 1000], 'wait'],
		['settle 0: read at once', [look, undefined, undefined, 0, 0], 'read']
	])('%s', (_case, args, action) => {
		expect(decideFile(...args).action).toBe(action);
	});

	it('a new look restarts the clock', () => {
		const d = decideFile({ size: 20, mtimeMs: 1 }, undefined, { ...look, since: 0 }, 5000, 1000);
		expect(d).toEqual({ action: 'wait', candidate: { size: 20, mtimeMs: 1, since: 5000 }, readAt: 6000 });
	});
});

describe('HostQueue', () => {
	it('runs one task at a time per host, hosts side by side, and survives a failing task', async () => {
		const q = new HostQueue();
		const events: string[] = [];
		const task =
			(name: string, ms: number, fail = false) =>
			async () => {
				events.push(`start ${name}`);
				await new Promise((r) => setTimeout(r, ms));
				events.push(`end ${name}`);
				if (fail) throw new Error(name);
				return name;
			};
		const results = await Promise.allSettled([
			q.run('a', task('a1', 20, true)),
			q.run('a', task('a2', 1)),
			q.run('b', task('b1', 5))
		]);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
		expect(events.indexOf('start a2')).toBeGreaterThan(events.indexOf('end a1'));
		expect(events.indexOf('start b1')).toBeLessThan(events.indexOf('end a1'));
		await new Promise((r) => setTimeout(r, 0));
		expect(q.busy).toBe(0);
	});
});
