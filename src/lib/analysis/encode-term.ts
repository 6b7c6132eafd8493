/**
 * Reversible encoding of analysed terms as Meilisearch-safe tokens: [a-z0-9]+ only.
 *
 * Meilisearch's tokenizer (charabia) would re-split Arabic terms (it cuts a leading ال) and
 * splits on apostrophes and other punctuation; a token of lowercase ASCII letters and digits is
 * one word for every Latin segmenter. Three namespaces, told apart by the first two characters:
 *
 * - plain  `t`            a term already in [a-z0-9]+ that does not start with "zz"/"zx"
 *                          (almost every folded French/English word and every number);
 * - Arabic `zz` + body     a term whose first UTF-16 unit is an Arabic letter: one ASCII symbol
 *                          per normalized Arabic letter (table below), `9` + 4 hex digits for
 *                          any other code unit;
 * - other  `zx` + body     everything else (Cyrillic, Hebrew, leftovers like "straße" would be
 *                          here if folding kept them, and Latin terms starting with zz/zx):
 *                          [a-z0-8] as themselves, `9` + 4 hex digits for any other code unit.
 *
 * Why this cannot collide: plain tokens never start with zz/zx (such terms are moved to the
 * "other" namespace), so the first two characters decide the namespace and each body is a
 * prefix-free code. Why prefix search works: within a namespace, encoding is letter by letter,
 * so a prefix of a term encodes to a prefix of its token (a plain term that grows into a
 * non-ASCII one is the only exception, and folding makes that practically absent).
 * Cost: a one-letter Latin prefix "z" also prefix-matches every Arabic token.
 */

const ESCAPE = '9';
const ARABIC_MARK = 'zz';
const OTHER_MARK = 'zx';

/** Normalized Arabic letters → one symbol each (mnemonic where possible, Buckwalter-like). */
const ARABIC_TABLE: ReadonlyArray<readonly [string, string]> = [
	['ا', 'a'],
	['ب', 'b'],
	['ت', 't'],
	['ث', 'v'],
	['ج', 'j'],
	['ح', 'h'],
	['خ', 'x'],
	['د', 'd'],
	['ذ', '3'],
	['ر', 'r'],
	['ز', 'z'],
	['س', 's'],
	['ش', 'c'],
	['ص', 'p'],
	['ض', 'i'],
	['ط', 'u'],
	['ظ', '2'],
	['ع', 'e'],
	['غ', 'g'],
	['ف', 'f'],
	['ق', 'q'],
	['ك', 'k'],
	['ل', 'l'],
	['م', 'm'],
	['ن', 'n'],
	['ه', 'o'],
	['و', 'w'],
	['ي', 'y'],
	['ء', '4']
];

const AR_ENCODE: ReadonlyMap<string, string> = new Map(ARABIC_TABLE);
const AR_DECODE: ReadonlyMap<string, string> = new Map(ARABIC_TABLE.map(([a, b]) => [b, a]));

const PLAIN = /^[a-z0-9]+$/;
const OTHER_PASS = /^[a-z0-8]$/;

function escapeUnit(unit: number): string {
	return ESCAPE + unit.toString(16).padStart(4, '0');
}

function isArabicLetterUnit(unit: number): boolean {
	return AR_ENCODE.has(String.fromCharCode(unit));
}

function encodeBody(term: string, table: ReadonlyMap<string, string> | null): string {
	let out = '';
	for (let i = 0; i < term.length; i++) {
		const ch = term.charAt(i);
		const mapped = table ? table.get(ch) : OTHER_PASS.test(ch) ? ch : undefined;
		out += mapped ?? escapeUnit(term.charCodeAt(i));
	}
	return out;
}

function decodeBody(body: string, table: ReadonlyMap<string, string> | null, token: string): string {
	let out = '';
	let i = 0;
	while (i < body.length) {
		const ch = body.charAt(i);
		if (ch === ESCAPE) {
			const hex = body.slice(i + 1, i + 5);
			if (!/^[0-9a-f]{4}$/.test(hex)) throw new RangeError(`decodeTerm: bad escape in "${token}"`);
			out += String.fromCharCode(parseInt(hex, 16));
			i += 5;
			continue;
		}
		const mapped = table ? table.get(ch) : OTHER_PASS.test(ch) ? ch : undefined;
		if (mapped === undefined) throw new RangeError(`decodeTerm: unexpected "${ch}" in "${token}"`);
		out += mapped;
		i++;
	}
	return out;
}

/** Encode an analysed term (natural script) as a token of [a-z0-9]+. Total and injective. */
export function encodeTerm(term: string): string {
	if (term.length > 0 && isArabicLetterUnit(term.charCodeAt(0))) {
		return ARABIC_MARK + encodeBody(term, AR_ENCODE);
	}
	if (PLAIN.test(term) && !term.startsWith(ARABIC_MARK) && !term.startsWith(OTHER_MARK)) return term;
	return OTHER_MARK + encodeBody(term, null);
}

/** Inverse of encodeTerm. Throws RangeError on a string encodeTerm cannot produce. */
export function decodeTerm(token: string): string {
	if (token.startsWith(ARABIC_MARK)) return decodeBody(token.slice(2), AR_DECODE, token);
	if (token.startsWith(OTHER_MARK)) return decodeBody(token.slice(2), null, token);
	if (PLAIN.test(token)) return token;
	throw new RangeError(`decodeTerm: not a term token: "${token}"`);
}
