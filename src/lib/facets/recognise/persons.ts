/**
 * Persons the knowledge base does not list, from name shapes: two or more consecutive name
 * tokens (public name table, both scripts), Latin ones capitalised, with particles between
 * (al, ben, de…). Each gets a stable id from its script-neutral key, so the same person
 * written in Arabic or Latin letters is one value. Pure: tokens in, spans out.
 */
import type { TokenLike } from '../types';
import { arabicNameCount, nameKey, type NameTable } from './names';

export interface RecognisedName {
	id: string;
	/** Latin label built from the keys ("Jamal Khashoggi"). */
	label: string;
	start: number;
	end: number;
	surface: string;
}

const LATIN_PARTICLES = new Set(['al', 'el', 'ben', 'bin', 'ibn', 'abu', 'abou', 'de', 'van', 'von', 'der', 'da', 'di', 'bou']);
const AR_PARTICLES = new Set(['بن', 'ابن', 'ابو', 'أبو', 'بنت']);
/** Words the name table holds (as rare surnames) that news uses as common words or titles. */
const NOT_NAMES = new Set(
	'le la les un une des du et en au aux ce il elle on se sa son ses leur nous vous mais ou donc car ni par pour sur sous avec sans dans selon entre contre après avant depuis pendant lors mardi lundi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre président ministre général monsieur madame saint sainte nord sud est ouest france paris the'.split(
		' '
	)
);
const AR_NOT_NAMES = new Set(
	'في من الى على عن مع ان قد لا ما هذا هذه التي الذي كان قال وقال بعد قبل حتى ثم او بين عند منذ خلال ضد الرئيس وزير رئيس الله فإن فان وإن لأن'.split(' ')
);

function isUpperInitial(s: string): boolean {
	const c = s[0] ?? '';
	return c !== c.toLowerCase() && c === c.toUpperCase() && s.slice(1) !== s.slice(1).toUpperCase();
}

/** Frequent analysed terms of the corpus (most frequent first), per script: news words, not names. */
export interface CommonWords {
	/** Every frequent term: a name's first word may not be one unless it is a common given name. */
	all: ReadonlySet<string>;
	/** The most frequent ones (function words, news verbs): no word of a name. */
	top: ReadonlySet<string>;
}
/** Persons carrying a word from which it is a given name even when it is frequent (محمد, أحمد). */
const GIVEN = 100;
/** Persons carrying the first word of an Arabic name from which it is taken for a given name. */
const FIRST_MIN = 10;

function keyOf(table: NameTable, common: CommonWords, t: TokenLike, first: boolean): string | undefined {
	const frequent = (set: ReadonlySet<string>): boolean => t.terms.some((x) => set.has(x));
	if (t.script === 'latin') {
		if (!isUpperInitial(t.surface) || NOT_NAMES.has(t.surface.toLowerCase())) return undefined;
		if (frequent(first ? common.all : common.top) && !frequentGivenLatin(table, t.surface)) return undefined;
		return nameKey(table, t.surface);
	}
	if (t.script === 'arabic') {
		if (AR_NOT_NAMES.has(t.surface) || t.surface.length < 3) return undefined;
		const n = arabicNameCount(table, t.surface);
		if (first) {
			// A given name opens the name: no article, carried by several persons, not a news word.
			if (/^[وفبلك]?ال/u.test(t.surface) || n < FIRST_MIN || (n < GIVEN && frequent(common.all))) return undefined;
		} else if (n < GIVEN && frequent(common.top)) return undefined;
		return nameKey(table, t.surface);
	}
	return undefined;
}

function frequentGivenLatin(table: NameTable, word: string): boolean {
	const k = nameKey(table, word);
	const ar = k === undefined ? undefined : table.latinToAr.get(k);
	return ar !== undefined && (table.arCount.get(ar) ?? 0) >= GIVEN;
}

function isParticle(t: TokenLike): boolean {
	return t.script === 'latin' ? LATIN_PARTICLES.has(t.surface.toLowerCase()) : AR_PARTICLES.has(t.surface);
}

/**
 * Name spans in `tokens` of `text`. `taken(start, end)` says a span is already an entity of the
 * knowledge base (it is then left to it). Only whitespace may separate the words of a name.
 */
export function recogniseNames(
	table: NameTable,
	common: CommonWords,
	text: string,
	tokens: readonly TokenLike[],
	taken: (start: number, end: number) => boolean
): RecognisedName[] {
	const out: RecognisedName[] = [];
	let i = 0;
	while (i < tokens.length) {
		const keys: string[] = [];
		let j = i;
		let last = i - 1;
		while (j < tokens.length) {
			const t = tokens[j]!;
			if (j > i && !/^[\s-]+$/u.test(text.slice(tokens[j - 1]!.end, t.start))) break;
			const k = keyOf(table, common, t, keys.length === 0);
			if (k !== undefined) {
				keys.push(k);
				last = j;
				j++;
			} else if (keys.length > 0 && isParticle(t) && j + 1 < tokens.length) j++;
			else break;
			if (keys.length === 4) break;
		}
		// Two words at least, one gap of them a space ("Jean-Pierre" alone is a given name).
		const spaced = last > i && tokens.slice(i + 1, last + 1).some((t, k) => /\s/u.test(text.slice(tokens[i + k]!.end, t.start)));
		if (keys.length >= 2 && spaced) {
			const start = tokens[i]!.start;
			const end = tokens[last]!.end;
			if (!taken(start, end)) {
				out.push({
					id: keys.join('-'),
					label: keys.map((k) => k.charAt(0).toUpperCase() + k.slice(1)).join(' '),
					start,
					end,
					surface: text.slice(start, end)
				});
			}
			i = last + 1;
		} else i++;
	}
	return out;
}
