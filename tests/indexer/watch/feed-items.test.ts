import { describe, expect, it } from 'vitest';
import { feedItems } from '../../../indexer/sources/read-feed';
import { htmlArticle } from '../../../indexer/sources/read-html-file';
import { atomXml, rssXml } from '../../integration/support/feed-server';

const file = { path: 'https://example.org/feed', relative: 'feed', format: 'feed' as const, gzip: false };
const items = (xml: string) => [...feedItems(new TextEncoder().encode(xml), file, { onSkip: () => {} })];

describe('feedItems (feeds in memory)', () => {
	it.each<[string, string, boolean]>([
		[
			'RSS with content:encoded',
			rssXml('f', [{ guid: 'g', title: 't', content: 'Full text.', summary: 'Sum.', date: '2026-01-01' }]),
			false
		],
		[
			'RSS with a description only',
			rssXml('f', [{ guid: 'g', title: 't', summary: 'Sum.', date: '2026-01-01' }]),
			true
		],
		['Atom with content', atomXml('f', [{ guid: 'g', title: 't', content: 'Full text.', date: '2026-01-01' }]), false],
		['Atom with a summary only', atomXml('f', [{ guid: 'g', title: 't', summary: 'Sum.', date: '2026-01-01' }]), true]
	])('%s → summary only: %s', (_case, xml, summaryOnly) => {
		const [item] = items(xml);
		expect(item).toMatchObject({ article: { id: 'g', title: 't' }, summaryOnly });
	});

	it('a page in memory is read by the .html path, with the id it is given', () => {
		const html = `<html lang="fr"><head><title>T</title></head><body><nav>Menu</nav><article><p>${'Le texte complet de l’article, assez long pour Readability. '.repeat(5)}</p></article></body></html>`;
		const a = htmlArticle(new TextEncoder().encode(html), 'https://example.org/a', 'item-1');
		expect(a).toMatchObject({ id: 'item-1', origin: 'https://example.org/a', lang: 'fr' });
		expect(a.body).toContain('Le texte complet');
		expect(a.body).not.toContain('Menu');
	});
});
