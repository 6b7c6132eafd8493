import { describe, expect, it } from 'vitest';
import { atomDate, atomXml, xmlText } from '$lib/search/atom-feed';

describe('xmlText', () => {
	it.each([
		['a & b', 'a &amp; b'],
		['<script>"x"\'y\'</script>', '&lt;script&gt;&quot;x&quot;&apos;y&apos;&lt;/script&gt;'],
		['bell\u0007 and nul\u0000', 'bell and nul'],
		['tab\tnl\ncr\r', 'tab\tnl\ncr\r'],
		['lone \ud800 surrogate', 'lone  surrogate'],
		['😀 داعش', '😀 داعش']
	])('%j → %j', (raw, out) => {
		expect(xmlText(raw)).toBe(out);
	});
});

describe('atomDate', () => {
	it('uses the date at midnight UTC or the fallback', () => {
		expect(atomDate('2024-03-05', 'X')).toBe('2024-03-05T00:00:00Z');
		expect(atomDate(null, 'X')).toBe('X');
		expect(atomDate('garbage', 'X')).toBe('X');
	});
});

describe('atomXml', () => {
	const xml = atomXml({
		id: 'http://x/feed.atom?q=a&lang=ar',
		title: 'Marsad — <a>',
		selfUrl: 'http://x/feed.atom?q=a&lang=ar',
		alternateUrl: 'http://x/?q=a&lang=ar&sort=newest',
		updated: '2024-03-05T00:00:00Z',
		generator: 'Marsad',
		entries: [
			{
				id: 'http://x/article/1',
				title: 'T & "quoted"',
				link: 'http://x/article/1',
				related: 'https://news.example/a?b=1&c=2',
				updated: '2024-03-05T00:00:00Z',
				summaryHtml: 'hit <mark>x</mark> &amp; y',
				lang: 'ar',
				categories: [{ term: 'isis', label: 'داعش' }]
			}
		]
	});

	it('has a self link and escapes every text and attribute', () => {
		expect(xml).toContain('<link rel="self" type="application/atom+xml" href="http://x/feed.atom?q=a&amp;lang=ar"/>');
		expect(xml).toContain('<title type="text">Marsad — &lt;a&gt;</title>');
		expect(xml).toContain('<title type="text">T &amp; &quot;quoted&quot;</title>');
		expect(xml).toContain('<link rel="related" href="https://news.example/a?b=1&amp;c=2"/>');
		expect(xml).toContain('<summary type="html">hit &lt;mark&gt;x&lt;/mark&gt; &amp;amp; y</summary>');
		expect(xml).toContain('<entry xml:lang="ar">');
		expect(xml).toContain('<category term="isis" label="داعش"/>');
	});

	it('is well-formed: no raw & or < outside markup', () => {
		const text = xml.replace(/<[^>]+>/g, '');
		expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
		expect(text).not.toContain('<');
		expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(
			true
		);
	});
});
