/**
 * Arabic orthographic normalization, a superset of Lucene's ArabicNormalizer.
 *
 * Arabic writers vary freely in hamza seats, final yeh/alef maqsura, teh marbuta and
 * diacritics, and Persian-keyboard letters leak into Arabic text; news search must treat
 * those spellings as one word. Every rule maps to a letter that is itself never rewritten,
 * which is what makes the function idempotent.
 */

const ALEF = '\u0627';
const YEH = '\u064A';
const HEH = '\u0647';
const WAW = '\u0648';
const KAF = '\u0643';

/** One-to-one letter rewrites. */
const LETTER_MAP: ReadonlyMap<string, string> = new Map([
	// Hamza/madda/wasla seats on alef: Lucene folds آ أ إ; we add ٱ ٲ ٳ for Quranic and old text.
	['\u0622', ALEF],
	['\u0623', ALEF],
	['\u0625', ALEF],
	['\u0671', ALEF],
	['\u0672', ALEF],
	['\u0673', ALEF],
	// Alef maqsura vs yeh is a spelling habit (Egypt writes ى for final ي).
	['\u0649', YEH],
	// Hamza on yeh / waw seat: writers drop it as often as alef hamza (Lucene leaves them; Meilisearch folds them).
	['\u0626', YEH],
	['\u0624', WAW],
	// Teh marbuta is written with or without dots.
	['\u0629', HEH],
	// Persian/Urdu keyboard variants that show up in Arabic text.
	['\u06CC', YEH], // ی farsi yeh
	['\u06D2', YEH], // ے yeh barree
	['\u06A9', KAF], // ک keheh
	['\u06C0', HEH], // ۀ heh with yeh above
	['\u06C1', HEH], // ہ heh goal
	['\u06BE', HEH], // ھ heh doachashmee
	['\u06D5', HEH], // ە ae
	// Letters for sounds Arabic lacks are written with the nearest Arabic letter just as often
	// (ڤيروس / فيروس, ڨفصة / قفصة, گوگل / كوكل). We fold to the letter the same writers use when
	// the extra letter is unavailable: گ → ك (same shape family), ڨ → ق, ڤ → ف, پ → ب, چ → ج, ژ → ز.
	// Loses nothing Arabic distinguishes; Persian text is not a target.
	['\u06AF', KAF],
	['\u06A8', '\u0642'],
	['\u06A4', '\u0641'],
	['\u067E', '\u0628'],
	['\u0686', '\u062C'],
	['\u0698', '\u0632']
]);

/** Code points removed outright: they carry no lexical identity. */
function isRemoved(cp: number): boolean {
	return (
		(cp >= 0x064b && cp <= 0x065f) || // tanween, harakat, shadda, sukun, combining hamza/madda
		cp === 0x0670 || // superscript (dagger) alef
		cp === 0x0640 || // tatweel
		(cp >= 0x0610 && cp <= 0x061a) || // Quranic honorific marks
		(cp >= 0x06d6 && cp <= 0x06ed && cp !== 0x06e5 && cp !== 0x06e6) || // Quranic annotation marks
		cp === 0x061c || // Arabic letter mark (bidi)
		(cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM/RLM
		(cp >= 0x202a && cp <= 0x202e) || // bidi embeddings/overrides
		(cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
		cp === 0xfeff || // BOM / zero-width no-break space
		cp === 0x00ad // soft hyphen
	);
}

/** Arabic-Indic (U+0660) and Extended/Persian (U+06F0) digits → ASCII, so ٢٠١٨ and 2018 are one term. */
function digitValue(cp: number): number {
	if (cp >= 0x0660 && cp <= 0x0669) return cp - 0x0660;
	if (cp >= 0x06f0 && cp <= 0x06f9) return cp - 0x06f0;
	return -1;
}

/** Presentation forms (PDF copy-paste) decompose to ordinary letters under NFKC. */
function isPresentationForm(cp: number): boolean {
	return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc);
}

function normalizeChar(ch: string, out: string[]): void {
	const cp = ch.codePointAt(0) ?? 0;
	if (isRemoved(cp)) return;
	const digit = digitValue(cp);
	if (digit >= 0) {
		out.push(String(digit));
		return;
	}
	out.push(LETTER_MAP.get(ch) ?? ch);
}

/**
 * Normalize one Arabic word (or any string: non-Arabic characters pass through untouched).
 * NFKC is applied only to presentation-form characters, never to the whole string: composing
 * across characters we removed (e.g. a ZWSP between a letter and a combining mark) would
 * break idempotence.
 */
export function normalizeArabic(word: string): string {
	const out: string[] = [];
	for (const ch of word) {
		const cp = ch.codePointAt(0) ?? 0;
		if (isPresentationForm(cp)) {
			for (const part of ch.normalize('NFKC')) normalizeChar(part, out);
		} else {
			normalizeChar(ch, out);
		}
	}
	return out.join('');
}
