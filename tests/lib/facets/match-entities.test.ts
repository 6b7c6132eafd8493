import { describe, expect, it } from 'vitest';
import { defaultKb } from '../../../src/lib/facets/default-kb';
import { extractFacets } from '../../../src/lib/facets/extract-facets';
import { matchEntities } from '../../../src/lib/facets/match-entities';
import { buildSynonyms, entityToken, matchQueryEntities } from '../../../src/lib/facets/entity-tokens';
import { analyzeQuery } from '../../../src/lib/analysis/index';

const ckb = defaultKb();
const ids = (text: string, lang: 'ar' | 'fr' = 'ar'): string[] =>
	matchEntities(ckb, text, lang).map((m) => `${m.entry.kind}:${m.entry.id}`);

describe('matchEntities', () => {
	it.each(['إيران', 'وإيران', 'لإيران', 'الإيرانية', 'الإيرانيين', 'بإيران'])(
		'matches %s as Iran through clitics and inflection',
		(w) => {
			expect(ids(`قال مسؤول إن ${w} ترفض`)).toContain('country:IR');
		}
	);
	it('prefers the longest alias and does not overlap', () => {
		expect(ids('جماعة تدعى كوبا رانسومواري')).toEqual(['actor:cuba-ransomware']);
		expect(ids('الولايات المتحدة')).toEqual(['country:US']);
	});
	it('matches multi-word aliases but not across a line break', () => {
		expect(ids('حلف شمال الأطلسي')).toContain('actor:nato');
		expect(ids('حلف شمال\nالأطلسي')).not.toContain('actor:nato');
	});
	it('matches capitalised acronyms only in capitals', () => {
		expect(ids("l'EI a revendiqué", 'fr')).toContain('actor:isis');
		expect(ids('ei a revendiqué', 'fr')).not.toContain('actor:isis');
	});
	it('does not let short stems collide with common words', () => {
		expect(ids('وقال بأن الأمر انتهى أو تأجل')).toEqual([]);
		expect(ids('je suis là', 'fr')).toEqual([]);
		expect(ids('رياض المالكي')).not.toContain('country:SA');
	});
	it('lets blockers consume names that contain a country', () => {
		expect(ids('فاز ريال مدريد')).not.toContain('country:ES');
	});
});

describe('extractFacets thresholds', () => {
	it('counts a surname alone only after the full name', () => {
		const only = extractFacets({ title: 'خبر', body: 'قال راما في بيان طويل أمام الصحفيين اليوم', lang: 'ar' }, ckb);
		expect(only.actors.map((a) => a.id)).not.toContain('edi-rama');
		const full = extractFacets(
			{ title: 'خبر', body: 'قال رئيس الوزراء إيدي راما في بيان اليوم. وأضاف راما أن الحكومة قررت', lang: 'ar' },
			ckb
		);
		expect(full.actors.find((a) => a.id === 'edi-rama')?.count).toBe(2);
	});
	it('ignores mentions in short boilerplate lines', () => {
		const r = extractFacets(
			{
				title: 'Un titre sans rapport avec le sujet',
				body: 'Un long texte sur la météo de demain en Bretagne.\nYouTube\nYouTube',
				lang: 'fr'
			},
			ckb
		);
		expect(r.actors).toEqual([]);
	});
	it('needs more than one passing terrorism word', () => {
		const r = extractFacets(
			{
				title: 'Budget 2017',
				body: 'Le budget prévoit des moyens contre le terrorisme et pour les écoles de la République.',
				lang: 'fr'
			},
			ckb
		);
		expect(r.threats.map((t) => t.id)).not.toContain('terrorism');
	});
	it('adds threats implied by a ransomware gang', () => {
		const r = extractFacets(
			{ title: 'LockBit revendique une attaque', body: 'Le groupe LockBit a publié des données.', lang: 'fr' },
			ckb
		);
		expect(r.threats.map((t) => t.id)).toContain('ransomware');
	});
	it('keeps evidence offsets into the original text', () => {
		const body = 'أعلنت الشرطة الأوروبية يوروبول اليوم عن عملية كبيرة ضد الإرهاب في أوروبا';
		const r = extractFacets({ title: 'عملية', body, lang: 'ar' }, ckb);
		const m = r.actors.find((a) => a.id === 'europol')?.mentions[0];
		expect(m && body.slice(m.start, m.end)).toBe(m?.surface);
	});
});

describe('entity tokens and synonyms', () => {
	it('makes one ASCII token per entity', () => {
		expect(entityToken('country', 'IR')).toBe('zqcir');
		expect(entityToken('actor', 'al-qaeda')).toMatch(/^[a-z0-9]+$/);
	});
	it('maps analysed aliases in every script to the same token', () => {
		const syn = buildSynonyms(ckb, analyzeQuery);
		const token = entityToken('actor', 'isis');
		const keys = Object.entries(syn)
			.filter(([, v]) => v.includes(token))
			.map(([k]) => k);
		expect(keys.length).toBeGreaterThan(5);
		expect(Object.keys(syn).every((k) => /^[\x20-\x7e]+$/.test(k))).toBe(true);
	});
	it.each(['ISIS', 'داعش', 'Daech', 'État islamique', 'تنظيم الدولة الإسلامية', 'Snowden', 'سنودن', 'Albanie'])(
		'keys the synonym of %s by the tokens a query for it sends, complete or still typed',
		(alias) => {
			const syn = buildSynonyms(ckb, analyzeQuery);
			for (const q of [alias, alias + ' ']) {
				const key = analyzeQuery(q)
					.map((t) => t.token)
					.join(' ');
				expect(syn[key]?.length, `${q} → ${key}`).toBeGreaterThan(0);
			}
		}
	);
	it('leaves out one- and two-letter aliases, which are common words in lower case', () => {
		const syn = buildSynonyms(ckb, analyzeQuery);
		expect(syn['ei']).toBeUndefined();
		expect(syn['ue']).toBeUndefined();
	});
	it('finds entities named in a query with the matched surface', () => {
		expect(matchQueryEntities('داعش', ckb).map((e) => e.id)).toEqual(['isis']);
		expect(matchQueryEntities('daech reseau social', ckb)[0]?.surface).toBe('daech');
	});
});
