import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexedDocument } from '../../src/lib/article';
import { ARTICLES_INDEX } from '../../src/lib/server/meili-connection';
import { stateFromUrl } from '../../src/lib/search/url-state';
import type { SearchResponse } from '../../src/lib/search/types';
import type { ArticleDetail } from '../../src/lib/server/search-service';
import { indexArticles } from '../../indexer/index-articles';
import { startTestMeili, type TestMeili } from './support/test-meili';
import { FR_OTHER, FR_STORY } from '../indexer/dedup/stories';

const quiet = () => {};

/** One wire story as three sites publish it, plus another story on the same topic. */
const RECORDS = [
	{
		id: 'site-a-1',
		source: 'Site A',
		date: '2024-03-01',
		title: 'Attaque au couteau à Lyon : le PNAT saisi',
		body: FR_STORY
	},
	{ id: 'other-1', source: 'Site A', date: '2024-03-02', title: 'Projet d’attentat déjoué à Paris', body: FR_OTHER },
	{
		id: 'site-b-1',
		source: 'Site B',
		date: '2024-03-01',
		title: 'Lyon : deux blessés dans une attaque au couteau',
		body: `Lyon (AFP) - ${FR_STORY}\n\n© AFP. Tous droits réservés.`
	},
	{
		id: 'site-c-1',
		source: 'Site C',
		date: '2024-03-02',
		title: 'Attaque de Lyon : un suspect interpellé',
		body: `${FR_STORY}\nSuivez toute l'actualité sur notre application.`
	}
];

function jsonl(records: object[]): string {
	return records.map((r) => JSON.stringify({ lang: 'fr', url: null, ...r })).join('\n') + '\n';
}

describe('duplicate stories', () => {
	let meili: TestMeili;
	let dir: string;
	let search: (query: Record<string, string>) => Promise<SearchResponse>;
	let article: (id: string) => Promise<ArticleDetail | null>;
	const stored = async (id: string) =>
		meili.writer.client.index(ARTICLES_INDEX).getDocument<IndexedDocument>(id, {
			fields: ['id', 'story_id', 'story_size', 'duplicates', 'duplicate_of']
		});

	beforeAll(async () => {
		meili = await startTestMeili();
		dir = mkdtempSync(join(tmpdir(), 'marsad-dup-'));
		writeFileSync(join(dir, 'a.jsonl'), jsonl(RECORDS));
		const summary = await indexArticles({ paths: [dir], writer: meili.writer, log: quiet });
		expect(summary.duplicates.exact + summary.duplicates.near).toBe(2);
		process.env.MEILI_URL = meili.server.url;
		process.env.MEILI_SEARCH_KEY = await meili.writer.ensureSearchKey();
		const service = await import('../../src/lib/server/search-service');
		search = (query) => service.searchArticles(stateFromUrl(new URLSearchParams(query)), 'en');
		article = (id) => service.getArticle(id, 'en');
	});
	afterAll(async () => {
		await meili?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('links the copies to the first one seen', async () => {
		expect(await stored('site-a-1')).toMatchObject({
			story_id: 'site-a-1',
			story_size: 3,
			duplicates: ['site-b-1', 'site-c-1'],
			duplicate_of: null
		});
		expect(await stored('site-b-1')).toMatchObject({ story_id: 'site-a-1', story_size: 3, duplicate_of: 'site-a-1' });
		expect(await stored('site-c-1')).toMatchObject({ story_id: 'site-a-1', duplicate_of: 'site-a-1' });
		expect(await stored('other-1')).toMatchObject({ story_id: 'other-1', story_size: 1, duplicates: [] });
	});

	it('a search shows the story once with +2 similar; the total and the facet counts count stories', async () => {
		const r = await search({ q: 'antiterroriste' });
		expect(r.total).toBe(2);
		expect(r.hits).toHaveLength(2);
		const story = r.hits.find((h) => h.id.startsWith('site-'));
		expect(story?.similar).toBe(2);
		expect(r.hits.find((h) => h.id === 'other-1')?.similar).toBe(0);
		// Copies are filtered out of every query, so facet values count stories, like the total.
		expect(r.facets.lang).toEqual({ fr: 2 });
	});

	it('the article page lists the other sources, from any copy', async () => {
		const canonical = await article('site-a-1');
		expect(canonical?.similar).toBe(2);
		expect(canonical?.otherSources.map((s) => [s.id, s.source, s.date])).toEqual([
			['site-b-1', 'Site B', '2024-03-01'],
			['site-c-1', 'Site C', '2024-03-02']
		]);
		expect((await article('site-c-1'))?.otherSources.map((s) => s.id).sort()).toEqual(['site-a-1', 'site-b-1']);
		expect((await article('other-1'))?.otherSources).toEqual([]);
	});

	it('a later run links a new copy to the stored story (partial update of the canonical)', async () => {
		writeFileSync(
			join(dir, 'b.jsonl'),
			jsonl([
				{
					id: 'site-d-1',
					source: 'Site D',
					date: '2024-03-03',
					title: 'Lyon',
					body: `Par notre correspondant. ${FR_STORY}`
				}
			])
		);
		const summary = await indexArticles({ paths: [dir], writer: meili.writer, log: quiet });
		expect(summary).toMatchObject({ added: 1, unchanged: 4 });
		expect(await stored('site-a-1')).toMatchObject({ story_size: 4, duplicates: ['site-b-1', 'site-c-1', 'site-d-1'] });
		expect(await stored('site-b-1')).toMatchObject({ story_size: 4, duplicate_of: 'site-a-1' });
		expect(await stored('site-d-1')).toMatchObject({ story_id: 'site-a-1', duplicate_of: 'site-a-1', story_size: 4 });
		expect((await search({ q: 'antiterroriste' })).hits.find((h) => h.id.startsWith('site-'))?.similar).toBe(3);
	});

	it('--prune of the canonical makes the next copy canonical', async () => {
		writeFileSync(join(dir, 'a.jsonl'), jsonl(RECORDS.filter((r) => r.id !== 'site-a-1')));
		await indexArticles({ paths: [dir], writer: meili.writer, prune: true, log: quiet });
		expect(await stored('site-b-1')).toMatchObject({
			story_id: 'site-b-1',
			story_size: 3,
			duplicates: ['site-c-1', 'site-d-1'],
			duplicate_of: null
		});
		expect(await stored('site-d-1')).toMatchObject({ story_id: 'site-b-1', duplicate_of: 'site-b-1', story_size: 3 });
	});
});

describe('duplicate stories sent in separate batches', () => {
	let meili: TestMeili;
	let dir: string;

	beforeAll(async () => {
		meili = await startTestMeili();
		dir = mkdtempSync(join(tmpdir(), 'marsad-dup-batches-'));
		writeFileSync(join(dir, 'a.jsonl'), jsonl(RECORDS));
		// One document per batch: the first copy is already in Meilisearch when the others join its
		// story, so its story fields can only be fixed by the gathered partial updates.
		await indexArticles({ paths: [dir], writer: meili.writer, log: quiet, batchSize: 1 });
	});
	afterAll(async () => {
		await meili?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('ends with every member carrying the final story fields', async () => {
		const get = (id: string) =>
			meili.writer.client.index(ARTICLES_INDEX).getDocument<IndexedDocument>(id, {
				fields: ['id', 'story_id', 'story_size', 'duplicates', 'duplicate_of']
			});
		expect(await get('site-a-1')).toMatchObject({
			story_id: 'site-a-1',
			story_size: 3,
			duplicates: ['site-b-1', 'site-c-1'],
			duplicate_of: null
		});
		expect(await get('site-b-1')).toMatchObject({ story_id: 'site-a-1', story_size: 3, duplicate_of: 'site-a-1' });
		expect(await get('site-c-1')).toMatchObject({ story_id: 'site-a-1', story_size: 3, duplicate_of: 'site-a-1' });
		expect(await get('other-1')).toMatchObject({ story_id: 'other-1', story_size: 1 });
	});
});

describe('short articles, shared teasers and shared footers are never hidden as copies', () => {
	const TOWNS = [
		'Quimper',
		'Brest',
		'Rennes',
		'Lorient',
		'Vannes',
		'Nantes',
		'Angers',
		'Tours',
		'Caen',
		'Rouen',
		'Lille',
		'Amiens',
		'Reims',
		'Metz',
		'Nancy',
		'Dijon',
		'Besançon',
		'Limoges',
		'Poitiers',
		'Niort'
	];
	const FOOTER = Array.from(
		{ length: 6 },
		(_, i) => `Notre rédaction suit ce dossier au quotidien et publie chaque matin la synthèse ${i} des alertes.`
	).join(' ');
	let meili: TestMeili;
	let dir: string;
	let search: (query: Record<string, string>) => Promise<SearchResponse>;

	beforeAll(async () => {
		meili = await startTestMeili();
		dir = mkdtempSync(join(tmpdir(), 'marsad-short-'));
		// 20 title-plus-credit-line text files: the cleaner empties every body.
		TOWNS.forEach((town, i) =>
			writeFileSync(join(dir, `brief-${i}.txt`), `Cyberattaque contre la mairie de ${town}\nEnquête en cours.`)
		);
		const items = TOWNS.slice(0, 10)
			.map(
				(town, i) =>
					`<item><title>Rançongiciel à l'hôpital de ${town}</title><link>https://example.org/r/${i}</link>` +
					`<guid>rans-${i}</guid><description>Article réservé aux abonnés. Lire la suite</description></item>`
			)
			.join('');
		writeFileSync(
			join(dir, 'feed.rss'),
			`<?xml version="1.0"?><rss version="2.0"><channel><title>Veille</title>${items}</channel></rss>`
		);
		writeFileSync(
			join(dir, 'leads.jsonl'),
			jsonl(
				TOWNS.slice(0, 10).map((town, i) => ({
					id: `lead-${i}`,
					title: `Fuite de données à ${town}`,
					body: `La préfecture de ${town} a signalé une fuite de données touchant les dossiers des usagers.\n${FOOTER}`
				}))
			)
		);
		await indexArticles({ paths: [dir], writer: meili.writer, log: quiet });
		process.env.MEILI_URL = meili.server.url;
		process.env.MEILI_SEARCH_KEY = await meili.writer.ensureSearchKey();
		const service = await import('../../src/lib/server/search-service');
		search = (query) => service.searchArticles(stateFromUrl(new URLSearchParams(query)), 'en');
	});
	afterAll(async () => {
		await meili?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it.each<[string, string, number]>([
		['20 title-only briefs', 'cyberattaque mairie', 20],
		['10 feed items sharing a teaser', 'rançongiciel hôpital', 10],
		['10 distinct leads above one footer', 'fuite données', 10]
	])('%s: every one is found, none says "+N similar"', async (_name, q, count) => {
		const r = await search({ q });
		expect(r.total).toBe(count);
		expect(r.hits.map((h) => h.similar)).toEqual(Array.from({ length: count }, () => 0));
	});

	it('every town is findable on its own', async () => {
		for (const town of ['Quimper', 'Niort', 'Rouen']) {
			const r = await search({ q: `cyberattaque ${town}` });
			expect(r.hits.map((h) => h.title)).toContain(`Cyberattaque contre la mairie de ${town}`);
		}
	});
});
