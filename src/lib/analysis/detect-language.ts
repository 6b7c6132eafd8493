/**
 * Language identification for Marsad's three languages, by evidence that is cheap and robust on
 * news text: script proportions decide Arabic; for Latin text, counts of very frequent
 * function words (and French diacritics) decide French vs English. French wins ties, because
 * the Latin corpus is French and a wrong "en" only changes the primary stem, never recall.
 */

import type { Lang } from '../article';

const FRENCH_WORDS: ReadonlySet<string> = new Set(
	'le la les des du de un une et est sont dans pour que qui sur pas avec au aux ce cette il ils elle par plus ont été être à où mais leur sa son ses nous vous selon on lui ne se'.split(
		' '
	)
);
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
	'the and of to is in that for with was on are by this from it as be has have were which said its an at will not but his her they their after'.split(
		' '
	)
);

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const FRENCH_DIACRITIC = /[éèêàçùâîôûëïœ]/gu;
const WORD = /[\p{L}'’]+/gu;

/** Look at a bounded prefix: the first few thousand characters decide as well as the whole. */
const SAMPLE = 4000;

export function detectLanguage(text: string): Lang {
	const sample = text.slice(0, SAMPLE);
	let arabic = 0;
	let latin = 0;
	for (const ch of sample) {
		if (ARABIC_LETTER.test(ch)) arabic++;
		else if (LATIN_LETTER.test(ch)) latin++;
	}
	// Arabic articles quote Latin names and URLs; French ones rarely contain Arabic.
	if (arabic > 0 && arabic >= latin * 0.5) return 'ar';
	let fr = 0;
	let en = 0;
	for (const m of sample.toLowerCase().matchAll(WORD)) {
		const w = m[0].replace(/^[ldjmnstc]['’]|^qu['’]/u, '');
		if (FRENCH_WORDS.has(w)) fr++;
		if (ENGLISH_WORDS.has(w)) en++;
	}
	// Diacritics are strong French evidence in otherwise ambiguous short text.
	fr += (sample.toLowerCase().match(FRENCH_DIACRITIC) ?? []).length * 0.5;
	return en > fr ? 'en' : 'fr';
}
