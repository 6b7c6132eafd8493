import { describe, expect, it } from 'vitest';
import { entityTerms } from '../../../indexer/pipeline/build-document';
import { defaultKb } from '../../../src/lib/facets/default-kb';
import { entityToken } from '../../../src/lib/facets/entity-tokens';
import { extractFacets } from '../../../src/lib/facets/extract-facets';

const ckb = defaultKb();
const terms = (title: string, body: string, lang: 'ar' | 'fr'): string[] =>
	entityTerms(extractFacets({ title, body, lang }, ckb)).split(' ');

describe('entity_terms (search expansion) come only from tags that pass the rules', () => {
	it('leaves out names seen without the context they need', () => {
		const t = terms('Procès', 'Le juge Cameron a rendu sa décision mardi devant une salle comble au tribunal.', 'fr');
		expect(t).not.toContain(entityToken('actor', 'david-cameron'));
	});
	it('leaves out threat words that did not make the article about the threat', () => {
		const t = terms(
			'الإفراج عن رهائن',
			'طالب الخاطفون بدفع فدية كبيرة مقابل الإفراج عن الرهائن المختطفين منذ شهر في المنطقة الجبلية.',
			'ar'
		);
		expect(t).not.toContain(entityToken('threat', 'ransomware'));
		expect(t).toContain(entityToken('concept', 'hostage'));
	});
	it('keeps tagged entities and threats, implied ones included', () => {
		const t = terms(
			'داعش يتبنى هجوما',
			'أعلن تنظيم داعش مسؤوليته عن الهجوم على نقطة للجيش في سوريا. وقال مصدر إن داعش استهدف الجنود.',
			'ar'
		);
		expect(t).toContain(entityToken('actor', 'isis'));
		expect(t).toContain(entityToken('country', 'SY'));
		expect(t).toContain(entityToken('threat', 'terrorism'));
	});
});
