/**
 * Case and diacritic folding for Latin-script (and other non-Arabic) words.
 *
 * Users type French without accents as often as with them ("etat islamique"), so every Latin
 * term is folded before stemming; the stemmer then works on accent-free letters.
 */

/** Letters that are not "base letter + combining mark" and so survive NFD stripping. */
const SPECIAL_FOLDS: ReadonlyMap<string, string> = new Map([
	['œ', 'oe'],
	['æ', 'ae'],
	['ß', 'ss'],
	['ẞ', 'ss'],
	['ø', 'o'],
	['đ', 'd'],
	['ð', 'd'],
	['ł', 'l'],
	['ı', 'i'],
	['þ', 'th'],
	['ŀ', 'l'],
	// Ligatures of typesetting (PDF copy-paste).
	['ﬀ', 'ff'],
	['ﬁ', 'fi'],
	['ﬂ', 'fl'],
	['ﬃ', 'ffi'],
	['ﬄ', 'ffl'],
	['ﬅ', 'st'],
	['ﬆ', 'st']
]);

const COMBINING_MARK = /\p{M}/gu;

/** Lowercase, expand ligatures, remove diacritics. Idempotent. */
export function foldLatin(word: string): string {
	let lower = word.toLowerCase();
	let mapped = '';
	for (const ch of lower) mapped += SPECIAL_FOLDS.get(ch) ?? ch;
	// NFD then drop marks removes accents; NFC re-composes what has no marks left (Hangul etc.).
	lower = mapped.normalize('NFD').replace(COMBINING_MARK, '').normalize('NFC');
	return lower;
}
