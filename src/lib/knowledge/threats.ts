/**
 * Threat types (fixed ids) and their trigger terms. `aliases` are strong triggers
 * (one is enough); `weakAliases` need company (see the matcher's thresholds).
 * Multi-word triggers win over their parts (longest match first), so "برنامج التجسس"
 * counts for spyware, not for espionage.
 */
import type { ThreatEntry } from './types';

export const THREATS: ThreatEntry[] = [
	{
		id: 'terrorism',
		kind: 'threat',
		type: 'threat',
		labels: { ar: 'إرهاب', fr: 'Terrorisme', en: 'Terrorism' },
		rhetoric: true,
		aliases: {
			ar: [
				'إرهاب',
				'الإرهاب',
				'إرهابي',
				'الإرهابية',
				'إرهابيين',
				'الإرهابيون',
				'هجوم إرهابي',
				'عملية إرهابية',
				'تفجير انتحاري',
				'=انتحاري',
				'=انتحارية',
				'=انتحاريون',
				'=انتحاريين',
				'=انتحاريان',
				'عبوة ناسفة',
				'سيارة مفخخة',
				'سيارة ملغومة',
				'مكافحة الإرهاب',
				'=جهادي',
				'الجهاديين',
				'تنظيم إرهابي',
				'التنظيمات الإرهابية',
				// The accusative nisba (إرهابيًا) and the construct plural (إرهابيو سيناء) keep their
				// last letter through the stemmer.
				'=إرهابيا',
				'=إرهابيو',
				'=انتحاريا',
				'=جهاديا',
				'حزام ناسف',
				'أحزمة ناسفة',
				'مقاومة الإرهاب'
			],
			fr: [
				'terrorisme',
				'terroriste',
				'terroristes',
				'antiterroriste',
				'attentat',
				'attentats',
				'djihadiste',
				'jihadiste',
				'djihadisme',
				'jihadisme',
				'kamikaze',
				'attentat-suicide',
				'engin explosif',
				'voiture piégée',
				'attaque au couteau',
				'islamiste radical',
				'camion piégé',
				'ceinture explosive',
				"projet d'attentat",
				'association de malfaiteurs terroriste',
				'entreprise terroriste'
			],
			en: ['terrorism', 'terrorist', 'terrorists', 'counter-terrorism', 'jihadist', 'suicide bomber', 'car bomb']
		},
		accidental: ['explosion'],
		concrete: [
			'تفجير انتحاري',
			'انتحاري',
			'انتحارية',
			'انتحاريون',
			'انتحاريين',
			'انتحاريان',
			'انتحاريا',
			'عبوة ناسفة',
			'سيارة مفخخة',
			'سيارة ملغومة',
			'حزام ناسف',
			'أحزمة ناسفة',
			'attentat',
			'attentats',
			'kamikaze',
			'attentat-suicide',
			'engin explosif',
			'voiture piégée',
			'camion piégé',
			'ceinture explosive',
			'attaque au couteau',
			'antiterroriste',
			"projet d'attentat",
			'association de malfaiteurs terroriste',
			'entreprise terroriste',
			'suicide bomber',
			'car bomb'
		],
		weakAliases: {
			ar: ['تفجير', 'هجوم مسلح', 'اعتداء', 'تكفيري', '=تكفيريا'],
			fr: [
				'explosion',
				'fusillade',
				'radicalisé',
				'=radicalisation',
				'islamiste',
				'attaque',
				'attaques',
				'tuerie',
				'assaillant',
				'salafiste'
			],
			en: ['bombing']
		}
	},
	{
		id: 'cyberattack',
		kind: 'threat',
		type: 'threat',
		labels: { ar: 'هجوم إلكتروني', fr: 'Cyberattaque', en: 'Cyberattack' },
		aliases: {
			ar: [
				'هجوم إلكتروني',
				'هجوم الكتروني',
				'هجمات إلكترونية',
				'الهجمات الإلكترونية',
				'هجوم سيبراني',
				'الهجمات السيبرانية',
				'هجمة إلكترونية',
				'هجمة سيبرانية',
				'هجوم رقمي',
				'هجوم معلوماتي',
				'قرصنة إلكترونية',
				'القرصنة الإلكترونية',
				'قراصنة الإنترنت',
				'قراصنة إلكترونيين',
				'الحرب الإلكترونية',
				'الحرب السيبرانية',
				'اختراق إلكتروني',
				'هجوم قرصنة',
				'مجرمي الإنترنت',
				'الجرائم الإلكترونية',
				'الجريمة الإلكترونية',
				'الجرائم السيبرانية'
			],
			fr: [
				'cyberattaque',
				'cyberattaques',
				'cyber-attaque',
				'cyber-attaques',
				'cyberattaquant',
				'attaque informatique',
				'attaques informatiques',
				'piratage informatique',
				'piratage',
				'pirates informatiques',
				'pirate informatique',
				'hacker',
				'hackers',
				'cybercriminalité',
				'cybercriminel',
				'cybercriminels',
				'cyberguerre',
				'intrusion informatique',
				'cyber-espionnage'
			],
			en: ['cyberattack', 'cyber attack', 'cyber-attack', 'hacking', 'hackers', 'cybercrime', 'cyberwar']
		},
		weakAliases: {
			ar: [
				'قرصنة',
				'القرصنة',
				'قراصنة',
				'اختراق',
				'الاختراق',
				'هاكرز',
				'المتسللين',
				'المتسللون',
				'الأمن السيبراني',
				'الفضاء السيبراني',
				'سيبراني'
			],
			fr: ['pirates', 'pirater', 'piraté', 'cybersécurité', 'cyber', 'faille de sécurité', 'vulnérabilité'],
			en: ['cybersecurity', 'breach', 'hacked']
		}
	},
	{
		id: 'ransomware',
		kind: 'threat',
		type: 'threat',
		labels: { ar: 'برامج الفدية', fr: 'Rançongiciel', en: 'Ransomware' },
		aliases: {
			ar: [
				'برامج الفدية',
				'برمجيات الفدية',
				'برنامج الفدية',
				'برمجية الفدية',
				'برنامج فدية',
				'برمجيات فدية',
				'فيروس الفدية',
				'هجمات الفدية',
				'هجوم الفدية',
				'برامج طلب الفدية',
				'رانسوموير',
				'رانسوم وير',
				'فيروس الفدية الخبيث'
			],
			fr: [
				'rançongiciel',
				'rançongiciels',
				'ransomware',
				'ransomwares',
				'logiciel de rançon',
				'logiciels de rançon',
				'demande de rançon informatique'
			],
			en: ['ransomware']
		},
		weakAliases: {
			ar: ['فدية', 'الفدية', 'تشفير البيانات'],
			fr: ['rançon', 'chiffrement des données'],
			en: ['ransom']
		}
	},
	{
		id: 'spyware',
		kind: 'threat',
		type: 'threat',
		labels: { ar: 'برامج التجسس', fr: 'Logiciel espion', en: 'Spyware' },
		aliases: {
			ar: [
				'برنامج التجسس',
				'برامج التجسس',
				'برمجيات التجسس',
				'برمجية تجسس',
				'برنامج تجسس',
				'برامج تجسس',
				'برمجيات تجسس',
				'تطبيق تجسس',
				'فيروس تجسس',
				'برنامج خاص بالتجسس',
				'سبايوير'
			],
			fr: [
				'logiciel espion',
				'logiciels espions',
				'logiciel-espion',
				'logiciels-espions',
				'spyware',
				'mouchard',
				'mouchards'
			],
			en: ['spyware', 'stalkerware']
		},
		weakAliases: { ar: ['برنامج مراقبة'], fr: ['logiciel de surveillance'], en: ['surveillance software'] }
	},
	{
		id: 'espionage',
		kind: 'threat',
		type: 'threat',
		labels: { ar: 'تجسس', fr: 'Espionnage', en: 'Espionage' },
		aliases: {
			ar: ['تجسس', 'التجسس', 'جاسوس', 'الجواسيس', 'جواسيس', 'التنصت', 'تنصت', 'التجسس الإلكتروني', 'عملاء استخبارات'],
			fr: [
				'espionnage',
				'espion',
				'espions',
				'espionner',
				'espionné',
				'espionnés',
				'cyberespionnage',
				'écoute téléphonique',
				'écoutes téléphoniques'
			],
			en: ['espionage', 'spying', 'spy', 'spies']
		},
		weakAliases: {
			ar: ['المراقبة الجماعية', 'مراقبة الاتصالات', 'التخابر'],
			fr: ['surveillance de masse', 'interceptions', '=écoutes'],
			en: ['mass surveillance']
		}
	},
	{
		id: 'malware',
		kind: 'threat',
		type: 'threat',
		labels: { ar: 'برمجيات خبيثة', fr: 'Logiciel malveillant', en: 'Malware' },
		aliases: {
			ar: [
				'برمجيات خبيثة',
				'البرمجيات الخبيثة',
				'برمجية خبيثة',
				'برامج خبيثة',
				'البرامج الخبيثة',
				'برنامج خبيث',
				'البرامج الضارة',
				'برامج ضارة',
				'برمجيات ضارة',
				'البرمجيات الضارة',
				'فيروس إلكتروني',
				'فيروسات إلكترونية',
				'فيروس حاسوبي',
				'فيروسات الكمبيوتر',
				'حصان طروادة',
				'دودة إلكترونية',
				'مالوير',
				'برمجيات المسح'
			],
			fr: [
				'logiciel malveillant',
				'logiciels malveillants',
				'maliciel',
				'maliciels',
				'malware',
				'malwares',
				'virus informatique',
				'virus informatiques',
				'cheval de Troie',
				'chevaux de Troie',
				'ver informatique',
				'wiper'
			],
			en: ['malware', 'trojan', 'computer virus', 'wiper', 'botnet']
		},
		weakAliases: { ar: ['فيروس', 'فيروسات'], fr: ['virus'], en: ['virus'] }
	},
	{
		id: 'data-breach',
		kind: 'threat',
		type: 'threat',
		labels: { ar: 'تسريب بيانات', fr: 'Fuite de données', en: 'Data breach' },
		aliases: {
			ar: [
				'تسريب بيانات',
				'تسريب البيانات',
				'تسريب المعلومات',
				'تسريب معلومات',
				'سرقة البيانات',
				'سرقة بيانات',
				'اختراق البيانات',
				'اختراق بيانات',
				'تسرب البيانات',
				'بيانات مسربة',
				'البيانات الشخصية المسربة',
				'سرقة معلومات',
				'تسريب بيانات شخصية'
			],
			fr: [
				'fuite de données',
				'fuites de données',
				'vol de données',
				'vols de données',
				'données dérobées',
				'données volées',
				'violation de données',
				'données personnelles piratées'
			],
			en: ['data breach', 'data leak', 'leaked data', 'stolen data']
		},
		weakAliases: {
			ar: ['البيانات الشخصية', 'بيانات المستخدمين', 'تسريب'],
			fr: ['données personnelles', 'fuite', 'comptes piratés'],
			en: ['personal data', 'leak']
		}
	},
	{
		id: 'ddos',
		kind: 'threat',
		type: 'threat',
		labels: { ar: 'حجب الخدمة', fr: 'Déni de service', en: 'DDoS' },
		aliases: {
			ar: [
				'حجب الخدمة',
				'الحرمان من الخدمة',
				'رفض الخدمة',
				'هجمات الحرمان من الخدمة',
				'هجوم حجب الخدمة',
				'إغراق الخوادم',
				'دي دوس'
			],
			fr: ['déni de service', 'dénis de service', 'DDoS', 'attaque par saturation', 'attaque DoS', 'attaques DoS'],
			en: ['DDoS', 'denial of service', 'denial-of-service']
		},
		weakAliases: { ar: ['تعطيل المواقع'], fr: ['saturation des serveurs'], en: [] }
	},
	{
		id: 'phishing',
		kind: 'threat',
		type: 'threat',
		labels: { ar: 'تصيد احتيالي', fr: 'Hameçonnage', en: 'Phishing' },
		aliases: {
			ar: [
				'التصيد الاحتيالي',
				'تصيد احتيالي',
				'التصيد الإلكتروني',
				'رسائل التصيد',
				'هجمات التصيد',
				'رسائل احتيالية',
				'فيشينغ'
			],
			fr: ['hameçonnage', 'phishing', 'filoutage', 'courriels frauduleux', 'faux courriels', 'smishing'],
			en: ['phishing', 'spear-phishing', 'smishing']
		},
		weakAliases: {
			ar: ['احتيال إلكتروني', 'رسائل مزيفة', 'تصيد', 'التصيد'],
			fr: ['arnaque en ligne', 'escroquerie en ligne'],
			en: ['scam']
		}
	},
	{
		id: 'disinformation',
		kind: 'threat',
		type: 'threat',
		labels: { ar: 'تضليل إعلامي', fr: 'Désinformation', en: 'Disinformation' },
		aliases: {
			ar: [
				'التضليل الإعلامي',
				'تضليل إعلامي',
				'حملة تضليل',
				'حملات تضليل',
				'أخبار كاذبة',
				'الأخبار الكاذبة',
				'أخبار زائفة',
				'الأخبار الزائفة',
				'الأخبار المزيفة',
				'أخبار مزيفة',
				'معلومات مضللة',
				'المعلومات المضللة',
				'حسابات وهمية',
				'الذباب الإلكتروني'
			],
			fr: [
				'désinformation',
				'fake news',
				'infox',
				'fausses informations',
				'fausses nouvelles',
				"manipulation de l'information",
				'ingérence étrangère',
				'trolls',
				'faux comptes'
			],
			en: ['disinformation', 'misinformation', 'fake news', 'troll farm', 'influence operation']
		},
		weakAliases: { ar: ['التضليل', 'شائعات', 'الشائعات'], fr: ['rumeurs', 'manipulation'], en: [] }
	},
	{
		id: 'extremist-propaganda',
		kind: 'threat',
		type: 'threat',
		labels: { ar: 'دعاية متطرفة', fr: 'Propagande extrémiste', en: 'Extremist propaganda' },
		requires: 'terrorism',
		rhetoric: true,
		concrete: ['apologie du terrorisme'],
		aliases: {
			ar: [
				'الدعاية المتطرفة',
				'الدعاية الإرهابية',
				'الدعاية الجهادية',
				'دعاية داعش',
				'المحتوى المتطرف',
				'المحتوى الإرهابي',
				'الفكر المتطرف',
				'الخطاب المتطرف',
				'الإصدارات الدعائية',
				'إصدار مرئي',
				'التجنيد عبر الإنترنت',
				'التطرف عبر الإنترنت',
				'الفكر التكفيري'
			],
			fr: [
				'propagande djihadiste',
				'propagande jihadiste',
				'propagande terroriste',
				'propagande islamiste',
				'contenus extrémistes',
				'contenus terroristes',
				'contenu terroriste',
				'contenus djihadistes',
				'apologie du terrorisme',
				'vidéo de propagande',
				'vidéos de propagande',
				'recrutement en ligne',
				'radicalisation en ligne'
			],
			en: [
				'extremist propaganda',
				'terrorist propaganda',
				'jihadist propaganda',
				'extremist content',
				'terrorist content'
			]
		},
		weakAliases: {
			ar: [
				'الدعاية',
				'دعاية',
				'دعائية',
				'التجنيد',
				'تجنيد',
				'التطرف',
				'المتطرفة',
				'متطرفة',
				'مواقع التواصل الاجتماعي',
				'وسائل التواصل الاجتماعي',
				'تحريض',
				'خطاب الكراهية'
			],
			fr: [
				'propagande',
				'extrémisme',
				'extrémistes',
				'extrémiste',
				'recrutement',
				'réseaux sociaux',
				'réseau social',
				'embrigadement',
				'apologie',
				'discours de haine'
			],
			en: ['propaganda', 'extremism', 'recruitment', 'social media']
		}
	}
];
