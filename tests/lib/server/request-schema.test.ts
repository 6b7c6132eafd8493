import { describe, expect, it } from 'vitest';
import { validateSearchParams } from '../../../src/lib/server/request-schema';
import { buildFacetFilter } from '../../../src/lib/search/filter';
import { stateFromUrl } from '../../../src/lib/search/url-state';

const HOSTILE = [
	'" OR id EXISTS',
	"'",
	'\\',
	'a\nb',
	'=',
	'x'.repeat(5000),
	'\u202Eevil',
	'isis" OR actors EXISTS OR "'
];

describe('validateSearchParams', () => {
	it.each([
		['country', 'IR', true],
		['country', 'ZZ', false],
		['country', 'ir', false],
		['actor', 'isis', true],
		['actor', 'not-an-actor', false],
		['threat', 'ransomware', true],
		['threat', 'bananas', false],
		['lang', 'fr', true],
		['lang', 'de', false],
		['page', '3', true],
		['page', '0', false],
		['page', '1e3', false],
		['sort', 'newest', true],
		['sort', 'random', false],
		['from', '2021-07-09', true],
		['from', '09/07/2021', false],
		['ui', 'ar', true],
		['ui', 'xx', false]
	])('%s=%s kept: %s', (name, value, kept) => {
		const { params, rejected } = validateSearchParams(new URLSearchParams([[name, value]]));
		expect(params.has(name)).toBe(kept);
		expect(rejected.length).toBe(kept ? 0 : 1);
	});

	it('ignores unknown parameters', () => {
		expect([...validateSearchParams(new URLSearchParams('evil=1&filter=id%20EXISTS')).params]).toEqual([]);
	});

	it.each(HOSTILE.map((p) => [p.slice(0, 40), p]))(
		'a hostile facet value %j never reaches the filter',
		(_label, payload) => {
			const input = new URLSearchParams();
			for (const name of ['lang', 'country', 'actor', 'threat']) input.append(name, payload);
			input.append('actor', 'isis');
			const state = stateFromUrl(validateSearchParams(input).params);
			expect(buildFacetFilter(state)).toEqual([['actors = "isis"']]);
		}
	);
});
