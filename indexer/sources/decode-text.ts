import { isUtf8 } from 'node:buffer';

/** Text decoded from bytes, and the encoding that was used. */
export interface DecodedText {
	text: string;
	encoding: string;
}

/** Bytes that are no text we can read; `reason` is meant for the skip report. */
export class DecodeError extends Error {
	constructor(readonly reason: string) {
		super(reason);
		this.name = 'DecodeError';
	}
}

/** A byte-order mark: the encoding it announces and its length in bytes. */
export function sniffBom(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
	return null;
}

/**
 * Decodes a text file's bytes: a BOM wins; then valid UTF-8; then the declared `hint`
 * (e.g. an HTML `<meta charset>`); then Windows-1256 when the result reads like Arabic or
 * French. Valid UTF-8 beats a legacy hint on purpose: scrapers often re-save pages as UTF-8
 * and keep the old `<meta charset>`, while legacy text that is valid UTF-8 by chance is
 * practically nonexistent. Throws DecodeError when nothing fits.
 */
export function decodeText(bytes: Uint8Array, hint?: string | null): DecodedText {
	const bom = sniffBom(bytes);
	if (bom) {
		const decoder = new TextDecoder(bom.encoding, { ignoreBOM: true });
		return { text: decoder.decode(bytes.subarray(bom.length)), encoding: bom.encoding };
	}
	if (isUtf8(bytes)) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
	const declared = legacyDecoder(hint);
	if (declared) return { text: declared.decode(bytes), encoding: declared.encoding };
	const text = new TextDecoder('windows-1256').decode(bytes);
	if (isPlausibleText(text)) return { text, encoding: 'windows-1256' };
	throw new DecodeError('not valid UTF-8, nor plausible Windows-1256 text');
}

/** A decoder for a declared non-UTF encoding label, or null when the label is unknown or UTF. */
export function legacyDecoder(label?: string | null): TextDecoder | null {
	if (!label) return null;
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(label.trim().toLowerCase());
	} catch {
		return null;
	}
	return decoder.encoding.startsWith('utf-') ? null : decoder;
}

/** The most frequent Arabic letters: real Arabic text is mostly made of them. */
const ARABIC_COMMON = new Set('اليمونةرتبعهفدسكقحأإآ');

/**
 * Does text decoded as Windows-1256 read like Arabic or French? Windows-1256 maps every byte
 * to something, so the test is on the result: no control characters, non-ASCII characters
 * that are Arabic letters, French letters or typographic punctuation, Arabic letters that
 * are mostly the common ones, and no Arabic letter glued to a Latin one (what other legacy
 * encodings, e.g. GBK or KOI8-R, look like through this table).
 */
export function isPlausibleText(text: string): boolean {
	let nonAscii = 0;
	let odd = 0;
	let arabic = 0;
	let commonArabic = 0;
	let glued = 0;
	let previous: 'arabic' | 'latin' | 'other' = 'other';
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) return false;
		let kind: 'arabic' | 'latin' | 'other' = 'other';
		if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) kind = 'latin';
		if (code >= 0x80) {
			nonAscii++;
			if (code >= 0x0621 && code <= 0x064a) {
				kind = 'arabic';
				arabic++;
				if (ARABIC_COMMON.has(char)) commonArabic++;
			} else if (
				(code >= 0x00c0 && code <= 0x00ff && code !== 0x00d7 && code !== 0x00f7) ||
				code === 0x0152 ||
				code === 0x0153
			) {
				kind = 'latin';
			} else if (!isPlausibleSymbol(code)) {
				odd++;
			}
		}
		if ((kind === 'arabic' && previous === 'latin') || (kind === 'latin' && previous === 'arabic')) glued++;
		previous = kind;
	}
	if (nonAscii === 0) return true;
	if (odd / nonAscii > 0.05) return false;
	if (glued / nonAscii > 0.05) return false;
	if (arabic >= 20 && commonArabic / arabic < 0.55) return false;
	return true;
}

function isPlausibleSymbol(code: number): boolean {
	return (
		(code >= 0x0600 && code <= 0x06ff) || // the rest of the Arabic block: harakat, digits, ، ؛ ؟, tatweel
		(code >= 0x00a0 && code <= 0x00bf) || // nbsp, « », °, ·
		(code >= 0x2010 && code <= 0x2027) || // dashes, quotes, …
		(code >= 0x200c && code <= 0x200f) || // ZWNJ, ZWJ, LRM, RLM (present in Windows-1256)
		code === 0x20ac || // €
		code === 0x00d7 ||
		code === 0x00f7
	);
}

/** NUL bytes in the first KB mean binary, unless a UTF-16 BOM says they are half of each character. */
export function looksBinary(bytes: Uint8Array, sniffBytes = 1024): boolean {
	const bom = sniffBom(bytes);
	if (bom && bom.encoding !== 'utf-8') return false;
	return bytes.subarray(0, sniffBytes).includes(0);
}

/** Drops an incomplete UTF-8 sequence at the end, so a cut buffer still decodes strictly. */
export function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
	const end = bytes.length;
	for (let back = 1; back <= Math.min(3, end); back++) {
		const byte = bytes[end - back] ?? 0;
		if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
		const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
		return needed > back ? bytes.subarray(0, end - back) : bytes;
	}
	return bytes;
}
