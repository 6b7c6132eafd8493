import { link, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSources } from '../../../indexer/sources/read-sources';

const BODY = 'Cyberattaque contre la mairie de Quimper\nLes services municipaux sont paralysés depuis lundi matin.';
const SECRET = 'master-key-0123456789abcdef';

let base: string;
beforeEach(async () => {
	base = await mkdtemp(join(tmpdir(), 'marsad-walk-'));
	await mkdir(join(base, 'data'));
	await writeFile(join(base, 'data', 'master.key'), SECRET + '\n', { mode: 0o600 });
	await writeFile(join(base, 'outside.txt'), `Secret local\n${SECRET} ${BODY}`);
	await mkdir(join(base, 'tree', 'sub'), { recursive: true });
	await writeFile(join(base, 'tree', 'valid.txt'), BODY);
	await writeFile(join(base, 'tree', 'sub', 'other.txt'), BODY.replace('Quimper', 'Brest'));
});
afterEach(() => rm(base, { recursive: true, force: true }));

async function read(paths: string[]) {
	const skipped: { origin: string; reason: string }[] = [];
	const bodies: string[] = [];
	for await (const a of readSources(paths, {
		protectedPaths: [join(base, 'data')],
		onSkip: (origin, reason) => skipped.push({ origin: origin.slice(base.length + 1), reason })
	}))
		bodies.push(a.body);
	return { bodies, skipped };
}

describe('walk: no source from outside the indexed folder or from the data dir', () => {
	it.each<[string, (tree: string) => Promise<void>, RegExp]>([
		['a link to the master key', (t) => symlink(join(base, 'data', 'master.key'), join(t, 'notes.txt')), /data folder/],
		[
			'a link to a file outside the tree',
			(t) => symlink(join(base, 'outside.txt'), join(t, 'notes.txt')),
			/outside the folder being indexed/
		],
		[
			'a relative link climbing out',
			(t) => symlink('../outside.txt', join(t, 'notes.txt')),
			/outside the folder being indexed/
		],
		[
			'a link to a link to the key',
			async (t) => {
				await symlink(join(base, 'data', 'master.key'), join(base, 'hop.txt'));
				await symlink(join(base, 'hop.txt'), join(t, 'notes.txt'));
			},
			/data folder/
		],
		[
			'a hard link to the master key',
			(t) => link(join(base, 'data', 'master.key'), join(t, 'notes.txt')),
			/data folder/
		]
	])('%s is refused with its reason; the valid files beside it are read', async (_name, plant, reason) => {
		await plant(join(base, 'tree'));
		const { bodies, skipped } = await read([join(base, 'tree')]);
		expect(bodies).toHaveLength(2);
		expect(bodies.join('\n')).not.toContain(SECRET);
		expect(skipped).toEqual([{ origin: 'tree/notes.txt', reason: expect.stringMatching(reason) }]);
	});

	it('refuses a link named directly on the command line when it leaves its folder', async () => {
		await symlink(join(base, 'data', 'master.key'), join(base, 'tree', 'notes.txt'));
		const { bodies, skipped } = await read([join(base, 'tree', 'notes.txt'), join(base, 'tree', 'valid.txt')]);
		expect(bodies).toEqual([BODY]);
		expect(skipped).toEqual([{ origin: 'tree/notes.txt', reason: expect.stringMatching(/data folder/) }]);
	});

	it('refuses the data dir itself, named as a source', async () => {
		await writeFile(join(base, 'data', 'notes.txt'), BODY);
		const { bodies, skipped } = await read([join(base, 'data')]);
		expect(bodies).toEqual([]);
		expect(skipped.map((s) => s.origin)).toEqual(['data/notes.txt']);
	});

	it('still follows a link that stays inside the tree', async () => {
		await symlink(join(base, 'tree', 'sub', 'other.txt'), join(base, 'tree', 'alias.txt'));
		const { bodies, skipped } = await read([join(base, 'tree')]);
		expect(skipped).toEqual([]);
		expect(bodies).toHaveLength(3);
	});
});

describe('walk: a folder that vanishes mid-run', () => {
	it('is skipped with its reason; the files read before and after it are kept', async () => {
		await mkdir(join(base, 'tree', 'zz'));
		await writeFile(join(base, 'tree', 'zz', 'late.txt'), BODY);
		const skipped: { origin: string; reason: string }[] = [];
		const origins: string[] = [];
		for await (const a of readSources([join(base, 'tree')], {
			onSkip: (origin, reason) => skipped.push({ origin, reason })
		})) {
			origins.push(a.origin.slice(base.length + 1));
			if (origins.length === 1) await rm(join(base, 'tree', 'zz'), { recursive: true });
		}
		expect(origins).toEqual(['tree/sub/other.txt', 'tree/valid.txt']);
		expect(skipped).toEqual([{ origin: join(base, 'tree', 'zz'), reason: 'folder vanished during the run' }]);
	});
});

describe('ids of one-article files come from their path under the indexed folder', () => {
	it('the same file name in two folders gives two articles; a file directly in the folder keeps its name', async () => {
		await mkdir(join(base, 'tree', '2024-05-01'));
		await mkdir(join(base, 'tree', '2024-05-02'));
		await writeFile(join(base, 'tree', '2024-05-01', 'article.txt'), BODY);
		await writeFile(
			join(base, 'tree', '2024-05-02', 'article.html'),
			`<html><body><article><p>${BODY}</p></article></body></html>`
		);
		const ids: string[] = [];
		const skipped: string[] = [];
		const run = async () => {
			ids.length = 0;
			for await (const a of readSources([join(base, 'tree')], { onSkip: (o, r) => skipped.push(`${o}: ${r}`) }))
				ids.push(a.id);
			return [...ids];
		};
		const first = await run();
		expect(skipped).toEqual([]);
		expect(first).toHaveLength(4);
		expect(new Set(first).size).toBe(4);
		expect(first).toContain('valid');
		expect(first.filter((id) => id.includes('article'))).toHaveLength(2);
		expect(await run()).toEqual(first); // stable across runs
	});
});
