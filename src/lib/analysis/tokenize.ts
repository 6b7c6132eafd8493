/**
 * Word tokenizer with UTF-16 offsets into the original string (what highlighting slices).
 *
 * A token is a maximal run of characters of one script class:
 * - arabic: Arabic-script letters; digits (ASCII or Arabic-Indic) never join them, so كوفيد١٩,
 *   كوفيد-19 and كوفيد 19 all give the same two tokens,
 * - latin: Latin letters and digits together ("mi6", "g20", "5g"); a digit-only run is 'latin'
 *   too (numbers share the Latin chain, and ٢٠١٨ normalizes to 2018),
 * - other: letters of any other script (Cyrillic, Hebrew, CJK…), digits allowed.
 * Combining marks extend the current run (harakat, accents). Zero-width joiners and bidi marks
 * inside a word do not split it. An apostrophe between two Latin letters stays in the token so
 * the French chain can strip elisions (l'avion, d’Europol). Hyphens and all else split.
 */

export type Script = 'arabic' | 'latin' | 'other';

export interface Token {
	surface: string;
	start: number;
	end: number;
	script: Script;
}

type CharClass = 'arabic' | 'latin' | 'other' | 'digit' | 'mark' | 'format' | 'apostrophe' | 'break';

const ARABIC_LETTER = /[\p{Script=Arabic}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const MARK = /\p{M}/u;

const CLASSES: readonly CharClass[] = ['arabic', 'latin', 'other', 'digit', 'mark', 'format', 'apostrophe', 'break'];
/** Class per BMP code point, filled on first sight: Unicode property regexes are slow per char. */
const bmpClass = new Int8Array(0x10000).fill(-1);

function classify(ch: string): CharClass {
	const cp = ch.codePointAt(0) ?? 0;
	if (cp >= 0x10000) return classifyUncached(ch, cp);
	const cached = bmpClass[cp]!;
	if (cached >= 0) return CLASSES[cached]!;
	const cls = classifyUncached(ch, cp);
	bmpClass[cp] = CLASSES.indexOf(cls);
	return cls;
}

function classifyUncached(ch: string, cp: number): CharClass {
	if (cp === 0x0640) return 'arabic'; // tatweel is Common script but only ever stretches Arabic words
	if (MARK.test(ch)) return 'mark';
	if (
		cp === 0x200c ||
		cp === 0x200d ||
		cp === 0x200e ||
		cp === 0x200f ||
		cp === 0x061c ||
		cp === 0xfeff ||
		cp === 0x00ad
	)
		return 'format';
	if (cp === 0x27 || cp === 0x2019 || cp === 0x02bc) return 'apostrophe';
	if (DIGIT.test(ch)) return 'digit';
	if (!LETTER.test(ch)) return 'break';
	if (ARABIC_LETTER.test(ch)) return 'arabic';
	if (LATIN_LETTER.test(ch)) return 'latin';
	return 'other';
}

/** Run kinds while scanning; a digit-only run becomes 'latin' (numbers share the Latin chain). */
type RunKind = 'arabic' | 'latin' | 'other' | 'digits';

/** Which run a character continues, or null if it cannot continue `run`. */
function joins(run: RunKind, cls: CharClass): RunKind | null {
	switch (cls) {
		case 'arabic':
			return run === 'arabic' ? 'arabic' : null;
		case 'latin':
			return run === 'latin' || run === 'digits' ? 'latin' : null;
		case 'other':
			return run === 'other' || run === 'digits' ? 'other' : null;
		case 'digit':
			return run === 'arabic' ? null : run;
		default:
			return null;
	}
}

function startKind(cls: CharClass): RunKind | null {
	switch (cls) {
		case 'arabic':
			return 'arabic';
		case 'latin':
			return 'latin';
		case 'other':
			return 'other';
		case 'digit':
			return 'digits';
		default:
			return null;
	}
}

interface Char {
	ch: string;
	start: number;
	cls: CharClass;
}

function chars(text: string): Char[] {
	const out: Char[] = [];
	let i = 0;
	for (const ch of text) {
		out.push({ ch, start: i, cls: classify(ch) });
		i += ch.length;
	}
	return out;
}

export function tokenize(text: string): Token[] {
	const cs = chars(text);
	const tokens: Token[] = [];
	let i = 0;
	while (i < cs.length) {
		const first = cs[i];
		if (first === undefined) break;
		let kind = startKind(first.cls);
		if (kind === null) {
			i++;
			continue;
		}
		const start = first.start;
		let end = start + first.ch.length;
		let j = i + 1;
		while (j < cs.length) {
			const c = cs[j];
			if (c === undefined) break;
			if (c.cls === 'mark') {
				end = c.start + c.ch.length;
				j++;
				continue;
			}
			if (c.cls === 'format' || c.cls === 'apostrophe') {
				// Keep only when the run resumes right after (ignoring further format chars) with a
				// character it accepts; apostrophes only between Latin letters.
				let k = j + 1;
				while (k < cs.length && cs[k]?.cls === 'format') k++;
				const next = cs[k];
				if (next === undefined) break;
				if (c.cls === 'apostrophe' && !(kind === 'latin' && next.cls === 'latin')) break;
				const joined = joins(kind, next.cls);
				if (joined === null) break;
				kind = joined;
				end = next.start + next.ch.length;
				j = k + 1;
				continue;
			}
			const joined = joins(kind, c.cls);
			if (joined === null) break;
			kind = joined;
			end = c.start + c.ch.length;
			j++;
		}
		tokens.push({
			surface: text.slice(start, end),
			start,
			end,
			script: kind === 'arabic' ? 'arabic' : kind === 'other' ? 'other' : 'latin'
		});
		i = j;
	}
	return tokens;
}
