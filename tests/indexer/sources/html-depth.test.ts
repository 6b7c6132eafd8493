import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { htmlNestingDepth } from '../../../indexer/sources/html-depth';
import { htmlToText } from '../../../indexer/sources/html-text';
import { MAX_HTML_DEPTH } from '../../../indexer/sources/limits';
import { collect, tempDir } from './fixtures';

const LEAD =
	'<p>Cyberattaque contre la mairie de Quimper : les services municipaux sont paralysés depuis lundi matin.</p>';
const nested = (tag: string, n: number, inner = LEAD, close = true) =>
	`${`<${tag}>`.repeat(n)}${inner}${close ? `</${tag}>`.repeat(n) : ''}`;
const page = (body: string) => `<!doctype html><html><head><title>Quimper</title></head><body>${body}</body></html>`;

describe('htmlNestingDepth', () => {
	it.each<[string, string, number]>([
		['flat paragraphs', '<p>a<p>b<p>c', 0],
		[
			'unclosed optional-end elements (p, li, td) do not count',
			'<ul><li>a<li>b<li>c</ul><table><tr><td>x<td>y</table>',
			1
		],
		['void and self-closing elements', '<div><br><img src=x><hr><svg><path d="M0"/></svg></div>', 2],
		['nested divs', nested('div', 40), 40],
		['unclosed inline tags pile up', nested('b', 500, 'x', false), 500],
		['a stray end tag closes nothing', '</div></div><div><span>x</span></div>', 2],
		[
			'markup inside script and comments is text',
			'<div><script>"<div><div><div>"</script><!-- <div><div> --></div>',
			1
		],
		['an attribute holding ">"', '<div title="a>b"><span>x</span></div>', 2]
	])('%s', (_name, html, depth) => {
		expect(htmlNestingDepth(html)).toBe(depth);
	});
});

describe('deeply nested HTML is refused with its reason, the files beside it read', () => {
	let fx: Awaited<ReturnType<typeof tempDir>>;
	beforeEach(async () => (fx = await tempDir()));
	afterEach(() => fx.cleanup());

	it.each<[string, string]>([
		['2,000 nested <div>s (117 s in Readability before)', page(nested('div', 2000))],
		['100,000 nested <div>s (a stack overflow before)', page(nested('div', 100_000))],
		['1,000,000 unclosed <b>s', page(nested('b', 1_000_000, LEAD, false))],
		[
			'tables nested in cells (the parser nests them)',
			page(nested('table><tr><td', 200, LEAD).replace(/<\/table><tr><td>/g, '</td></tr></table>'))
		]
	])('%s', async (_name, html) => {
		await fx.write('deep.html', html);
		await fx.write('valid.html', page(`<article>${LEAD}${LEAD.replace('Quimper', 'Brest')}</article>`));
		const { articles, skipped } = await collect([fx.dir]);
		expect(articles.map((a) => a.origin.slice(fx.dir.length + 1))).toEqual(['valid.html']);
		expect(skipped).toEqual([
			{
				origin: `${fx.dir}/deep.html`,
				reason: `HTML nested more than ${MAX_HTML_DEPTH} levels deep: refused (no real page is; reading it would take minutes)`
			}
		]);
	});

	it('a feed description nested past the cap keeps its text, tags dropped', () => {
		expect(htmlToText(nested('div', 100_000, 'Rançongiciel à Brest'))).toBe('Rançongiciel à Brest');
	});
});
