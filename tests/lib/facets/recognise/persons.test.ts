import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/lib/analysis';
import { commonWords, nameTable } from '../../../../src/lib/knowledge/names';
import { nameKey } from '../../../../src/lib/facets/recognise/names';
import { recogniseNames } from '../../../../src/lib/facets/recognise/persons';

const names = (text: string, lang: 'ar' | 'fr'): string[] =>
	recogniseNames(nameTable(), commonWords(), text, analyzeText(text, lang) as never, () => false).map((n) => n.id);

describe('recogniseNames', () => {
	it.each([
		['قال جمال خاشقجي إن', 'ar', ['jamal-khashoggi']],
		['Selon Jamal Khashoggi, journaliste', 'fr', ['jamal-khashoggi']],
		['أشار إلى العالم العربي', 'ar', []],
		['Jean-Pierre est venu', 'fr', []]
	] as const)('%s → %j', (text, lang, want) => {
		expect(names(text, lang)).toEqual(want);
	});

	it('links the Latin and Arabic spellings of a person to one id', () => {
		expect(names('le président Idriss Déby a', 'fr')).toEqual(names('الرئيس إدريس ديبي', 'ar'));
		expect(names('الرئيس إدريس ديبي', 'ar')).toHaveLength(1);
	});

	it('gives a name the same key in both scripts', () => {
		expect(nameKey(nameTable(), 'خاشقجي')).toBe(nameKey(nameTable(), 'Khashoggi'));
		expect(nameKey(nameTable(), 'خاشقجي')).toBeDefined();
	});
});
