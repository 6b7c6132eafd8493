/** International organisations. */
import { actor } from './define';
import type { KbEntry } from './types';

export const INTERNATIONAL_ORGS: KbEntry[] = [
	actor('nato', 'international-org', ['NATO', 'OTAN', 'حلف شمال الأطلسي'], {
		ar: ['الناتو', 'حلف الناتو', 'الحلف الأطلسي', 'حلف الأطلسي', 'منظمة حلف شمال الأطلسي'],
		fr: ['Alliance atlantique', "Organisation du traité de l'Atlantique nord"],
		en: ['North Atlantic Treaty Organization']
	}),
	actor('eu', 'international-org', ['European Union', 'Union européenne', 'الاتحاد الأوروبي'], {
		ar: ['الإتحاد الأوروبي', 'المفوضية الأوروبية', 'البرلمان الأوروبي', 'مجلس الاتحاد الأوروبي', 'بروكسل الأوروبية'],
		fr: ['UE', 'Commission européenne', 'Parlement européen', 'Conseil européen', 'Union Européenne'],
		en: ['EU', 'European Commission', 'European Parliament', 'European Council']
	}),
	actor('un', 'international-org', ['United Nations', 'Nations unies', 'الأمم المتحدة'], {
		ar: ['منظمة الأمم المتحدة', 'الجمعية العامة للأمم المتحدة'],
		fr: ['ONU', 'Organisation des Nations unies', 'Nations Unies'],
		en: ['UN', 'U.N.']
	}),
	actor('unsc', 'international-org', ['UN Security Council', 'Conseil de sécurité', 'مجلس الأمن الدولي'], {
		ar: ['مجلس الأمن التابع للأمم المتحدة'],
		fr: ["Conseil de sécurité de l'ONU", 'Conseil de sécurité des Nations unies'],
		en: ['Security Council']
	}),
	actor('arab-league', 'international-org', ['Arab League', 'Ligue arabe', 'جامعة الدول العربية'], {
		ar: ['الجامعة العربية'],
		en: ['League of Arab States']
	}),
	actor('african-union', 'international-org', ['African Union', 'Union africaine', 'الاتحاد الأفريقي'], {
		ar: ['الاتحاد الإفريقي']
	}),
	actor(
		'gcc',
		'international-org',
		['Gulf Cooperation Council', 'Conseil de coopération du Golfe', 'مجلس التعاون الخليجي'],
		{ ar: ['مجلس التعاون لدول الخليج العربية'], fr: ['CCG'], en: ['GCC'] }
	),
	actor(
		'oic',
		'international-org',
		['Organisation of Islamic Cooperation', 'Organisation de la coopération islamique', 'منظمة التعاون الإسلامي'],
		{ fr: ['OCI'], en: ['OIC'] }
	),
	actor('iaea', 'international-org', ['IAEA', 'AIEA', 'الوكالة الدولية للطاقة الذرية'], {
		fr: ["Agence internationale de l'énergie atomique"],
		en: ['International Atomic Energy Agency']
	}),
	actor('osce', 'international-org', ['OSCE', 'OSCE', 'منظمة الأمن والتعاون في أوروبا'], {}),
	actor('council-of-europe', 'international-org', ['Council of Europe', "Conseil de l'Europe", 'مجلس أوروبا'], {}),
	actor('g7', 'international-org', ['G7', 'G7', 'مجموعة السبع'], { ar: ['مجموعة الدول السبع'] }),
	actor('g20', 'international-org', ['G20', 'G20', 'مجموعة العشرين'], {}),
	actor(
		'icc',
		'international-org',
		['International Criminal Court', 'Cour pénale internationale', 'المحكمة الجنائية الدولية'],
		{ fr: ['CPI'], en: ['ICC'] }
	),
	actor(
		'ohchr',
		'international-org',
		['UN Human Rights Council', "Conseil des droits de l'homme", 'مجلس حقوق الإنسان'],
		{ ar: ['مجلس حقوق الإنسان التابع للأمم المتحدة', 'المفوضية السامية لحقوق الإنسان'] }
	),
	actor('unodc', 'international-org', ['UNODC', 'ONUDC', 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة'], {}),
	actor(
		'anti-isis-coalition',
		'international-org',
		['Global Coalition against Daesh', "Coalition internationale contre l'EI", 'التحالف الدولي'],
		{
			ar: ['التحالف الدولي ضد داعش', 'التحالف الدولي لمحاربة داعش', 'قوات التحالف الدولي'],
			fr: ['coalition anti-EI', 'coalition anti-jihadiste', 'coalition internationale contre le groupe État islamique'],
			en: ['US-led coalition', 'anti-ISIS coalition']
		},
		// "the international coalition" names other coalitions too (Yemen, Libya, Afghanistan).
		{ weak: { ar: ['التحالف الدولي'], fr: ['coalition internationale'] } }
	),
	actor('arab-coalition', 'international-org', ['Saudi-led coalition', 'Coalition arabe', 'التحالف العربي'], {
		ar: ['تحالف دعم الشرعية', 'التحالف بقيادة السعودية'],
		fr: ['coalition menée par Riyad', "coalition emmenée par l'Arabie saoudite"]
	}),
	actor('g5-sahel', 'international-org', ['G5 Sahel', 'G5 Sahel', 'مجموعة دول الساحل الخمس'], {
		ar: ['مجموعة الساحل الخمس']
	}),
	actor('minusma', 'international-org', ['MINUSMA', 'Minusma', 'بعثة الأمم المتحدة في مالي'], { fr: ['MINUSMA'] }),
	actor('amnesty', 'international-org', ['Amnesty International', 'Amnesty International', 'منظمة العفو الدولية'], {
		ar: ['العفو الدولية'],
		fr: ['Amnesty'],
		en: ['Amnesty']
	}),
	actor('hrw', 'international-org', ['Human Rights Watch', 'Human Rights Watch', 'هيومن رايتس ووتش'], { en: ['HRW'] }),
	actor('rsf', 'international-org', ['Reporters Without Borders', 'Reporters sans frontières', 'مراسلون بلا حدود'], {
		fr: ['RSF']
	}),
	actor(
		'icrc',
		'international-org',
		[
			'International Committee of the Red Cross',
			'Comité international de la Croix-Rouge',
			'اللجنة الدولية للصليب الأحمر'
		],
		{ fr: ['CICR'], en: ['ICRC'] }
	)
];
