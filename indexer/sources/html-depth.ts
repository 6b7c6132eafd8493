/**
 * How deeply the elements of an HTML text nest, measured on the text in one linear pass before
 * any DOM is built: Readability's cost grows with the cube of the depth (2,000 nested `<div>`s
 * took 117 s), so a page nested past any real layout is refused before it is parsed.
 */

/** Elements that never hold children. */
const VOID = new Set(
	'area base br col embed hr img input link meta param source track wbr keygen command basefont frame isindex'.split(
		' '
	)
);
/** Elements whose end tag may be left out (the parser closes them): not counted, real pages leave them open. */
const OPTIONAL_END = new Set(
	'p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp rtc html head body'.split(' ')
);
/** Elements whose content is text, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'plaintext']);

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** The greatest nesting depth of the elements (stops counting once `stopAt` is passed). */
export function htmlNestingDepth(html: string, stopAt = Infinity): number {
	const stack: string[] = [];
	const open = new Map<string, number>();
	let max = 0;
	TAG.lastIndex = 0;
	for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
		const name = m[2]?.toLowerCase();
		if (!name) continue; // a comment
		if (m[1]) {
			if (!open.get(name)) continue; // a stray end tag
			for (;;) {
				const top = stack.pop()!;
				open.set(top, open.get(top)! - 1);
				if (top === name) break;
			}
			continue;
		}
		if (RAW_TEXT.has(name)) {
			const close = new RegExp(`</${name}`, 'gi');
			close.lastIndex = TAG.lastIndex;
			TAG.lastIndex = close.exec(html)?.index ?? html.length;
			continue;
		}
		if (VOID.has(name) || OPTIONAL_END.has(name) || m[3]?.trimEnd().endsWith('/')) continue;
		stack.push(name);
		open.set(name, (open.get(name) ?? 0) + 1);
		if (stack.length > max) {
			max = stack.length;
			if (max > stopAt) break;
		}
	}
	return max;
}
