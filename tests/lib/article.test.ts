import { describe, expect, it } from 'vitest';
import { httpUrl, validDate } from '../../src/lib/article';
import { atomDate, atomXml } from '../../src/lib/search/atom-feed';
import { toArticle } from '../../indexer/pipeline/to-article';

const NOW = Date.UTC(2026, 11, 2, 12);

describe('httpUrl: only http(s) links are rendered', () => {
	it.each<[string | null, string | null]>([
		['https://example.org/a?b=1', 'https://example.org/a?b=1'],
		['  http://example.org  ', 'http://example.org/'],
		['javascript:alert(document.domain)', null],
		['JaVaScRiPt:alert(1)', null],
		[' javascript:alert(1)', null],
		['data:text/html,<script>alert(1)</script>', null],
		['vbscript:msgbox(1)', null],
		['file:///etc/passwd', null],
		['//evil.example/x', null],
		['/relative/path', null],
		['', null],
		[null, null]
	])('%s → %s', (url, expected) => {
		expect(httpUrl(url)).toBe(expected);
	});
});

describe('validDate: a real calendar date, not in the future beyond a day', () => {
	it.each<[string | null, string | null]>([
		['2024-05-01', '2024-05-01'],
		['2024-02-29', '2024-02-29'],
		['2023-02-29', null],
		['2024-13-45', null],
		['2024-04-31', null],
		['0000-00-00', null],
		['1750-01-01', null],
		['2999-12-31', null],
		['2026-12-03', '2026-12-03'],
		['2026-12-05', null],
		['2024-5-1', null],
		[null, null]
	])('%s → %s', (date, expected) => {
		expect(validDate(date, NOW)).toBe(expected);
	});
});

describe('the indexer and the feed apply them', () => {
	it('an article keeps no javascript: url and no impossible date', () => {
		const article = toArticle({
			id: 'x',
			origin: 'x.jsonl:1',
			title: 'Cyberattaque à Quimper',
			body: 'Les services de la mairie sont paralysés depuis lundi matin.',
			url: 'javascript:alert(document.domain)',
			date: '2024-13-45'
		});
		expect(article.url).toBeNull();
		expect(article.date).toBeNull();
		expect(toArticle({ id: 'y', origin: 'y', title: 'T', body: 'B', date: '2999-12-31' }).date).toBeNull();
	});

	it('the Atom feed emits neither', () => {
		expect(atomDate('2024-13-45', '2026-01-01T00:00:00Z')).toBe('2026-01-01T00:00:00Z');
		const xml = atomXml({
			title: 'q',
			id: 'urn:x',
			selfUrl: 'http://127.0.0.1:3000/feed.atom',
			alternateUrl: 'http://127.0.0.1:3000/',
			updated: '2026-01-01T00:00:00Z',
			entries: [
				{
					id: 'urn:a',
					title: 'a',
					link: 'http://127.0.0.1:3000/article/a',
					related: 'javascript:alert(document.domain)',
					updated: atomDate('0000-00-00', '2026-01-01T00:00:00Z'),
					summaryHtml: ''
				}
			]
		});
		expect(xml).not.toContain('javascript:');
		expect(xml).not.toContain('0000-00-00');
	});
});
