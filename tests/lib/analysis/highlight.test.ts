import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '$lib/analysis/analyze';
import { highlightHtml, snippetHtml } from '$lib/analysis/highlight';

const marks = (html: string): string[] => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1] ?? '');

describe('highlightHtml', () => {
	it('marks clitic forms of إيران (and the nisba adjective, which stems to the same term)', () => {
		const html = highlightHtml(
			'هجوم على إيران ثم وإيران ولإيران لإيران الإيرانيين إيرلندا',
			'ar',
			analyzeQuery('إيران ')
		);
		expect(marks(html)).toEqual(['إيران', 'وإيران', 'ولإيران', 'لإيران', 'الإيرانيين']);
	});

	it('الهجمات marks هجمات and هجمة', () => {
		expect(marks(highlightHtml('هجمات و هجمة والهجوم', 'ar', analyzeQuery('الهجمات ')))).toEqual(['هجمات', 'هجمة']);
	});

	it('a bare ال marks nothing in ordinary words', () => {
		expect(marks(highlightHtml('المانيا والهجمات الرسائل', 'ar', analyzeQuery('ال')))).toEqual([]);
		expect(marks(highlightHtml('المانيا والهجمات الرسائل', 'ar', analyzeQuery('المانيا ')))).toEqual(['المانيا']);
	});

	it('escapes text and never marks inside a word', () => {
		const html = highlightHtml(`<script>alert("x")</script> & l'Iranien Iran's Iran`, 'fr', analyzeQuery('iran '));
		expect(html).toBe(
			`&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;Iranien <mark>Iran&#39;s</mark> <mark>Iran</mark>`
		);
	});

	it('prefix terms match by prefix', () => {
		expect(marks(highlightHtml('cyberattaques et cybersécurité', 'fr', analyzeQuery('cyberatt')))).toEqual([
			'cyberattaques'
		]);
		expect(marks(highlightHtml('الهجمات الهجوم', 'ar', analyzeQuery('الهجما')))).toEqual(['الهجمات']);
	});

	it('no query, no marks', () => {
		expect(highlightHtml('a < b', 'fr', [])).toBe('a &lt; b');
	});
});

describe('snippetHtml', () => {
	const filler = (w: string, n: number): string => Array.from({ length: n }, () => w).join(' ');

	it('centres on the densest cluster, cuts at word boundaries with …', () => {
		const text = `${filler('alpha', 40)} Iran bravo Iran ${filler('charlie', 40)} Iran ${filler('delta', 40)}`;
		const html = snippetHtml(text, 'fr', analyzeQuery('iran '), 80);
		expect(html.startsWith('… ')).toBe(true);
		expect(html.endsWith(' …')).toBe(true);
		expect(marks(html)).toEqual(['Iran', 'Iran']);
		const plain = html.replace(/<\/?mark>/g, '').replace(/^… | …$/g, '');
		expect(plain.length).toBeLessThanOrEqual(80);
		for (const w of plain.split(' ')) expect(['alpha', 'bravo', 'charlie', 'Iran']).toContain(w);
	});

	it('without a match gives the start of the text', () => {
		const text = `<b> ${filler('mot', 100)}`;
		const html = snippetHtml(text, 'fr', analyzeQuery('absent '), 40);
		expect(html.startsWith('&lt;b&gt; mot')).toBe(true);
		expect(html.endsWith(' …')).toBe(true);
	});

	it('short text is returned whole, collapsed and escaped', () => {
		expect(snippetHtml('Iran\n\n  & co', 'fr', analyzeQuery('iran '))).toBe('<mark>Iran</mark> &amp; co');
	});
});
