import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/lib/article';
import { analyzeText } from '../../../src/lib/analysis/index';
import {
	decodeFingerprint,
	encodeFingerprint,
	fingerprintOf,
	type Fingerprint
} from '../../../indexer/dedup/fingerprint';
import { estimateJaccard, minhashSignature } from '../../../indexer/dedup/minhash';
import { shingleHashes, storyTerms } from '../../../indexer/dedup/shingles';
import { NEAR_DUPLICATE_THRESHOLD, StoryIndex } from '../../../indexer/dedup/story-index';
import { AR_OTHER, AR_STORY, FR_OTHER, FR_STORY } from './stories';

const fp = (text: string, lang: Lang): Fingerprint => fingerprintOf(analyzeText(text, lang))!;

/** Removes Arabic letters' short-vowel marks… by adding them: the copy has tashkeel, tatweel and other alef forms. */
const AR_VOCALISED = AR_STORY.replace('أعلنت وزارة الداخلية', 'أَعْلَنَت وِزارةُ الدّاخِلِيّة')
	.replace('الأسلحة', 'الاسلحـــة')
	.replace('إصابات', 'اصابات');
const FR_UNACCENTED = FR_STORY.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

describe('same story, different form', () => {
	it.each<[string, Lang, string, string, 'exact' | 'near']>([
		['exact copy (fr)', 'fr', FR_STORY, FR_STORY, 'exact'],
		['exact copy (ar)', 'ar', AR_STORY, AR_STORY, 'exact'],
		[
			'other whitespace and line breaks',
			'fr',
			FR_STORY,
			FR_STORY.replace(/\. /g, '.\n\n  ').replace(/ /g, '  '),
			'exact'
		],
		['no accents, upper case', 'fr', FR_STORY, FR_UNACCENTED, 'exact'],
		['tashkeel, tatweel, hamza forms', 'ar', AR_STORY, AR_VOCALISED, 'exact'],
		[
			'agency boilerplate around it (fr)',
			'fr',
			FR_STORY,
			`Lyon (AFP) - ${FR_STORY} © 2018 AFP. Tous droits réservés. Lire aussi : nos articles sur l'enquête.`,
			'near'
		],
		[
			'site boilerplate around it (ar)',
			'ar',
			AR_STORY,
			`بغداد - سكاي نيوز عربية ${AR_STORY} تابعونا على مواقع التواصل الاجتماعي`,
			'near'
		],
		[
			'a sentence added (fr)',
			'fr',
			FR_STORY,
			`${FR_STORY} Une cellule d'aide psychologique a été ouverte pour les élèves de l'établissement.`,
			'near'
		],
		[
			'a sentence added (ar)',
			'ar',
			AR_STORY,
			`${AR_STORY} وكانت القوات قد نفذت عمليات مماثلة الشهر الماضي في المنطقة نفسها.`,
			'near'
		],
		['a sentence dropped (fr)', 'fr', FR_STORY, FR_STORY.replace(/ Les enquêteurs cherchent[^.]*\./, ''), 'near']
	])('%s → one story', (_name, lang, a, b, kind) => {
		const stories = new StoryIndex();
		expect(stories.add('a', fp(a, lang)).kind).toBe('new');
		const second = stories.add('b', fp(b, lang));
		expect(second).toMatchObject({ kind, storyId: 'a', joined: 'a' });
		expect(second.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
	});
});

describe('different articles on the same topic', () => {
	it.each<[string, Lang, string, string]>([
		['two terrorism cases in France', 'fr', FR_STORY, FR_OTHER],
		['two operations against ISIS cells', 'ar', AR_STORY, AR_OTHER],
		['one story, its first half only', 'fr', FR_STORY, FR_STORY.slice(0, Math.floor(FR_STORY.length / 2))],
		['short texts are only matched exactly', 'fr', 'Le PSG bat Lyon 2 à 1.', 'Le PSG bat Lyon 3 à 1.']
	])('%s → two stories', (_name, lang, a, b) => {
		const stories = new StoryIndex();
		stories.add('a', fp(a, lang));
		expect(stories.add('b', fp(b, lang))).toMatchObject({ kind: 'new', storyId: 'b', joined: null });
	});
});

describe('StoryIndex', () => {
	it('gives the canonical the duplicates list and the others duplicate_of', () => {
		const stories = new StoryIndex();
		stories.add('a', fp(FR_STORY, 'fr'));
		stories.add('x', fp(FR_OTHER, 'fr'));
		stories.add('b', fp(`${FR_STORY} Fin.`, 'fr'));
		stories.add('c', fp(FR_STORY, 'fr'));
		expect(stories.fields('a')).toEqual({ story_id: 'a', story_size: 3, duplicate_of: null, duplicates: ['b', 'c'] });
		expect(stories.fields('c')).toEqual({ story_id: 'a', story_size: 3, duplicate_of: 'a' });
		expect(stories.fields('x')).toEqual({ story_id: 'x', story_size: 1, duplicate_of: null, duplicates: [] });
		expect(stories.story('a')).toEqual(['a', 'b', 'c']);
	});

	it('knows the documents of an earlier run from their stored fingerprints: the first one stays canonical', () => {
		const first = new StoryIndex();
		first.add('a', fp(FR_STORY, 'fr'));
		first.add('b', fp(`${FR_STORY} Fin.`, 'fr'));
		const stored = (id: string, text: string) => decodeFingerprint(encodeFingerprint(fp(text, 'fr')));
		const next = new StoryIndex();
		// Loaded in another order than they were seen: stored story ids decide.
		next.load('b', stored('b', `${FR_STORY} Fin.`), 'a');
		next.load('a', stored('a', FR_STORY), 'a');
		expect(next.add('c', fp(`Paris (AFP) - ${FR_STORY}`, 'fr'))).toMatchObject({
			kind: 'near',
			storyId: 'a',
			joined: 'a'
		});
		expect(next.fields('a').duplicates).toEqual(['b', 'c']);
	});

	it('a changed document keeps its story; a changed singleton is matched again', () => {
		const stories = new StoryIndex();
		stories.add('a', fp(FR_STORY, 'fr'));
		stories.add('b', fp(FR_STORY, 'fr'));
		stories.add('x', fp(FR_OTHER, 'fr'));
		expect(stories.add('b', fp(`${FR_STORY} Mise à jour.`, 'fr'))).toMatchObject({ kind: 'kept', storyId: 'a' });
		expect(stories.add('x', fp(`${FR_STORY} Reprise.`, 'fr'))).toMatchObject({ kind: 'near', storyId: 'a' });
		expect(stories.story('a')).toEqual(['a', 'b', 'x']);
	});

	it('removing a canonical promotes the next member', () => {
		const stories = new StoryIndex();
		for (const id of ['a', 'b', 'c']) stories.add(id, fp(FR_STORY, 'fr'));
		stories.add('x', fp(FR_OTHER, 'fr'));
		expect(stories.remove(['a', 'x'])).toEqual(['b']);
		expect(stories.fields('b')).toEqual({ story_id: 'b', story_size: 2, duplicate_of: null, duplicates: ['c'] });
		expect(stories.fields('c')).toMatchObject({ story_id: 'b', duplicate_of: 'b' });
		expect(stories.add('d', fp(FR_STORY, 'fr'))).toMatchObject({ storyId: 'b' });
		expect(stories.remove(['d'])).toEqual(['b']);
	});
});

describe('MinHash', () => {
	it('estimates the Jaccard similarity of the shingle sets within ±0.1', () => {
		const terms = storyTerms(analyzeText(FR_STORY + ' ' + FR_OTHER, 'fr'));
		for (const keep of [0.3, 0.5, 0.7, 0.9, 1]) {
			const a = shingleHashes(terms);
			const b = shingleHashes(terms.slice(0, Math.round(terms.length * keep)));
			const setA = new Set(a);
			const inter = [...b].filter((x) => setA.has(x)).length;
			const truth = inter / (a.length + b.length - inter);
			expect(Math.abs(estimateJaccard(minhashSignature(a), minhashSignature(b)) - truth)).toBeLessThan(0.1);
		}
	});

	it('keeps unrelated long texts apart (the kept bits do not shrink with the minimum)', () => {
		const long = (word: string) => Array.from({ length: 5000 }, (_, i) => `${word}${i}`);
		const [a, b] = [minhashSignature(shingleHashes(long('alpha'))), minhashSignature(shingleHashes(long('beta')))];
		expect(estimateJaccard(a, b)).toBeLessThan(0.1);
	});

	it('fingerprints survive their text form; short bodies have no signature, tiny ones no fingerprint', () => {
		const f = fp(AR_STORY, 'ar');
		const text = encodeFingerprint(f);
		expect(text).toHaveLength(172);
		expect(decodeFingerprint(text)).toEqual(f);
		expect(encodeFingerprint(fp('Le PSG bat Lyon deux buts à un au Parc des Princes.', 'fr'))).toHaveLength(12);
		expect(encodeFingerprint(fingerprintOf(analyzeText('Bref.', 'fr')))).toBe('');
		expect(decodeFingerprint('')).toBeNull();
		expect(decodeFingerprint('abc')).toBeNull();
	});
});
