import { describe, expect, it } from 'vitest';
import {
	articleTerms,
	buildMltQueries,
	candidateTerms,
	documentFrequencyQueries,
	idf,
	MLT_DEFAULTS,
	rankCandidates,
	readDocumentFrequencies,
	selectTerms,
	type MltSource,
	type TermCount
} from '../../../src/lib/search/more-like-this';
import { analyzeQuery } from '../../../src/lib/analysis';

const tok = (word: string) => analyzeQuery(word + ' ')[0]!.token;
/** The analysed term of a word, as a complete query word searches it. */
const an = (word: string) => analyzeQuery(word + ' ')[0]!.term;
const termsOf = (doc: Partial<MltSource>) =>
	Object.fromEntries(articleTerms({ id: 'x', lang: 'fr', ...doc }).map((t) => [t.term, t.tf]));

describe('articleTerms', () => {
	it.each<[string, Partial<MltSource>, Record<string, number>]>([
		[
			'stop words, numbers and short fragments are left out',
			{ body: 'le 2024 de la rançon et ça' },
			{ [an('rançon')]: 1 }
		],
		[
			'a title word counts as three body words',
			{ title: 'Rançongiciel', body: 'rançongiciel' },
			{ [an('rançongiciel')]: 4 }
		],
		['inflected forms share the query term', { body: 'hôpital hôpitaux Hôpital' }, { [an('hôpital')]: 3 }],
		[
			'tagged actors and threats become entity tokens',
			{ body: 'x', actors: ['isis'], threats: ['ransomware'] },
			{
				zqaisis: MLT_DEFAULTS.entityTf,
				zqtransomware: MLT_DEFAULTS.entityTf
			}
		]
	])('%s', (_, doc, expected) => {
		expect(termsOf(doc)).toMatchObject(expected);
		expect(Object.keys(termsOf(doc)).sort()).toEqual(Object.keys(expected).sort());
	});

	it('counts Arabic clitic forms under one term', () => {
		const counts = articleTerms({ id: 'x', lang: 'ar', body: 'الحوثيين والحوثيين للحوثيين' });
		expect(counts).toHaveLength(1);
		expect(counts[0]!.tf).toBe(3);
	});
});

const term = (token: string, tf: number, first = 1, entity = false): TermCount => ({
	token,
	term: token,
	tf,
	first,
	entity
});

describe('selectTerms', () => {
	const N = 10_000;
	it.each<[string, TermCount[], Record<string, number>, number, string[]]>([
		[
			'rare beats frequent at equal tf',
			[term('common', 2), term('rare', 2)],
			{ common: 900, rare: 10 },
			1,
			['rare', 'common']
		],
		['tf can outweigh rarity', [term('often', 9), term('rare', 1)], { often: 300, rare: 30 }, 1, ['often', 'rare']],
		['a term found only in the article finds nothing', [term('only', 5), term('x', 1)], { only: 1, x: 50 }, 1, ['x']],
		['nor a term found only in its own story', [term('story', 5), term('x', 1)], { story: 3, x: 50 }, 3, ['x']],
		['a term in too many documents says nothing', [term('said', 20), term('x', 1)], { said: 2000, x: 50 }, 1, ['x']],
		['a term without a count is left out', [term('lost', 5), term('x', 1)], { x: 50 }, 1, ['x']],
		['ties go to the earlier term', [term('b', 2, 7), term('a', 2, 3)], { a: 10, b: 10 }, 1, ['a', 'b']]
	])('%s', (_, candidates, df, storySize, expected) => {
		const got = selectTerms(candidates, new Map(Object.entries(df)), N, storySize).map((t) => t.token);
		expect(got).toEqual(expected);
	});

	it('keeps at most maxQueryTerms, best first', () => {
		const many = Array.from({ length: 30 }, (_, i) => term(`t${i}`, 30 - i, i));
		const df = new Map(many.map((t) => [t.token, 10]));
		const got = selectTerms(many, df, N, 1);
		expect(got).toHaveLength(MLT_DEFAULTS.maxQueryTerms);
		expect(got[0]!.token).toBe('t0');
		expect(got[0]!.score).toBeCloseTo(30 * idf(10, N));
	});
});

describe('candidateTerms', () => {
	it('asks the most frequent terms, earlier first on ties', () => {
		const got = candidateTerms([term('a', 1, 1), term('b', 3, 5), term('c', 3, 2)], { maxCandidates: 2 });
		expect(got.map((t) => t.token)).toEqual(['c', 'b']);
	});
});

describe('document frequencies', () => {
	it('asks one exact phrase per term, entity tokens on the entity field, and sums the language counts', () => {
		const terms = [term(tok('rançon'), 2), term('zqaisis', 3, 0, true)];
		const queries = documentFrequencyQueries('articles', terms);
		expect(queries[0]).toMatchObject({ q: '', limit: 0, facets: ['lang'] });
		expect(queries[1]).toMatchObject({ q: `"${tok('rançon')}"`, limit: 0 });
		expect(queries[2]).toMatchObject({ q: '"zqaisis"', attributesToSearchOn: ['entity_terms'] });
		const { totalDocs, df } = readDocumentFrequencies(terms, [
			{ facetDistribution: { lang: { ar: 60, fr: 40 } } },
			{ facetDistribution: { lang: { fr: 7 } } },
			{}
		]);
		expect(totalDocs).toBe(100);
		expect(df.get(tok('rançon'))).toBe(7);
		expect(df.get('zqaisis')).toBe(0);
		// idf against the article's language when it has documents.
		const ar = readDocumentFrequencies(terms, [{ facetDistribution: { lang: { ar: 60, fr: 40 } } }], 'ar');
		expect(ar.totalDocs).toBe(60);
		expect(readDocumentFrequencies(terms, [{ facetDistribution: { lang: { fr: 40 } } }], 'ar').totalDocs).toBe(40);
	});
});

describe('buildMltQueries', () => {
	const scored = ['a', 'b', 'c', 'd', 'e'].map((t, i) => ({ ...term(t, 5 - i), df: 10, score: 5 - i }));
	it('one query of the best terms and one per lead term, never the article or its story', () => {
		const qs = buildMltQueries('articles', { id: 'x', story_id: 's' }, scored, 'STORIES', 'story_id', {
			combinedWords: 3,
			leads: 2
		});
		expect(qs.map((q) => q.q)).toEqual(['a b c ', 'a ', 'b ']);
		for (const q of qs) expect(q.filter).toEqual(['STORIES', 'id != "x"', 'story_id != "s"']);
		expect(qs[0]!.matchingStrategy).toBe('last');
	});
	it('nothing to search without terms', () => {
		expect(buildMltQueries('articles', { id: 'x' }, [], 'S', 'story_id')).toEqual([]);
	});
});

describe('rankCandidates', () => {
	const scored = [
		{ ...term(tok('rançongiciel'), 3), df: 10, score: 6 },
		{ ...term(tok('hôpital'), 2), df: 50, score: 2 }
	];
	const doc = (id: string, title: string, body: string, story_id?: string): MltSource => ({
		id,
		title,
		body,
		lang: 'fr',
		story_id
	});
	it('sums the weights of shared terms, a title match weighing more, and drops the article and its story', () => {
		const got = rankCandidates(
			doc('a', 'rançongiciel', 'hôpital', 's'),
			scored,
			[
				doc('h', 'hôpital', 'rien'),
				doc('a', 'x', 'rançongiciel'),
				doc('copy', 'rançongiciel', 'hôpital', 's'),
				doc('body', 'autre', 'rançongiciel'),
				doc('title', 'rançongiciel', 'autre'),
				doc('title', 'rançongiciel', 'autre'),
				doc('none', 'météo', 'pluie')
			],
			10
		);
		expect(got.map((r) => [r.doc.id, r.matched])).toEqual([
			['title', 1],
			['body', 1],
			['h', 1],
			['none', 0]
		]);
		expect(got[0]!.score).toBeCloseTo(6 * (1 + MLT_DEFAULTS.titleBonus));
	});
});

describe('rankCandidates and minShared', () => {
	const scored = ['rarissime', 'bravo', 'charlie'].map((t, i) => ({ ...term(t, 1), df: 10, score: [10, 2, 2][i]! }));
	const c = (id: string, ...words: string[]): MltSource => ({ id, lang: 'fr', body: words.join(' ') });
	it('a candidate sharing one rare word comes after those sharing several', () => {
		// The query terms as the analyser gives them.
		const toks = scored.map((t) => ({ ...t, token: tok(t.token), term: t.token }));
		const got = rankCandidates({ id: 'x' }, toks, [c('collision', 'rarissime'), c('topic', 'bravo', 'charlie')], 5);
		expect(got.map((r) => r.doc.id)).toEqual(['topic', 'collision']);
		expect(
			rankCandidates({ id: 'x' }, toks, [c('collision', 'rarissime'), c('topic', 'bravo', 'charlie')], 5, {
				minShared: 1
			})[0]!.doc.id
		).toBe('collision');
	});
});
