import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../src/lib/analysis/index';
import { buildSynonyms, defaultKb } from '../../../src/lib/facets/index';
import {
	kbNameLinks,
	MAX_LATIN_PER_ARABIC,
	mergeSynonyms,
	nameLinkSynonyms,
	tableNameLinks
} from '../../../src/lib/facets/name-links';

/** The token the server sends for a completed word, and for the word as typed (unstemmed). */
const tok = (w: string): string => analyzeQuery(`${w} `)[0]!.token;
const typed = (w: string): string => analyzeQuery(w)[0]!.token;

describe('tableNameLinks', () => {
	const never = () => false;
	it.each([
		['khashoggi\tخاشقجي\t4', true, 'carried by four persons'],
		['mogherini\tموغيريني\t1', false, 'carried by one person only'],
		['abe\tابي\t9', false, 'Latin side under four letters'],
		['kais\tقيس\t3', true, 'four letters is enough'],
		['jamal\tجمال\t67', true, 'a given name'],
		['bad line', false, 'malformed']
	])('%s → linked %s (%s)', (line, linked) => {
		expect(tableNameLinks([line], analyzeQuery, never).length).toBe(linked ? 1 : 0);
	});

	it('drops a pair when either side is a frequent news word', () => {
		const common = new Set([analyzeQuery('أمين ')[0]!.term]);
		expect(
			tableNameLinks(['amine\tامين\t24', 'khashoggi\tخاشقجي\t4'], analyzeQuery, (t) => common.has(t)).map(
				(l) => l.latin
			)
		).toEqual(['khashoggi']);
	});
});

describe('nameLinkSynonyms', () => {
	const links = [
		{ latin: 'khashoggi', ar: 'خاشقجي', weight: 4 },
		{ latin: 'mohamed', ar: 'محمد', weight: 500 },
		{ latin: 'muhammad', ar: 'محمد', weight: 200 },
		{ latin: 'mohamad', ar: 'محمد', weight: 20 },
		{ latin: 'mehmet', ar: 'محمد', weight: 15 },
		{ latin: 'mahomed', ar: 'محمد', weight: 10 }
	];
	const syn = nameLinkSynonyms(links, analyzeQuery);

	it.each([
		['Khashoggi', ['خاشقجي']],
		['khashoggi', ['خاشقجي']],
		['خاشقجي', ['Khashoggi']],
		['Mohamed', ['محمد']],
		['محمد', ['mohamed', 'muhammad', 'mohamad', 'mehmet']]
	])('%s (complete) → %j as typed', (word, others) => {
		expect(syn[tok(word)]).toEqual(others.map(typed));
	});

	it('also keys the word still being typed (the last word is a prefix)', () => {
		expect(syn[typed('Khashoggi')]).toEqual([typed('خاشقجي')]);
	});

	it(`caps an Arabic word at ${MAX_LATIN_PER_ARABIC} Latin spellings, most carried first`, () => {
		expect(syn[tok('محمد')]).not.toContain(typed('mahomed'));
	});

	it('gives a key the knowledge base owns no table link', () => {
		const owned = new Set([tok('Khashoggi')]);
		expect(nameLinkSynonyms(links, analyzeQuery, owned)[tok('خاشقجي')]).toBeUndefined();
	});
});

describe('kbNameLinks', () => {
	const ckb = defaultKb();
	const links = kbNameLinks(ckb);
	it.each([
		['Clapper', 'كلابر'],
		['Soleimani', 'سليماني'],
		['Macron', 'ماكرون']
	])('links the one-word aliases %s ↔ %s of one actor', (latin, ar) => {
		expect(links.some((l) => l.latin === latin && l.ar === ar)).toBe(true);
	});

	it('links no multi-word alias', () => {
		expect(links.every((l) => !/\s/u.test(l.latin) && !/\s/u.test(l.ar))).toBe(true);
	});
});

describe('buildSynonyms (knowledge base + name table)', () => {
	const syn = buildSynonyms(defaultKb());
	it.each([
		['Khashoggi', 'خاشقجي'],
		['Clapper', 'كلابر'],
		['Erdogan', 'أردوغان'],
		['Zelensky', 'زيلينسكي']
	])('%s and %s expand to each other', (latin, ar) => {
		expect(syn[typed(latin)]).toContain(typed(ar));
		expect(syn[typed(ar)]).toContain(typed(latin));
	});

	it('expands an Arabic name to the Latin word as typed, not its stem (Clapper, not clap)', () => {
		expect(syn[typed('كلابر')]).toContain('clapper');
		expect(syn[typed('كلابر')]).not.toContain('clap');
	});

	it('keeps the entity token of a knowledge-base name', () => {
		expect(syn[tok('Clapper')]).toContain('zqajamesclapper');
	});

	it('merges without duplicates or self-links', () => {
		expect(mergeSynonyms({ a: ['b'] }, { a: ['b', 'a', 'c'] })).toEqual({ a: ['b', 'c'] });
	});
});
