/** State bodies: intelligence services, police, ministries, government offices. */
import { actor } from './define';
import type { KbEntry } from './types';

export const AGENCIES: KbEntry[] = [
	// — United States —
	actor('nsa', 'agency', ['NSA', 'NSA', 'وكالة الأمن القومي'], {
		ar: ['وكالة الأمن القومي الأمريكية', 'وكالة الأمن القومي الأميركية'],
		fr: ['Agence nationale de la sécurité', 'National Security Agency'],
		en: ['National Security Agency']
	}),
	actor('cia', 'agency', ['CIA', 'CIA', 'وكالة المخابرات المركزية'], {
		ar: [
			'سي آي إيه',
			'سي آي ايه',
			'وكالة الاستخبارات المركزية',
			'المخابرات المركزية الأمريكية',
			'المخابرات المركزية الأميركية',
			'الاستخبارات المركزية الأمريكية'
		],
		fr: ['Agence centrale de renseignement'],
		en: ['Central Intelligence Agency']
	}),
	actor('fbi', 'agency', ['FBI', 'FBI', 'مكتب التحقيقات الفيدرالي'], {
		ar: ['إف بي آي', 'اف بي اي', 'مكتب التحقيقات الفدرالي', 'مكتب التحقيقات الاتحادي'],
		fr: ['police fédérale américaine'],
		en: ['Federal Bureau of Investigation']
	}),
	actor(
		'odni',
		'agency',
		[
			'Office of the Director of National Intelligence',
			'Direction du renseignement national',
			'مكتب مدير الاستخبارات الوطنية'
		],
		{ en: ['ODNI'] }
	),
	actor(
		'us-doj',
		'agency',
		['US Department of Justice', 'Département de la Justice américain', 'وزارة العدل الأمريكية'],
		{
			ar: ['وزارة العدل الأميركية'],
			fr: [
				'ministère américain de la Justice',
				'département américain de la Justice',
				'Département de la Justice des États-Unis'
			],
			en: ['Department of Justice', 'Justice Department', 'DOJ']
		}
	),
	actor('pentagon', 'agency', ['Pentagon', 'Pentagone', 'البنتاغون'], {
		ar: ['البنتاجون', 'وزارة الدفاع الأمريكية', 'وزارة الدفاع الأميركية'],
		fr: ['Département de la Défense américain'],
		en: ['Department of Defense', 'US Department of Defense']
	}),
	actor(
		'us-state-department',
		'agency',
		['US State Department', "Département d'État américain", 'وزارة الخارجية الأمريكية'],
		{
			ar: ['وزارة الخارجية الأميركية', 'الخارجية الأمريكية', 'الخارجية الأميركية'],
			fr: ["département d'État américain", "Département d'Etat"],
			en: ['State Department', 'Department of State']
		}
	),
	actor('us-treasury', 'agency', ['US Treasury', 'Trésor américain', 'وزارة الخزانة الأمريكية'], {
		ar: ['وزارة الخزانة الأميركية', 'الخزانة الأمريكية', 'الخزانة الأميركية'],
		fr: ['département américain du Trésor'],
		en: ['Treasury Department', 'OFAC']
	}),
	actor(
		'dhs',
		'agency',
		['Department of Homeland Security', 'Département de la Sécurité intérieure', 'وزارة الأمن الداخلي الأمريكية'],
		{ ar: ['وزارة الأمن الداخلي الأميركية'], en: ['DHS', 'Homeland Security'] }
	),
	actor('cisa', 'agency', ['CISA', 'CISA', 'وكالة الأمن السيبراني وأمن البنية التحتية'], {
		en: ['Cybersecurity and Infrastructure Security Agency']
	}),
	actor('us-cyber-command', 'agency', ['US Cyber Command', 'Cyber Command', 'القيادة الإلكترونية الأمريكية'], {
		en: ['Cyber Command', 'CYBERCOM'],
		ar: ['القيادة السيبرانية الأمريكية']
	}),
	actor(
		'us-congress',
		'agency',
		['US Congress', 'Congrès américain', 'الكونغرس الأمريكي'],
		{
			ar: ['الكونغرس الأميركي', 'الكونجرس', 'الكونغرس'],
			fr: ['Congrès des États-Unis', 'Congrès américain'],
			en: ['Congress']
		},
		{ weak: { fr: ['Congrès'] } }
	),
	actor('us-senate', 'agency', ['US Senate', 'Sénat américain', 'مجلس الشيوخ الأمريكي'], {
		ar: ['مجلس الشيوخ الأميركي']
	}),
	// — United Kingdom —
	actor('gchq', 'agency', ['GCHQ', 'GCHQ', 'مقر الاتصالات الحكومية'], {
		ar: ['مقر الاتصالات الحكومية البريطانية'],
		en: ['Government Communications Headquarters']
	}),
	actor('mi5', 'agency', ['MI5', 'MI5', 'جهاز الاستخبارات الداخلية البريطاني'], { ar: ['إم آي 5', 'جهاز إم آي فايف'] }),
	actor('mi6', 'agency', ['MI6', 'MI6', 'جهاز الاستخبارات الخارجية البريطاني'], {
		ar: ['إم آي 6', 'إم آي سيكس'],
		en: ['Secret Intelligence Service']
	}),
	actor(
		'ncsc-uk',
		'agency',
		['National Cyber Security Centre', 'Centre national de cybersécurité britannique', 'المركز الوطني للأمن السيبراني'],
		{ en: ['NCSC'] }
	),
	actor('scotland-yard', 'agency', ['Scotland Yard', 'Scotland Yard', 'سكوتلاند يارد'], {
		en: ['Metropolitan Police']
	}),
	// — France —
	actor('dgse', 'agency', ['DGSE', 'DGSE', 'المديرية العامة للأمن الخارجي'], {
		fr: ['Direction générale de la sécurité extérieure'],
		ar: ['الاستخبارات الخارجية الفرنسية']
	}),
	actor('dgsi', 'agency', ['DGSI', 'DGSI', 'المديرية العامة للأمن الداخلي'], {
		fr: ['Direction générale de la sécurité intérieure'],
		ar: ['الاستخبارات الداخلية الفرنسية']
	}),
	actor('anssi', 'agency', ['ANSSI', 'ANSSI', 'الوكالة الوطنية لأمن أنظمة المعلومات'], {
		fr: ["Agence nationale de la sécurité des systèmes d'information"]
	}),
	actor(
		'pnat',
		'agency',
		[
			'French National Anti-Terrorism Prosecutor',
			'Parquet national antiterroriste',
			'النيابة العامة الوطنية لمكافحة الإرهاب'
		],
		{ fr: ['PNAT', 'parquet antiterroriste'], ar: ['النيابة العامة لمكافحة الإرهاب', 'نيابة مكافحة الإرهاب'] }
	),
	actor(
		'fr-interior-ministry',
		'agency',
		['French Interior Ministry', "Ministère de l'Intérieur", 'وزارة الداخلية الفرنسية'],
		{ fr: ["ministère de l'Intérieur", 'place Beauvau', 'Beauvau'] }
	),
	actor(
		'fr-armed-forces-ministry',
		'agency',
		['French Ministry of the Armed Forces', 'Ministère des Armées', 'وزارة الجيوش الفرنسية'],
		{ fr: ['ministère des Armées', 'ministère de la Défense'], ar: ['وزارة الدفاع الفرنسية'] }
	),
	actor('gign', 'agency', ['GIGN', 'GIGN', 'مجموعة التدخل التابعة للدرك الوطني'], {}),
	actor('raid', 'agency', ['RAID', 'RAID', 'وحدة النخبة الفرنسية'], {}),
	actor('cnil', 'agency', ['CNIL', 'CNIL', 'اللجنة الوطنية للمعلوماتية والحريات'], {
		fr: ["Commission nationale de l'informatique et des libertés"]
	}),
	// — Russia —
	actor('fsb', 'agency', ['FSB', 'FSB', 'جهاز الأمن الفيدرالي الروسي'], {
		ar: ['جهاز الأمن الاتحادي الروسي', 'الأمن الفيدرالي الروسي', 'الاستخبارات الروسية'],
		fr: ['service fédéral de sécurité russe'],
		en: ['Federal Security Service']
	}),
	actor('gru', 'agency', ['GRU', 'GRU', 'الاستخبارات العسكرية الروسية'], {
		ar: ['جي آر يو', 'المخابرات العسكرية الروسية'],
		fr: ['renseignement militaire russe'],
		en: ['Russian military intelligence']
	}),
	actor('svr', 'agency', ['SVR', 'SVR', 'جهاز الاستخبارات الخارجية الروسي'], {
		ar: ['الاستخبارات الخارجية الروسية'],
		fr: ['renseignement extérieur russe']
	}),
	actor('kgb', 'agency', ['KGB', 'KGB', 'كي جي بي'], {}),
	// — Israel —
	actor('mossad', 'agency', ['Mossad', 'Mossad', 'الموساد'], { ar: ['جهاز الموساد', 'الموساد الإسرائيلي'] }),
	actor('shin-bet', 'agency', ['Shin Bet', 'Shin Bet', 'الشاباك'], {
		ar: ['جهاز الشاباك', 'جهاز الأمن العام الإسرائيلي', 'شين بيت'],
		fr: ['Shabak'],
		en: ['Shabak']
	}),
	actor('unit-8200', 'agency', ['Unit 8200', 'Unité 8200', 'الوحدة 8200'], {}),
	actor('idf', 'agency', ['Israel Defense Forces', 'Tsahal', 'الجيش الإسرائيلي'], {
		ar: ['جيش الاحتلال', 'جيش الاحتلال الإسرائيلي'],
		fr: ['armée israélienne'],
		en: ['IDF', 'Israeli army']
	}),
	actor(
		'il-defense-ministry',
		'agency',
		['Israeli Ministry of Defense', 'Ministère israélien de la Défense', 'وزارة الدفاع الإسرائيلية'],
		{}
	),
	// — Others —
	actor('bnd', 'agency', ['BND', 'BND', 'الاستخبارات الألمانية'], {
		ar: ['جهاز الاستخبارات الخارجية الألماني'],
		en: ['Bundesnachrichtendienst']
	}),
	actor('bfv', 'agency', ['BfV', 'BfV', 'المكتب الاتحادي لحماية الدستور'], {
		fr: ['Office fédéral de protection de la Constitution']
	}),
	actor('mit', 'agency', ['MIT (Turkish intelligence)', 'MIT', 'جهاز الاستخبارات التركية'], {
		ar: ['الاستخبارات التركية', 'المخابرات التركية']
	}),
	actor(
		'mois',
		'agency',
		['Iranian Ministry of Intelligence', 'Ministère iranien du Renseignement', 'وزارة الاستخبارات الإيرانية'],
		{ en: ['MOIS'], ar: ['المخابرات الإيرانية', 'الاستخبارات الإيرانية'] }
	),
	actor('dgst', 'agency', ['DGST', 'DGST', 'المديرية العامة لمراقبة التراب الوطني'], {
		fr: ['Direction générale de la surveillance du territoire']
	}),
	actor('bcij', 'agency', ['BCIJ', 'BCIJ', 'المكتب المركزي للأبحاث القضائية'], {
		fr: ["Bureau central d'investigations judiciaires"]
	}),
	actor('drs', 'agency', ['DRS', 'DRS', 'دائرة الاستعلام والأمن'], {}),
	actor(
		'mukhabarat-eg',
		'agency',
		['Egyptian General Intelligence', 'Renseignements généraux égyptiens', 'المخابرات العامة المصرية'],
		{}
	),
	actor(
		'saudi-gip',
		'agency',
		['Saudi General Intelligence Presidency', 'Renseignement saoudien', 'رئاسة الاستخبارات العامة'],
		{ ar: ['الاستخبارات السعودية'] }
	),
	actor('isi', 'agency', ['ISI', 'ISI', 'الاستخبارات الباكستانية'], { en: ['Inter-Services Intelligence'] }),
	actor(
		'mss',
		'agency',
		['Chinese Ministry of State Security', "Ministère chinois de la Sécurité d'État", 'وزارة أمن الدولة الصينية'],
		{ en: ['MSS'] }
	),
	actor('unit-61398', 'agency', ['PLA Unit 61398', 'Unité 61398', 'الوحدة 61398'], {}),
	actor('europol', 'agency', ['Europol', 'Europol', 'يوروبول'], {
		ar: ['اليوروبول', 'الشرطة الأوروبية', 'وكالة الشرطة الأوروبية', 'الشرطة الأوروبية يوروبول', 'أوروبول']
	}),
	actor('interpol', 'agency', ['Interpol', 'Interpol', 'الإنتربول'], {
		ar: ['الانتربول', 'إنتربول', 'الشرطة الدولية', 'الشرطة الجنائية الدولية']
	}),
	actor('eurojust', 'agency', ['Eurojust', 'Eurojust', 'يوروجست'], {}),
	actor('enisa', 'agency', ['ENISA', 'ENISA', 'وكالة الاتحاد الأوروبي للأمن السيبراني'], {}),
	actor('frontex', 'agency', ['Frontex', 'Frontex', 'فرونتكس'], {})
];
