import { describe, expect, it } from 'vitest';
import { defaultKb } from '../../../src/lib/facets/default-kb';
import { extractFacets } from '../../../src/lib/facets/extract-facets';
import { matchEntities } from '../../../src/lib/facets/match-entities';
import { buildSynonyms, entityToken, entityTermsOf, matchQueryEntities } from '../../../src/lib/facets/entity-tokens';
import { analyzeQuery } from '../../../src/lib/analysis/index';

const ckb = defaultKb();
const concepts = (text: string, lang: 'ar' | 'fr' = 'ar'): string[] =>
	matchEntities(ckb, text, lang, { layer: 'concepts' }).map((m) => m.entry.id);
const synonyms = buildSynonyms(ckb, analyzeQuery);
const keyOf = (alias: string): string =>
	analyzeQuery(alias + ' ')
		.map((t) => t.token)
		.join(' ');

describe('concept glossary', () => {
	it('has a real glossary, every concept labelled in ar, fr and en', () => {
		expect(ckb.kb.concepts.length).toBeGreaterThanOrEqual(150);
		for (const c of ckb.kb.concepts) {
			expect(c.kind).toBe('concept');
			expect(c.labels.ar && c.labels.fr && c.labels.en, c.id).toBeTruthy();
		}
	});
	it('gives every concept its own entity token', () => {
		const tokens = ckb.kb.concepts.map((c) => entityToken('concept', c.id));
		expect(new Set(tokens).size).toBe(tokens.length);
		expect(entityToken('concept', 'intelligence')).toBe('zqkintelligence');
	});
});

describe('concept matching', () => {
	it.each(['الاستخبارات', 'والاستخبارات', 'للمخابرات', 'المخابرات', 'استخبارات', 'بالاستخبارات'])(
		'matches %s as intelligence',
		(w) => {
			expect(concepts(`قال مسؤول في ${w} إن التحقيق مستمر`)).toContain('intelligence');
		}
	);
	it('matches French inflections of intelligence', () => {
		expect(concepts('les services de renseignements français', 'fr')).toContain('intelligence');
		expect(concepts('selon le renseignement américain', 'fr')).toContain('intelligence');
	});
	it('matches Arabic broken plurals', () => {
		expect(concepts('اعتقال جاسوس')).toContain('spy');
		expect(concepts('تبادل الجواسيس بين البلدين')).toContain('spy');
		expect(concepts('أفرج الخاطفون عن الرهائن')).toContain('hostage');
		expect(concepts('احتجز رهينة')).toContain('hostage');
		expect(concepts('تدير خلايا سرية')).toContain('terrorist-cell');
		expect(concepts('هجوم شنه قراصنة روس')).toContain('hacker');
	});
	it('matches multi-word concepts, longest first, across clitics and plurals', () => {
		expect(concepts('تستخدم الرسائل المشفرة')).toEqual(['encrypted-messaging']);
		expect(concepts('عبر منصات التراسل المشفرة')).toEqual(['encrypted-messaging']);
		expect(concepts('via des messageries cryptées comme Telegram', 'fr')).toEqual(['encrypted-messaging']);
		expect(concepts('وضع عبوات ناسفة')).toContain('explosive-device');
		expect(concepts('un engin explosif improvisé', 'fr')).toEqual(['explosive-device']);
		expect(concepts('عبر شبكات التواصل الاجتماعي')).toEqual(['social-network']);
	});
	it('does not match concept words on a line break', () => {
		expect(concepts('الرسائل\nالمشفرة')).not.toContain('encrypted-messaging');
	});
	it('does not match generic words', () => {
		expect(concepts('وقال الوزير إن البلاد ستواصل العمل مع الشركاء في المنطقة')).toEqual([]);
		expect(concepts('Le pays a publié des informations sur le budget de la région', 'fr')).toEqual([]);
		// observers (مراقبون) are not surveillance; "en train de" is not a train
		expect(concepts('يرى مراقبون أن الأزمة طويلة')).not.toContain('surveillance');
		expect(concepts('il est en train de partir', 'fr')).toEqual([]);
	});
	it('matches Latin aliases inside Arabic text', () => {
		expect(concepts('انتشار تطبيقات encrypted messaging')).toContain('encrypted-messaging');
	});
});

describe('concepts stay out of facets and of query entities', () => {
	const article = {
		title: 'مدير الاستخبارات الأمريكية يحذر من الرسائل المشفرة',
		body: 'حذر مدير المخابرات المركزية الأمريكية من خلايا نائمة تستخدم الرسائل المشفرة وتجند الشباب عبر مواقع التواصل الاجتماعي.',
		lang: 'ar' as const
	};
	it('adds concept mentions to `mentioned` only', () => {
		const f = extractFacets(article, ckb);
		const kinds = (list: { type: string }[]) => list.map((h) => h.type);
		expect([...kinds(f.actors), ...kinds(f.countries), ...kinds(f.threats)]).not.toContain('concept');
		expect(f.allMatches.some((m) => m.entry.kind === 'concept')).toBe(false);
		const mentioned = f.mentioned.filter((m) => m.kind === 'concept').map((m) => m.id);
		expect(mentioned).toEqual(
			expect.arrayContaining(['intelligence', 'encrypted-messaging', 'terrorist-cell', 'social-network'])
		);
		// the CIA is still the CIA: the concept pass does not consume its name
		expect(f.actors.map((a) => a.id)).toContain('cia');
		expect(f.countries.map((c) => c.id)).toContain('US');
	});
	it('leaves facets unchanged by the glossary', () => {
		const withoutConcepts = extractFacets(article, { ...ckb, conceptRoot: { children: new Map(), aliases: [] } });
		const f = extractFacets(article, ckb);
		expect(f.actors).toEqual(withoutConcepts.actors);
		expect(f.countries).toEqual(withoutConcepts.countries);
		expect(f.threats).toEqual(withoutConcepts.threats);
	});
	it('puts concept tokens in the entity terms of a text', () => {
		expect(entityTermsOf(ckb, 'les services de renseignement', 'fr').split(' ')).toContain('zqkintelligence');
	});
	it('never returns concepts as query entities', () => {
		expect(matchQueryEntities('renseignement américain', ckb).map((e) => e.kind)).toEqual(['country']);
		expect(matchQueryEntities('الرسائل المشفرة', ckb)).toEqual([]);
	});
});

describe('concept synonyms', () => {
	it('keys every concept alias by its query analysis', () => {
		const missing: string[] = [];
		for (const a of ckb.aliases) {
			if (a.entry.kind !== 'concept') continue;
			const alias = a.alias.replace(/^=/, '');
			if (alias.replace(/[\s.]/g, '').length <= 2) continue;
			if (!synonyms[keyOf(alias)]?.includes(entityToken('concept', a.entry.id))) missing.push(alias);
		}
		expect(missing).toEqual([]);
	});
	it.each([
		['renseignement', 'intelligence'],
		['الاستخبارات', 'intelligence'],
		['مخابرات', 'intelligence'],
		['messageries cryptées', 'encrypted-messaging'],
		['الرسائل المشفرة', 'encrypted-messaging'],
		['جواسيس', 'spy'],
		['otages', 'hostage'],
		['extradition', 'extradition'],
		['الأمن السيبراني', 'cybersecurity']
	])('maps %s to the %s concept', (alias, id) => {
		expect(synonyms[keyOf(alias)]).toContain(entityToken('concept', id));
	});
});
