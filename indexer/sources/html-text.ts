import { parseHTML } from 'linkedom';
import { htmlNestingDepth } from './html-depth';
import { MAX_HTML_DEPTH } from './limits';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head']);
const BLOCKS = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'dd',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'footer',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'tbody',
	'td',
	'th',
	'thead',
	'tr',
	'ul'
]);

/**
 * The readable text of a DOM node: paragraphs and other blocks separated by blank lines, so
 * the cleaner and the analysers see sentence and paragraph boundaries (`textContent` glues
 * `<p>a</p><p>b</p>` into `ab`).
 */
export function nodeToText(node: Node): string {
	const out: string[] = [];
	const walk = (current: Node, pre: boolean) => {
		for (const child of Array.from(current.childNodes)) {
			if (child.nodeType === 3 || child.nodeType === 4) {
				const data = child.nodeValue ?? '';
				out.push(pre ? data : data.replace(/\s+/g, ' '));
			} else if (child.nodeType === 1) {
				const tag = (child as Element).localName.toLowerCase();
				if (SKIPPED.has(tag)) continue;
				if (tag === 'br') {
					out.push('\n');
					continue;
				}
				const block = BLOCKS.has(tag);
				if (block) out.push('\n\n');
				walk(child, pre || tag === 'pre');
				if (block) out.push('\n\n');
			}
		}
	};
	walk(node, false);
	return tidy(out.join(''));
}

/** Text of an HTML fragment (an RSS description, a JSON-LD articleBody with markup). */
export function htmlToText(html: string): string {
	// Plain text is far more common in feeds than markup; don't build a DOM for it.
	if (!/[<&]/.test(html)) return tidy(html);
	// Nested past any real markup (a hostile feed): tags dropped instead, in linear time.
	if (htmlNestingDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH)
		return tidy(html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '));
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	return nodeToText(document.body);
}

function tidy(text: string): string {
	// Line by line: a regex around "\n" that starts in a long run of spaces is quadratic.
	return text
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.replace(/[ \t\f\v]{2,}/g, ' ')
		.trim();
}
