import { describe, expect, it } from 'vitest';
import { orgId, recogniseOrgs } from '../../../../src/lib/facets/recognise/organisations';

const orgs = (text: string): Array<[string, string]> => recogniseOrgs(text, () => false).map((o) => [o.surface, o.type]);

describe('recogniseOrgs', () => {
	it.each([
		['أعلنت وزارة الداخلية التونسية اليوم', [['وزارة الداخلية التونسية', 'agency']]],
		['قالت وزارة الداخلية أمس', [['وزارة الداخلية', 'agency']]],
		['وزارة كبيرة', []],
		['selon le parquet de Paris, mardi', [['parquet de Paris', 'agency']]],
		['le ministère de l’Intérieur a', [['ministère de l’Intérieur', 'agency']]],
		['le parquet les faits doivent être', []],
		['la société Thales a', []],
		['la société de Sécurité Globale', [['société de Sécurité Globale', 'company']]]
	] as const)('%s', (text, want) => {
		expect(orgs(text)).toEqual(want);
	});

	// Words stand for the corpus-frequency test and the country matches the caller supplies.
	const common = new Set(['الداخلية', 'النواب', 'العامة', 'السيطرة', 'السوري', 'التونسية']);
	const countries = new Set(['السوري', 'التونسية']);
	const at = (text: string) => (start: number) => [...countries].some((w) => text.startsWith(w, start));
	const qualified = (text: string): string[] =>
		recogniseOrgs(
			text,
			() => false,
			(word, start) => !at(text)(start) && common.has(word),
			(_word, start) => at(text)(start)
		).map((o) => o.surface);

	it.each([
		['قالت وزارة الداخلية أمس', []],
		['أعلن مجلس النواب', []],
		['أعلنت وزارة الداخلية التونسية اليوم', ['وزارة الداخلية التونسية']],
		['سمح للجيش السوري السيطرة على', ['للجيش السوري']],
		['وكالة الأنباء الرسمية', []],
		['وكالة الأنباء التونسية', []],
		['جهاز المخابرات العامة', ['جهاز المخابرات العامة']]
	] as const)('a head followed only by everyday words is no one in particular: %s', (text, want) => {
		expect(qualified(text)).toEqual(want);
	});

	it('leaves a span the knowledge base already holds', () => {
		expect(recogniseOrgs('قالت وزارة الداخلية أمس', () => true)).toEqual([]);
	});

	it('gives ASCII ids that survive the URL id check', () => {
		for (const s of ['وزارة الداخلية', 'parquet de Paris']) expect(orgId(s)).toMatch(/^[a-z0-9-]{1,64}$/);
	});
});
