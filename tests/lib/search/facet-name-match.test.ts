import { describe, expect, it } from 'vitest';
import { foldName, matchFacetNames } from '$lib/search/facet-name-match';

const names = new Map<string, string[]>([
	['isis', ['Islamic State', 'État islamique', 'داعش', 'الدولة الإسلامية']],
	['al-qaeda', ['Al-Qaïda', 'القاعدة']],
	['interpol', ['Interpol', 'الإنتربول']],
	['iran-mois', ['Iranian Ministry of Intelligence']]
]);

describe('foldName', () => {
	it.each([
		['État Islamique', 'etat islamique'],
		['الإنتربول', 'الانتربول'],
		['مُنَظَّمَة', 'منظمه'],
		['Al-Qaïda', 'al qaida']
	])('%s → %s', (a, b) => {
		expect(foldName(a)).toBe(b);
	});
});

describe('matchFacetNames', () => {
	it.each([
		['داعش', ['isis']],
		['etat', ['isis']],
		['islam', ['isis']],
		['qaida', ['al-qaeda']],
		['دولة', ['isis']],
		['الانتربول', ['interpol']],
		['i', ['interpol', 'iran-mois', 'isis']],
		['', []],
		['zzz', []]
	])('%s → %j', (typed, ids) => {
		expect(matchFacetNames(names, typed)).toEqual(ids);
	});

	it('puts exact names first', () => {
		const m = new Map([
			['a', ['Interpol Europe']],
			['b', ['Interpol']]
		]);
		expect(matchFacetNames(m, 'interpol')).toEqual(['b', 'a']);
	});
});
