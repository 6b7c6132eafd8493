import { describe, expect, it } from 'vitest';
import { defaultPresenters } from '$lib/server/search-presenters';

describe('default presenters', () => {
	const p = defaultPresenters();

	it.each([
		['lang', 'ar', 'fr', 'Arabe'],
		['lang', 'fr', 'ar', 'الفرنسية'],
		['country', 'SY', 'fr', 'Syrie'],
		['country', 'QQ', 'en', 'QQ'],
		['actor', 'no-such-actor', 'en', 'no-such-actor']
	] as const)('facetLabel(%s, %s, %s) = %s', (field, id, ui, label) => {
		expect(p.facetLabel(field, id, ui)).toBe(label);
	});

	it('knows actor names in every language, without alias markers', () => {
		const names = p.facetNames('actor');
		expect(names.size).toBeGreaterThan(0);
		for (const list of names.values()) for (const n of list) expect(n.startsWith('=')).toBe(false);
	});

	it.each([
		['Khashoggi', true],
		['خاشقجي', true],
		['Clapper', true],
		['كلابر', true],
		['Schnittker', false],
		['attaque', false],
		['Jamal Khashoggi', false],
		['ab', false]
	])('isLinkedName(%s) = %s', (word, linked) => {
		expect(p.isLinkedName?.(word)).toBe(linked);
	});

	it('names the entities of a query in the UI language', () => {
		const entities = p.matchQueryEntities('داعش', 'en');
		expect(entities).toHaveLength(1);
		expect(entities[0]).toMatchObject({ kind: 'actor', matched: 'داعش' });
		expect(p.matchQueryEntities('', 'en')).toEqual([]);
	});

	it('highlights with the analysis module (escaped, marked)', () => {
		const terms = p.analyzeQuery('إيران');
		expect(p.highlightHtml('هجوم على إيران <b>', 'ar', terms)).toBe('هجوم على <mark>إيران</mark> &lt;b&gt;');
	});
});
