import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeQuery, analyzeText, analyzeWord, toSearchField } from '$lib/analysis/analyze';
import { decodeTerm } from '$lib/analysis/encode-term';
import { tokenize } from '$lib/analysis/tokenize';
import type { Lang } from '$lib/article';

const LANGS: readonly Lang[] = ['ar', 'fr', 'en'];
const seedDir = join(process.cwd(), 'seeds');
const seedWords = [
	...new Set(
		readdirSync(seedDir)
			.filter((f) => f.endsWith('.txt'))
			.flatMap((f) => tokenize(readFileSync(join(seedDir, f), 'utf8')).map((t) => t.surface))
	)
];

/** The index terms of `word` in a document of language `lang`. */
function indexTerms(word: string, lang: Lang): string[] {
	return analyzeText(word, lang).flatMap((t) => t.terms);
}

/** The complete-word query term of `word` (trailing space: not a prefix). */
function queryTerm(word: string): string | undefined {
	return analyzeQuery(`${word} `)[0]?.term;
}

describe('invariant: a complete query word is among the index terms of the same word', () => {
	it(`holds for every word of the seeds (${seedWords.length} words) in every document language`, () => {
		expect(seedWords.length).toBeGreaterThan(500);
		for (const w of seedWords) {
			const q = queryTerm(w);
			if (q === undefined) continue;
			for (const lang of LANGS) expect(indexTerms(w, lang), `${w} (${lang})`).toContain(q);
		}
	});

	it('holds for random words', () => {
		const arabicWord = fc
			.array(fc.constantFrom(...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ'.split('')), { minLength: 1, maxLength: 12 })
			.map((a) => a.join(''));
		const latinWord = fc
			.array(fc.constantFrom(..."abcdeéèêfghijklmnopqrstuvwxyzçœ'ABCÉ".split('')), { minLength: 1, maxLength: 14 })
			.map((a) => a.join(''));
		fc.assert(
			fc.property(fc.oneof(arabicWord, latinWord), fc.constantFrom(...LANGS), (w, lang) => {
				for (const tok of tokenize(w)) {
					const q = queryTerm(tok.surface);
					if (q !== undefined) expect(indexTerms(tok.surface, lang)).toContain(q);
				}
			}),
			{ numRuns: 3000 }
		);
	});

	it('a half-typed word is a prefix of an index term of the whole word', () => {
		for (const w of seedWords) {
			if (w.length < 4) continue;
			for (const cut of [w.length - 1, w.length - 2]) {
				const typed = w.slice(0, cut);
				const [p] = analyzeQuery(typed);
				if (!p || !p.prefix) continue;
				// A cut one letter after a Light10 prefix or clitic may still be below its length rule.
				if (typed.length < 5) continue;
				expect(
					indexTerms(w, 'ar').some((t) => t.startsWith(p.term)),
					`${typed} → ${w}`
				).toBe(true);
			}
		}
	});
});

describe('analyzeQuery', () => {
	it.each([
		['ايران', 'ايران'],
		['لإيران', 'ايران'],
		['وإيران', 'ايران'],
		['المانيا', 'مانيا'],
		['ألمانيا', 'مانيا'],
		['هجمة', 'هجم'],
		['الهجمات', 'هجم'],
		['rançongiciel', 'rancongiciel'],
		['Europol', 'europol'],
		['cryptées', 'crypt']
	])('%s → %s', (q, term) => {
		expect(analyzeQuery(`${q} `).map((t) => t.term)).toEqual([term]);
	});

	it('drops stop words, keeps the last word being typed as a prefix', () => {
		expect(analyzeQuery('التجسس على الهواتف').map((t) => [t.term, t.prefix])).toEqual([
			['تجسس', false],
			['هواتف', true]
		]);
		expect(analyzeQuery('logiciel de rançon ').map((t) => t.term)).toEqual(['logiciel', 'rancon']);
		expect(analyzeQuery('logiciel de').map((t) => [t.term, t.prefix])).toEqual([
			['logiciel', false],
			['de', true]
		]);
	});

	it('keeps stop words when the query has nothing else', () => {
		expect(analyzeQuery('de la ').map((t) => t.term)).toEqual(['de', 'la']);
	});

	it('a half-typed Arabic word keeps its suffix-less form so it prefix-matches', () => {
		const [q] = analyzeQuery('الهجما');
		expect(q?.prefix).toBe(true);
		expect(q?.term).toBe('هجما');
		const indexed = indexTerms('الهجمات', 'ar');
		expect(indexed.some((t) => t.startsWith(q?.term ?? '∅'))).toBe(true);
	});

	it('a bare article is not a prefix', () => {
		expect(analyzeQuery('ال')).toEqual([{ surface: 'ال', term: 'ال', token: 'zzal', prefix: false }]);
	});

	it('token is the encoded term', () => {
		for (const t of analyzeQuery('إيران Iran 2018 ')) expect(decodeTerm(t.token)).toBe(t.term);
	});
});

describe('analyzeText / analyzeWord / toSearchField', () => {
	it('keeps offsets and gives the primary stem first', () => {
		const tokens = analyzeText('قطعت ألبانيا علاقاتها مع إيران', 'ar');
		expect(tokens.map((t) => t.terms[0])).toEqual(['قطعت', 'بانيا', 'علاق', 'مع', 'ايران']);
		expect(tokens[1]).toMatchObject({ surface: 'ألبانيا', start: 5, end: 12, script: 'arabic' });
	});

	it('indexes the French stem of Latin words in English documents', () => {
		const [tok] = analyzeText('agencies', 'en');
		expect(tok?.terms[0]).toBe('agency');
		expect(tok?.terms).toContain(analyzeWord('agencies', 'fr')[0]);
	});

	it('analyzeWord stages', () => {
		expect(analyzeWord('الهجمات', 'ar', 'normalize')).toEqual(['الهجمات']);
		expect(analyzeWord('الهجمات', 'ar')).toEqual(['هجم']);
		expect(analyzeWord("L'Établissement", 'fr', 'normalize')).toEqual(['etablissement']);
		expect(analyzeWord('', 'fr')).toEqual([]);
	});

	it('toSearchField is encoded tokens joined by single spaces', () => {
		const field = toSearchField(analyzeText('لإيران, l’avion', 'ar'));
		expect(field).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
		expect(field.split(' ').map(decodeTerm)).toEqual(['لاير', 'لايران', 'ايران', 'avion']);
	});

	it.each([
		['ar', 'الهجوم على الشبكة في ألمانيا', ['هجوم', 'شبك', 'مانيا']],
		['fr', "l'attaque de la banque et des hôpitaux", ['ataqu', 'banqu', 'hopital', 'hopitaux']]
	] as const)('toSearchField leaves stop words out (%s), analyzeText keeps them flagged', (lang, text, primaries) => {
		const tokens = analyzeText(text, lang);
		expect(tokens.some((t) => t.stop)).toBe(true);
		const indexed = toSearchField(tokens).split(' ').map(decodeTerm);
		for (const t of tokens.filter((x) => x.stop)) for (const term of t.terms) expect(indexed).not.toContain(term);
		expect(indexed).toEqual(expect.arrayContaining([...primaries]));
	});

	it('never throws on random Unicode', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(...LANGS), (s, lang) => {
				const tokens = analyzeText(s, lang);
				for (const t of tokens) expect(t.terms.length).toBeGreaterThan(0);
				toSearchField(tokens);
				analyzeQuery(s);
				analyzeWord(s, lang, 'normalize');
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('single letters are never prefixes (issue 14)', () => {
	it.each(['fiche S', 'groupe x', 'ب'])('%s: the lone last letter is a complete word', (q) => {
		const terms = analyzeQuery(q);
		expect(terms.every((t) => !t.prefix)).toBe(true);
	});
	it('a two-letter last word still is a prefix', () => {
		expect(analyzeQuery('cyber de').at(-1)?.prefix).toBe(true);
	});
});
