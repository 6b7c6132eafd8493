import { describe, expect, it } from 'vitest';
import { FieldMapError, parseFieldMap, recordToArticle } from '../../../indexer/sources/field-map';
import { safeId } from '../../../indexer/sources/article-id';

const fallback = () => 'fallback-id';

describe('parseFieldMap', () => {
	it('parses field=key pairs, with dotted paths', () => {
		expect(parseFieldMap('title=headline, body=text,date=published,source=publisher.name')).toEqual({
			title: 'headline',
			body: 'text',
			date: 'published',
			source: 'publisher.name'
		});
		expect(parseFieldMap('')).toEqual({});
	});

	it('refuses unknown fields and pairs without =', () => {
		expect(() => parseFieldMap('author=by')).toThrow(FieldMapError);
		expect(() => parseFieldMap('title')).toThrow(/not field=key/);
		expect(() => parseFieldMap('title=')).toThrow(FieldMapError);
	});
});

describe('recordToArticle', () => {
	it('auto-detects common field names, case-insensitively', () => {
		const result = recordToArticle(
			{
				GUID: 'g-1',
				Headline: 'T',
				content: 'B',
				pubDate: '2024-01-01',
				publisher: { name: 'P' },
				link: 'https://x',
				language: 'fr'
			},
			'f:1',
			fallback
		);
		expect(result).toEqual({
			article: {
				id: 'g-1',
				origin: 'f:1',
				title: 'T',
				body: 'B',
				date: '2024-01-01',
				source: 'P',
				url: 'https://x',
				lang: 'fr'
			}
		});
	});

	it('tries body candidates in order, skipping empty ones', () => {
		const result = recordToArticle(
			{ body: '  ', text: '', article: 'the article', description: 'summary' },
			'f:1',
			fallback
		);
		expect(result).toMatchObject({ article: { body: 'the article', id: 'fallback-id' } });
	});

	it('uses a mapped key strictly, without guessing', () => {
		const record = { headline: 'H', text: 'by map', body: 'by guess', meta: { when: '2020-02-02' } };
		expect(recordToArticle(record, 'f:1', fallback, { body: 'text', date: 'meta.when' })).toMatchObject({
			article: { body: 'by map', date: '2020-02-02', title: 'H' }
		});
		expect(recordToArticle(record, 'f:1', fallback, { body: 'missing' })).toEqual({
			skip: 'no body (field "missing" is missing or empty)'
		});
	});

	it('skips records without a body or that are not objects', () => {
		expect(recordToArticle({ title: 'only a title' }, 'f:1', fallback)).toEqual({
			skip: 'no body (no body/text/content field)'
		});
		expect(recordToArticle('text', 'f:1', fallback)).toEqual({ skip: 'record is not an object' });
		expect(recordToArticle(null, 'f:1', fallback)).toEqual({ skip: 'record is not an object' });
	});

	it('turns numeric ids into strings and cuts oversized bodies', () => {
		const result = recordToArticle({ id: 42, body: 'x'.repeat(3 * 1024 * 1024) }, 'f:1', fallback);
		expect('article' in result && result.article.id).toBe('42');
		expect('truncatedFrom' in result && result.truncatedFrom).toBe(3 * 1024 * 1024);
		expect('article' in result && result.article.body.length).toBe(2 * 1024 * 1024);
	});
});

describe('safeId', () => {
	it('keeps Meilisearch-safe ids and makes the others safe and distinct', () => {
		expect(safeId('orangesum-18')).toBe('orangesum-18');
		expect(safeId('ant-BB-internationalNews-64-20180226')).toBe('ant-BB-internationalNews-64-20180226');
		const a = safeId('https://x.org/a?id=1');
		const b = safeId('https://x.org/a?id=1#');
		expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(a).not.toBe(b);
		expect(safeId('خبر عاجل')).toMatch(/^[0-9a-f]{16}$/);
	});
});
