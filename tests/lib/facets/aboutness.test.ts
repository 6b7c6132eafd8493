import { describe, expect, it } from 'vitest';
import { defaultKb } from '../../../src/lib/facets/default-kb';
import { extractFacets, insideQuotes } from '../../../src/lib/facets/extract-facets';
import { formatThreatEvidence, threatWhy } from '../../../src/lib/facets/evidence';
import { compiledContext, senseHolds } from '../../../src/lib/facets/context-rules';
import type { ThreatId } from '../../../src/lib/knowledge/types';

const ckb = defaultKb();
const facets = (title: string, body: string, lang: 'ar' | 'fr') => extractFacets({ title, body, lang }, ckb);
const threats = (title: string, body: string, lang: 'ar' | 'fr') => facets(title, body, lang).threats.map((t) => t.id);
const actors = (title: string, body: string, lang: 'ar' | 'fr') => facets(title, body, lang).actors.map((a) => a.id);

const FILLER_AR = 'وقال المتحدث في مؤتمر صحفي عقده اليوم في العاصمة إن الحكومة ستواصل العمل على هذا الملف.';
const FILLER_FR =
	"Le porte-parole a indiqué lors d'une conférence de presse que le gouvernement poursuivrait son travail.";

describe('threat words in another sense do not tag', () => {
	it.each([
		[
			'a kidnapping ransom',
			'ar',
			'الإفراج عن الرهائن',
			'طالب الخاطفون بدفع فدية كبيرة مقابل الإفراج عن الرهائن المختطفين منذ شهر.',
			'ransomware'
		],
		[
			'a ransom in French',
			'fr',
			'Enlèvement',
			"Les ravisseurs de l'otage réclament une rançon importante à sa famille depuis des semaines.",
			'ransomware'
		],
		[
			'sea piracy',
			'ar',
			'خليج عدن',
			'أحبطت البحرية محاولة قرصنة سفينة تجارية قبالة سواحل الصومال في خليج عدن أمس.',
			'cyberattack'
		],
		[
			'TV piracy',
			'ar',
			'مباريات',
			'حذرت الشبكة من قرصنة بث مباريات كأس العالم عبر قنوات غير مرخصة في المنطقة.',
			'cyberattack'
		],
		[
			'a biological virus',
			'fr',
			'Grippe',
			'Le virus de la grippe aviaire a contaminé plusieurs élevages, selon le ministère de la santé et les hôpitaux.',
			'malware'
		],
		[
			'fleeing',
			'fr',
			'Fait divers',
			'Le conducteur a pris la fuite après avoir percuté un piéton dans le centre-ville samedi soir.',
			'data-breach'
		],
		[
			'listening to music',
			'fr',
			'Musique',
			'Il aime écouter de la musique et les écoutes de son album ont doublé en un mois sur les plateformes.',
			'espionage'
		],
		[
			'a political breakthrough',
			'ar',
			'المفاوضات',
			'حققت المفاوضات اختراقا مهما في ملف الأسرى بعد جولات طويلة من الحوار بين الطرفين.',
			'cyberattack'
		],
		[
			'fault-finding',
			'ar',
			'البرلمان',
			'اتهم النائب الحكومة بتصيد الأخطاء للمعارضة بدل معالجة الأزمة الاقتصادية الخانقة.',
			'phishing'
		],
		[
			'indecent assault',
			'fr',
			'Procès',
			'Il est jugé pour attentat à la pudeur devant le tribunal correctionnel de la ville lundi.',
			'terrorism'
		]
	] as const)('%s', (_, lang, title, body, threat) => {
		expect(threats(title, `${body}\n${lang === 'ar' ? FILLER_AR : FILLER_FR}`, lang)).not.toContain(threat);
	});
});

describe('threats by aboutness', () => {
	it('tags a threat named in the title, with its evidence and place', () => {
		const f = facets(
			'هجوم ببرامج الفدية يشل مستشفيات',
			`تعرضت أنظمة المستشفيات لهجوم ببرامج الفدية شفر بياناتها.\n${FILLER_AR}`,
			'ar'
		);
		const hit = f.threats.find((t) => t.id === 'ransomware');
		expect(hit?.evidence[0]?.place).toBe('title');
		expect(formatThreatEvidence(hit!)).toMatch(/برامج الفدية ×2 \(title\)/);
		expect(threatWhy(f, ['ransomware'])[0]?.evidence[0]).toMatchObject({ count: 2, place: 'title', via: 'trigger' });
	});
	it('does not tag one passing mention deep in an article about something else', () => {
		const body =
			`${FILLER_FR}\n`.repeat(6) + "Le ministre a aussi évoqué la lutte contre le terrorisme parmi d'autres priorités.";
		expect(threats('Budget : le gouvernement présente son projet', body, 'fr')).not.toContain('terrorism');
	});
	it('lets an ISIS attack imply terrorism', () => {
		const body = `أعلن تنظيم داعش مسؤوليته عن الهجوم على نقطة للجيش. وقال مصدر إن داعش استهدف الجنود بعبوات.\n${FILLER_AR}`;
		expect(threats('داعش يتبنى هجوما', body, 'ar')).toContain('terrorism');
	});
	it('keeps a quoted act or charge strong and judges a varied attack story by the ordinary bar', () => {
		const body =
			`Quatre fonctionnaires ont été tués par un assaillant, selon le procureur antiterroriste.\n` +
			`Le suspect était poursuivi pour "association de malfaiteurs terroriste" depuis des mois.\n` +
			`${FILLER_FR}\n`.repeat(12);
		expect(threats('Hommage aux victimes de la préfecture', body, 'fr')).toContain('terrorism');
		const recall = `${FILLER_FR}\n`.repeat(12) + "Il s'est souvenu des attentats de 2015 et de leurs terroristes.";
		expect(threats('Un professeur écrit au président', recall, 'fr')).not.toContain('terrorism');
	});
	it('judges a short dispatch by the ordinary bar, and a denied trigger not at all', () => {
		const short = 'أفرجت السلطات عن زوجة زعيم تنظيم داعش السابقة. وكانت جبهة النصرة قد سلمت جنودا.';
		expect(threats('الإفراج عن سجينات', short, 'ar')).toContain('terrorism');
		const denied = 'قالت الشرطة إن الانفجار لم يكن هجوما إرهابيا بل حادثا. وقالت إن الحادثة ليست عملا إرهابيا.';
		expect(threats('انفجار في ضواحي المدينة', denied, 'ar')).not.toContain('terrorism');
	});
	it('reads the terrorist label on the Muslim Brotherhood as rhetoric', () => {
		const body = 'ندد المتظاهرون بحملات تنظيم الإخوان الإرهابي. وقالوا إن تنظيم الإخوان الإرهابي يستهدف الجزيرة.';
		expect(threats('تظاهرات في الجزيرة', body, 'ar')).not.toContain('terrorism');
	});
	it('counts a quoted government label as weak (rhetoric)', () => {
		expect(insideQuotes('قال إن "الجماعات الإرهابية" تنشط', 12)).toBe(true);
		expect(insideQuotes('قال إن الجماعات الإرهابية تنشط', 12)).toBe(false);
		const body = `اتهمت الحكومة المعارضين بأنهم "إرهابيون" وقالت إن "الإرهاب" يهدد البلاد.\n${FILLER_AR}\n${FILLER_AR}`;
		expect(threats('الحكومة تتهم المعارضة', body, 'ar')).not.toContain('terrorism');
	});
});

describe('names that are common words need context', () => {
	it.each([
		[
			'طالب "student" and يطالب "demands" are not the Taliban',
			'ar',
			'طالب جامعي يطالب بحقوقه',
			'يطالب الطالب إدارة الجامعة بتحسين ظروف الدراسة في الكلية.',
			'taliban'
		],
		[
			'the Golan is not al-Julani',
			'ar',
			'الجولان',
			'زار الوفد هضبة الجولان المحتلة والتقى بالسكان في القرى هناك.',
			'abu-mohammad-al-julani'
		],
		[
			'كونت "formed" is not Conti',
			'ar',
			'لجنة',
			'كونت الحكومة لجنة جديدة لمتابعة ملف الإصلاحات الإدارية في البلاد.',
			'conti'
		],
		[
			'a weather alert is not the company Orange',
			'fr',
			'Canicule : Vigilance Orange',
			'Seize départements ont été classés Orange par Météo-France ce lundi matin.',
			'orange'
		],
		[
			'a judge Cameron is not David Cameron',
			'fr',
			'Procès',
			'Le juge Cameron a rendu sa décision mardi devant une salle comble au tribunal.',
			'david-cameron'
		],
		[
			'حماسه "his enthusiasm" is not Hamas',
			'ar',
			'رياضة',
			'عبر اللاعب عن حماسه الكبير قبل المباراة النهائية أمام جماهير غفيرة.',
			'hamas'
		]
	] as const)('%s', (_, lang, title, body, id) => {
		expect(actors(title, `${body}\n${lang === 'ar' ? FILLER_AR : FILLER_FR}`, lang)).not.toContain(id);
	});
	it('counts such a name with a type cue or its full name', () => {
		expect(actors('خبر', `أعلنت حركة طالبان سيطرتها على المنطقة.\n${FILLER_AR}`, 'ar')).toContain('taliban');
		expect(
			actors('Télécoms', `L'opérateur Orange a annoncé une panne. Orange promet un retour rapide.\n${FILLER_FR}`, 'fr')
		).toContain('orange');
		expect(
			actors('Royaume-Uni', `David Cameron a parlé. Cameron a ajouté qu'il partait.\n${FILLER_FR}`, 'fr')
		).toContain('david-cameron');
	});
	it('tells Kataib Hezbollah from Hezbollah and Pegasus Airlines from the spyware', () => {
		const kh = facets('العراق', `قصفت طائرات مواقع لكتائب حزب الله العراقية قرب الحدود.\n${FILLER_AR}`, 'ar');
		expect(kh.actors.map((a) => a.id)).toContain('kataib-hezbollah');
		expect(kh.actors.map((a) => a.id)).not.toContain('hezbollah');
		const pa = facets('Transport', `Un avion de Pegasus Airlines a dérapé à Istanbul.\n${FILLER_FR}`, 'fr');
		expect(pa.products).toEqual([]);
		expect(pa.threats.map((t) => t.id)).not.toContain('spyware');
	});
});

describe('sense rules (each rule decides on its own)', () => {
	const ctx = compiledContext(ckb);
	const holds = (threat: ThreatId, alias: string, text: string, lang: 'ar' | 'fr'): boolean => {
		const tokens = ckb.analyze(text, lang);
		const at = tokens.findIndex((t) => t.surface.includes(alias) || alias.includes(t.surface));
		return senseHolds(ctx, threat, alias, text, tokens, at, at);
	};
	it.each([
		['ransomware', 'فدية', 'طالب الخاطفون بفدية للإفراج عن الرهائن', 'ar', false],
		['ransomware', 'فدية', 'شفر القراصنة ملفات الحواسيب وطلبوا فدية', 'ar', true],
		['ransomware', 'rançon', 'les pirates ont chiffré les fichiers et exigent une rançon', 'fr', true],
		['ransomware', 'rançon', 'les ravisseurs exigent une rançon pour libérer les otages', 'fr', false],
		['cyberattack', 'قرصنة', 'عملية قرصنة سفينة قبالة سواحل الصومال', 'ar', false],
		['cyberattack', 'piratage', 'le piratage des comptes de la banque', 'fr', true],
		['cyberattack', 'piratage', 'le piratage de films en streaming', 'fr', false],
		['cyberattack', 'اختراق', 'اختراق حسابات البريد الإلكتروني للوزارة', 'ar', true],
		['cyberattack', 'اختراق', 'حققت المفاوضات اختراقا سياسيا', 'ar', false],
		['malware', 'virus', 'un virus informatique a infecté les ordinateurs', 'fr', true],
		['malware', 'virus', 'le virus de la grippe touche les patients', 'fr', false],
		['data-breach', 'fuite', 'une fuite de fichiers clients', 'fr', true],
		['data-breach', 'fuite', 'le suspect a pris la fuite', 'fr', false],
		['espionage', 'écoutes', 'des écoutes téléphoniques illégales', 'fr', true],
		['espionage', 'espion', "un film d'espion avec cet acteur", 'fr', false],
		['phishing', 'تصيد', 'رسائل تصيد تسرق كلمات المرور', 'ar', true],
		['terrorism', 'attentat', 'condamné pour attentat à la pudeur', 'fr', false]
	] as const)('%s "%s" in «%s» → %s', (threat, alias, text, lang, expected) => {
		expect(holds(threat, alias, text, lang)).toBe(expected);
	});
});

describe('platforms cited as channels', () => {
	it('does not make Twitter an actor of a statement posted on it', () => {
		const body = `Le ministre a réagi sur Twitter dans la soirée. Il a ensuite publié une vidéo sur Twitter.\n${FILLER_FR}`;
		expect(actors('Réaction du ministre', body, 'fr')).not.toContain('twitter');
	});
	it('keeps Twitter when the company is in the story', () => {
		const body = `Twitter a suspendu des milliers de comptes. Twitter affirme lutter contre les robots.\n${FILLER_FR}`;
		expect(actors('Twitter suspend des comptes', body, 'fr')).toContain('twitter');
	});
});
