/**
 * One name across scripts, measured: the story sets the app's own search returns for a name written
 * in Latin letters and in Arabic letters, their overlap, and per language.
 *
 *   npx tsx bench/names/cross-script.ts --subset FILE.jsonl.gz   index FILE (real corpus articles that
 *       name one of the pairs) into a throw-away Meilisearch, measure with the entity-only synonyms
 *       (main before name links) and with the full synonyms (entity + name links)
 *   npx tsx bench/names/cross-script.ts --corpus                 measure the index at MEILI_URL as it is
 *       (read-only; MEILI_SEARCH_KEY)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeQuery } from '../../src/lib/analysis/index';
import { buildSynonyms as entitySynonyms } from '../../src/lib/facets/entity-tokens';
import { buildSynonyms, defaultKb } from '../../src/lib/facets/index';
import { stateFromUrl } from '../../src/lib/search/url-state';
import type { SearchResponse } from '../../src/lib/search/types';

export const PAIRS: [string, string][] = [
	['Khashoggi', 'خاشقجي'],
	['Clapper', 'كلابر'],
	['Soleimani', 'سليماني'],
	['Erdogan', 'أردوغان'],
	['Zelensky', 'زيلينسكي'],
	['Haftar', 'حفتر'],
	['Navalny', 'نافالني'],
	['Bouteflika', 'بوتفليقة']
];

type Search = (q: string) => Promise<{ ids: Set<string>; byLang: Record<string, number> }>;

/** The app's search service; `prefixLast` = main before this change (the last word always a prefix). */
async function searcher(prefixLast = false): Promise<Search> {
	const { createSearchService } = await import('../../src/lib/server/search-service');
	const { searchBackend } = await import('../../src/lib/server/meili-search-client');
	const { defaultPresenters } = await import('../../src/lib/server/search-presenters');
	const { ARTICLES_INDEX } = await import('../../src/lib/server/meili-connection');
	const presenters = { ...defaultPresenters(), ...(prefixLast ? { isLinkedName: undefined } : {}) };
	const { searchArticles } = createSearchService({
		backend: searchBackend(),
		presenters,
		indexUid: ARTICLES_INDEX,
		now: () => performance.now()
	});
	return async (q) => {
		const ids = new Set<string>();
		const byLang: Record<string, number> = {};
		for (let page = 1; ; page++) {
			const r: SearchResponse = await searchArticles(
				stateFromUrl(new URLSearchParams({ q, page: String(page) })),
				'en',
				{
					hitsPerPage: 500
				}
			);
			for (const h of r.hits) {
				ids.add(h.id);
				byLang[h.lang] = (byLang[h.lang] ?? 0) + 1;
			}
			if (page >= r.pages || r.hits.length === 0) break;
		}
		return { ids, byLang };
	};
}

async function measure(label: string, search: Search): Promise<void> {
	console.log(`\n## ${label}\n`);
	console.log('| Latin | n (ar/fr) | Arabic | n (ar/fr) | both | union | same set |');
	console.log('| --- | ---: | --- | ---: | ---: | ---: | :---: |');
	let same = 0;
	for (const [latin, ar] of PAIRS) {
		const l = await search(latin);
		const a = await search(ar);
		const both = [...l.ids].filter((id) => a.ids.has(id)).length;
		const union = new Set([...l.ids, ...a.ids]).size;
		const eq = both === union;
		if (eq) same++;
		const langs = (x: { byLang: Record<string, number> }) => `${x.byLang.ar ?? 0}/${x.byLang.fr ?? 0}`;
		console.log(
			`| ${latin} | ${l.ids.size} (${langs(l)}) | ${ar} | ${a.ids.size} (${langs(a)}) | ${both} | ${union} | ${eq ? 'yes' : 'no'} |`
		);
	}
	console.log(`\nsame story set: ${same}/${PAIRS.length}`);
}

async function setSynonyms(url: string, key: string, synonyms: Record<string, string[]>): Promise<void> {
	const headers = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
	const res = await fetch(`${url}/indexes/articles/settings/synonyms`, {
		method: 'PUT',
		headers,
		body: JSON.stringify(synonyms)
	});
	const { taskUid } = (await res.json()) as { taskUid: number };
	for (;;) {
		const t = (await (await fetch(`${url}/tasks/${taskUid}`, { headers })).json()) as {
			status: string;
			error?: unknown;
		};
		if (t.status === 'succeeded') return;
		if (t.status === 'failed') throw new Error(JSON.stringify(t.error));
		await new Promise((r) => setTimeout(r, 200));
	}
}

const args = process.argv.slice(2);
if (args.includes('--corpus')) {
	await measure(
		`index at ${process.env.MEILI_URL} as built, search as on main (last word a prefix)`,
		await searcher(true)
	);
	await measure(
		`index at ${process.env.MEILI_URL} as built, linked names typed last searched complete`,
		await searcher()
	);
} else {
	const subset = args[args.indexOf('--subset') + 1];
	if (!subset) throw new Error('--subset FILE or --corpus');
	const { startTestMeili } = await import('../../tests/integration/support/test-meili');
	const { indexArticles } = await import('../../indexer/index-articles');
	const meili = await startTestMeili();
	const lockDir = mkdtempSync(join(tmpdir(), 'marsad-lock-'));
	try {
		const summary = await indexArticles({ paths: [subset], writer: meili.writer, log: () => {}, lockDir });
		console.log(`indexed ${summary.added} articles of ${subset}`);
		process.env.MEILI_URL = meili.server.url;
		process.env.MEILI_SEARCH_KEY = await meili.writer.ensureSearchKey();
		const search = await searcher();
		const entityOnly = entitySynonyms(defaultKb(), analyzeQuery);
		await setSynonyms(meili.server.url, meili.server.masterKey, entityOnly);
		await measure(
			`as on main: entity synonyms only (${Object.keys(entityOnly).length} keys), last word a prefix`,
			await searcher(true)
		);
		await measure(`entity synonyms only, linked names typed last searched complete`, search);
		const full = buildSynonyms(defaultKb());
		await setSynonyms(meili.server.url, meili.server.masterKey, full);
		await measure(`entity synonyms + name links (${Object.keys(full).length} keys)`, search);
	} finally {
		await meili.close();
		rmSync(lockDir, { recursive: true, force: true });
	}
}
