/**
 * Concepts: a bilingual glossary of security-news vocabulary (intelligence, encrypted
 * messaging, hostage, extradition…). Search only: a concept is never a facet. Every mention
 * becomes an entity token, and each alias a synonym of it, so "renseignement" finds an
 * Arabic article saying "الاستخبارات" and "الرسائل المشفرة" a French one saying
 * "messageries cryptées". Concepts are matched in their own pass (see compileKb), so they
 * never take words away from countries, actors or threats.
 *
 * Aliases list the forms the analysers do not unify: Arabic broken plurals (جاسوس/جواسيس,
 * رهينة/رهائن), synonyms (استخبارات/مخابرات), and French or English words short enough to be
 * compared as surfaces (otage/otages, drone/drones). Words too generic to tell a security
 * article from another one ("pays", "قال", "sécurité" alone) are left out.
 */
import type { Aliases, KbEntry } from './types';

/** `names`: [en, fr, ar] labels (labels are aliases too); `aliases`: extra forms by language. */
function concept(id: string, [en, fr, ar]: [string, string, string], aliases: Partial<Aliases> = {}): KbEntry {
	return {
		id,
		kind: 'concept',
		type: 'concept',
		labels: { ar, fr, en },
		aliases: { ar: aliases.ar ?? [], fr: aliases.fr ?? [], en: aliases.en ?? [] }
	};
}

export const CONCEPTS: KbEntry[] = [
	// — Intelligence, espionage, surveillance —
	concept('intelligence', ['intelligence services', 'renseignement', 'استخبارات'], {
		ar: [
			'الاستخبارات',
			'مخابرات',
			'المخابرات',
			'استخباراتي',
			'استخباراتية',
			'أجهزة الاستخبارات',
			'أجهزة المخابرات',
			'جهاز المخابرات',
			'جهاز الاستخبارات',
			'وكالات الاستخبارات'
		],
		fr: [
			'renseignements',
			'services de renseignement',
			'service de renseignement',
			'services secrets',
			'agence de renseignement',
			'agences de renseignement'
		],
		en: ['intelligence agency', 'intelligence agencies', 'intelligence service', 'secret services', 'spy agency']
	}),
	concept('intelligence-officer', ['intelligence officer', 'agent de renseignement', 'ضابط استخبارات'], {
		ar: ['ضباط استخبارات', 'ضابط مخابرات', 'ضباط مخابرات', 'عميل استخبارات', 'عملاء المخابرات', 'عميل مخابرات'],
		fr: [
			'agents de renseignement',
			'officier de renseignement',
			'officiers de renseignement',
			'agent secret',
			'agents secrets'
		],
		en: ['intelligence officers', 'secret agent', 'intelligence agent']
	}),
	concept('spy', ['spy', 'espion', 'جاسوس'], {
		ar: ['جواسيس', 'الجواسيس', 'جاسوسة'],
		fr: ['espions', 'espionne', 'espionnes'],
		en: ['spies']
	}),
	concept('surveillance', ['surveillance', 'surveillance', 'عمليات المراقبة'], {
		ar: ['=مراقبة', '=المراقبة', 'رقابة', 'الرقابة'],
		fr: ['surveiller', 'surveillé', 'surveillés', 'placé sous surveillance'],
		en: ['monitoring']
	}),
	concept('mass-surveillance', ['mass surveillance', 'surveillance de masse', 'المراقبة الجماعية'], {
		ar: ['مراقبة جماعية', 'المراقبة الشاملة', 'مراقبة شاملة'],
		fr: ['surveillance généralisée', 'surveillance massive']
	}),
	concept('wiretapping', ['wiretapping', 'écoutes téléphoniques', 'تنصت'], {
		ar: ['التنصت', 'التنصت على الهواتف', 'التنصت على المكالمات', 'اعتراض الاتصالات', 'اعتراض المكالمات'],
		fr: [
			'écoute téléphonique',
			'écoutes',
			'mise sur écoute',
			'mis sur écoute',
			'interception des communications',
			'interceptions'
		],
		en: ['wiretap', 'wiretaps', 'phone tapping', 'interception']
	}),
	concept('informant', ['police informant', 'indicateur de police', 'مخبر سري'], {
		ar: ['مخبرين', 'المخبرين', 'مخبرون', 'وشاة'],
		fr: ['=informateur', '=informateurs', '=informatrice', '=indic', '=indics'],
		en: ['=informant', '=informants']
	}),
	concept('double-agent', ['double agent', 'agent double', 'عميل مزدوج'], {
		ar: ['عملاء مزدوجين'],
		fr: ['agents doubles'],
		en: ['double agents']
	}),
	concept('treason', ['treason', 'trahison', 'خيانة'], {
		ar: ['الخيانة العظمى', 'خيانة عظمى', 'الخيانة'],
		fr: ['haute trahison', 'intelligence avec une puissance étrangère'],
		en: ['high treason']
	}),
	concept('classified', ['classified documents', 'documents classifiés', 'وثائق سرية'], {
		ar: ['الوثائق السرية', 'معلومات سرية', 'المعلومات السرية', 'مستندات سرية', 'وثائق مسربة'],
		fr: [
			'document classifié',
			'secret défense',
			'secret-défense',
			'informations classifiées',
			'documents confidentiels'
		],
		en: ['classified document', 'classified information', 'top secret']
	}),
	concept('whistleblower', ['whistleblower', "lanceur d'alerte", 'مبلغ عن المخالفات'], {
		ar: ['مسربي المعلومات', 'كاشف الفساد', 'المبلغين عن المخالفات'],
		fr: ["lanceurs d'alerte", "lanceuse d'alerte"],
		en: ['whistleblowers', 'whistle-blower']
	}),
	concept('leak', ['leak', 'fuite', 'تسريب'], {
		ar: ['تسريبات', 'التسريبات', 'تسريب وثائق', 'مسربة'],
		fr: ['fuites', 'divulgation', 'divulgué', 'divulgués'],
		en: ['leaks', 'leaked']
	}),

	// — Communications, platforms —
	concept('encrypted-messaging', ['encrypted messaging', 'messagerie cryptée', 'رسائل مشفرة'], {
		ar: [
			'الرسائل المشفرة',
			'رسالة مشفرة',
			'الرسالة المشفرة',
			'التراسل المشفر',
			'تراسل مشفر',
			'منصات التراسل المشفرة',
			'تطبيقات التراسل المشفرة',
			'تطبيقات المراسلة المشفرة',
			'المراسلة المشفرة',
			'الاتصالات المشفرة',
			'اتصالات مشفرة',
			'المحادثات المشفرة',
			'محادثات مشفرة',
			'تطبيقات مشفرة',
			'التطبيقات المشفرة'
		],
		fr: [
			'messageries cryptées',
			'messagerie chiffrée',
			'messageries chiffrées',
			'messages cryptés',
			'messages chiffrés',
			'message crypté',
			'message chiffré',
			'application cryptée',
			'applications cryptées',
			'applications chiffrées',
			'communications cryptées',
			'communications chiffrées',
			'messagerie sécurisée',
			'messageries sécurisées'
		],
		en: [
			'encrypted messages',
			'encrypted messaging apps',
			'encrypted apps',
			'encrypted communications',
			'encrypted chat'
		]
	}),
	concept('encryption', ['encryption', 'chiffrement', 'تشفير'], {
		ar: ['التشفير', 'مشفر', 'المشفر', 'مشفرة', 'المشفرة'],
		fr: ['cryptage', 'crypté', 'cryptée', 'cryptés', 'chiffré', 'chiffrée', 'chiffrés', 'chiffrement de bout en bout'],
		en: ['encrypted', 'end-to-end encryption']
	}),
	concept('messaging-app', ['messaging app', 'application de messagerie', 'تطبيق مراسلة'], {
		ar: [
			'تطبيقات المراسلة',
			'تطبيق المراسلة',
			'تطبيقات التراسل',
			'تطبيق التراسل',
			'منصات التراسل',
			'تطبيقات الدردشة',
			'تطبيق الدردشة',
			'التراسل الفوري',
			'الرسائل الفورية'
		],
		fr: [
			'=messagerie',
			'=messageries',
			'application de messagerie',
			'applications de messagerie',
			'messagerie instantanée',
			'messageries instantanées'
		],
		en: ['messaging apps', 'instant messaging', 'chat app']
	}),
	concept('social-network', ['social media', 'réseau social', 'شبكة تواصل اجتماعي'], {
		ar: [
			'شبكات التواصل الاجتماعي',
			'شبكة التواصل الاجتماعي',
			'مواقع التواصل',
			'مواقع التواصل الاجتماعي',
			'موقع التواصل الاجتماعي',
			'وسائل التواصل',
			'وسائل التواصل الاجتماعي',
			'منصات التواصل',
			'منصات التواصل الاجتماعي',
			'الشبكات الاجتماعية',
			'شبكة اجتماعية',
			'السوشيال ميديا'
		],
		fr: ['réseaux sociaux', 'média social', 'médias sociaux', 'plateformes sociales'],
		en: ['social network', 'social networks', 'social media platforms']
	}),
	concept('internet', ['internet', 'internet', 'إنترنت'], {
		ar: ['الإنترنت', 'الانترنت', 'انترنت', 'الشبكة العنكبوتية'],
		fr: ['Internet'],
		en: ['online']
	}),
	concept('dark-web', ['dark web', 'dark web', 'الإنترنت المظلم'], {
		ar: ['الويب المظلم', 'الشبكة المظلمة', 'الإنترنت العميق', 'الويب العميق', 'دارك ويب'],
		fr: ['darknet', 'darkweb', 'web caché', 'internet clandestin', 'deep web'],
		en: ['darknet', 'deep web', 'darkweb']
	}),
	concept('website', ['website', 'site internet', 'موقع إلكتروني'], {
		ar: ['المواقع الإلكترونية', 'مواقع إلكترونية', 'الموقع الإلكتروني', 'موقع الكتروني', 'المواقع الالكترونية'],
		fr: ['sites internet', 'site web', 'sites web'],
		en: ['websites', 'web site']
	}),
	concept('email', ['email', 'courriel', 'بريد إلكتروني'], {
		ar: ['البريد الإلكتروني', 'البريد الالكتروني', 'رسائل البريد الإلكتروني', 'الرسائل الإلكترونية', 'رسائل إلكترونية'],
		fr: ['courriels', 'e-mail', 'e-mails', 'messagerie électronique', 'courrier électronique'],
		en: ['emails', 'e-mail']
	}),
	concept('phone', ['phone', 'téléphone', 'هاتف'], {
		ar: [
			'الهاتف',
			'هواتف',
			'الهواتف',
			'هاتفه',
			'جوال',
			'الجوال',
			'هاتف محمول',
			'الهواتف المحمولة',
			'الهواتف الذكية',
			'هاتف ذكي',
			'هواتف ذكية',
			'الهاتف الذكي',
			'الهاتف المحمول',
			'موبايل'
		],
		fr: ['téléphones', 'smartphone', 'smartphones', 'portable', 'téléphone portable', 'téléphones portables'],
		en: ['phones', 'smartphone', 'mobile phone', 'cellphone']
	}),
	concept('phone-call', ['phone call', 'appel téléphonique', 'مكالمة هاتفية'], {
		ar: [
			'مكالمات هاتفية',
			'المكالمات الهاتفية',
			'المكالمة الهاتفية',
			'اتصال هاتفي',
			'اتصالات هاتفية',
			'مكالمات',
			'المكالمات'
		],
		fr: ['appels téléphoniques', 'conversation téléphonique', 'conversations téléphoniques'],
		en: ['phone calls']
	}),
	concept('metadata', ['metadata', 'métadonnées', 'البيانات الوصفية'], {
		ar: ['بيانات وصفية', 'بيانات الاتصالات', 'سجلات الاتصالات', 'سجلات المكالمات'],
		fr: ['données de connexion', 'fadettes', 'relevés téléphoniques'],
		en: ['call records', 'phone records']
	}),
	concept('video', ['video', 'vidéo', 'فيديو'], {
		ar: ['الفيديو', 'مقطع فيديو', 'مقاطع فيديو', 'شريط فيديو', 'تسجيل مصور', 'تسجيل مرئي', 'مقطع مصور'],
		fr: ['vidéos', 'enregistrement vidéo'],
		en: ['videos', 'footage']
	}),
	concept('online-content', ['online content', 'contenus en ligne', 'محتوى إلكتروني'], {
		ar: ['المحتوى الإلكتروني', 'محتوى رقمي', 'المحتوى الرقمي', 'المحتويات'],
		fr: ['contenu en ligne', 'contenus illicites', 'contenu illicite'],
		en: ['illegal content']
	}),
	concept('censorship', ['censorship', 'censure', 'حجب المواقع'], {
		ar: ['حجب', 'الحجب', 'الرقابة على الإنترنت', 'حجب الإنترنت', 'قطع الإنترنت', 'حظر المواقع'],
		fr: ['censurer', 'censuré', 'blocage de sites', "coupure d'internet", 'coupure internet'],
		en: ['internet shutdown', 'blocked websites']
	}),

	// — Cyber —
	concept('cybersecurity', ['cybersecurity', 'cybersécurité', 'الأمن السيبراني'], {
		ar: [
			'أمن سيبراني',
			'الأمن الإلكتروني',
			'أمن إلكتروني',
			'أمن المعلومات',
			'الأمن المعلوماتي',
			'الأمن الرقمي',
			'أمن الشبكات'
		],
		fr: ['sécurité informatique', 'cyber-sécurité', 'sécurité numérique', "sécurité des systèmes d'information"],
		en: ['cyber security', 'information security', 'infosec']
	}),
	concept('cyberspace', ['cyberspace', 'cyberespace', 'الفضاء السيبراني'], {
		ar: ['الفضاء الإلكتروني', 'الفضاء الرقمي', 'فضاء سيبراني'],
		fr: ['espace numérique', 'cyber-espace'],
		en: ['cyber space']
	}),
	concept('hacker', ['hacker', 'pirate informatique', 'قرصان'], {
		ar: [
			'قراصنة',
			'القراصنة',
			'هاكر',
			'هاكرز',
			'الهاكرز',
			'المخترقين',
			'مخترقين',
			'قرصان إلكتروني',
			'قراصنة المعلوماتية',
			'متسللين',
			'المتسللين',
			'المتسللون'
		],
		fr: [
			'pirates informatiques',
			'hacker',
			'hackers',
			'hackeur',
			'hackeurs',
			'cyberpirate',
			'cyberpirates',
			'cybercriminel',
			'cybercriminels'
		],
		en: ['hackers', 'cybercriminal', 'cybercriminals']
	}),
	concept('vulnerability', ['vulnerability', 'vulnérabilité', 'ثغرة'], {
		ar: ['ثغرات', 'الثغرات', 'الثغرة', 'ثغرة أمنية', 'ثغرات أمنية', 'الثغرات الأمنية', 'نقاط ضعف', 'ثغرة يوم الصفر'],
		fr: [
			'vulnérabilités',
			'faille',
			'failles',
			'faille de sécurité',
			'failles de sécurité',
			'faille zero-day',
			'zero-day',
			'zero day'
		],
		en: ['vulnerabilities', 'security flaw', 'security hole', 'zero-day', 'exploit']
	}),
	concept('password', ['password', 'mot de passe', 'كلمة السر'], {
		ar: ['كلمة المرور', 'كلمات المرور', 'كلمات السر', 'كلمة سر', 'كلمة مرور', 'رمز المرور'],
		fr: ['mots de passe'],
		en: ['passwords']
	}),
	concept('account', ['online account', 'compte en ligne', 'حساب إلكتروني'], {
		ar: ['حسابات إلكترونية', 'حسابات مواقع التواصل'],
		fr: ['comptes en ligne', 'compte twitter', 'comptes twitter', 'comptes facebook'],
		en: ['user accounts']
	}),
	concept('personal-data', ['personal data', 'données personnelles', 'البيانات الشخصية'], {
		ar: [
			'بيانات شخصية',
			'المعلومات الشخصية',
			'معلومات شخصية',
			'بيانات المستخدمين',
			'الخصوصية',
			'خصوصية',
			'حماية البيانات'
		],
		fr: ['donnée personnelle', 'vie privée', 'protection des données', 'données des utilisateurs', 'RGPD'],
		en: ['privacy', 'data protection', 'user data']
	}),
	concept('data-leak', ['data leak', 'fuite de données', 'تسريب بيانات'], {
		ar: [
			'تسريب البيانات',
			'تسرب البيانات',
			'تسريب المعلومات',
			'تسريب معلومات',
			'سرقة البيانات',
			'سرقة بيانات',
			'بيانات مسربة',
			'البيانات المسربة'
		],
		fr: [
			'fuites de données',
			'vol de données',
			'vols de données',
			'données volées',
			'données dérobées',
			'violation de données'
		],
		en: ['data breach', 'data leaks', 'stolen data', 'leaked data']
	}),
	concept('database', ['database', 'base de données', 'قاعدة بيانات'], {
		ar: ['قواعد البيانات', 'قاعدة البيانات', 'قواعد بيانات'],
		fr: ['bases de données'],
		en: ['databases']
	}),
	concept('server', ['server', 'serveur', 'خادم'], {
		ar: ['خوادم', 'الخوادم', 'الخادم', 'سيرفر', 'سيرفرات'],
		fr: ['serveurs'],
		en: ['servers']
	}),
	concept('computer', ['computer', 'ordinateur', 'حاسوب'], {
		ar: ['حواسيب', 'الحواسيب', 'الحاسوب', 'كمبيوتر', 'الكمبيوتر', 'أجهزة الكمبيوتر', 'الحاسب الآلي', 'حاسب آلي'],
		fr: ['ordinateurs', 'informatique', 'système informatique', 'systèmes informatiques'],
		en: ['computers']
	}),
	concept(
		'critical-infrastructure',
		['critical infrastructure', 'infrastructures critiques', 'البنية التحتية الحيوية'],
		{
			ar: [
				'البنى التحتية',
				'البنية التحتية',
				'البنى التحتية الحيوية',
				'المنشآت الحيوية',
				'منشآت حيوية',
				'شبكة الكهرباء'
			],
			fr: ['infrastructure critique', 'infrastructures vitales', "opérateurs d'importance vitale", 'réseau électrique'],
			en: ['critical infrastructures', 'power grid']
		}
	),
	concept('bank-fraud', ['online fraud', 'fraude en ligne', 'احتيال إلكتروني'], {
		ar: ['الاحتيال الإلكتروني', 'النصب الإلكتروني', 'احتيال', 'الاحتيال', 'نصب واحتيال'],
		fr: ['arnaque', 'arnaques', 'escroquerie', 'escroqueries', 'fraude', 'fraudes'],
		en: ['fraud', 'scam', 'scams']
	}),
	concept('cryptocurrency', ['cryptocurrency', 'cryptomonnaie', 'عملة مشفرة'], {
		ar: ['العملات المشفرة', 'عملات مشفرة', 'العملات الرقمية', 'عملات رقمية', 'العملة الرقمية', 'بيتكوين', 'البيتكوين'],
		fr: [
			'cryptomonnaies',
			'crypto-monnaie',
			'crypto-monnaies',
			'monnaie virtuelle',
			'monnaies virtuelles',
			'bitcoin',
			'bitcoins'
		],
		en: ['cryptocurrencies', 'bitcoin', 'crypto']
	}),
	concept('ransom', ['ransom', 'rançon', 'فدية'], {
		ar: ['الفدية', 'فديات', 'دفع فدية'],
		fr: ['rançons'],
		en: ['ransoms']
	}),
	concept('election-interference', ['election interference', 'ingérence électorale', 'التدخل في الانتخابات'], {
		ar: [
			'التدخل في الانتخابات الأمريكية',
			'تدخل في الانتخابات',
			'التأثير على الانتخابات',
			'التلاعب بالانتخابات',
			'التدخل الروسي'
		],
		fr: [
			"ingérence dans l'élection",
			'ingérence dans les élections',
			'ingérence russe',
			'ingérences électorales',
			'manipulation électorale'
		],
		en: ['election meddling', 'interference in the election', 'russian interference']
	}),
	concept('election', ['election', 'élection', 'انتخابات'], {
		ar: ['الانتخابات', 'انتخابي', 'الانتخابية', 'الاقتراع', 'اقتراع'],
		fr: ['élections', 'électoral', 'électorale', 'scrutin', 'présidentielle'],
		en: ['elections', 'electoral']
	}),
	concept('influence-campaign', ['influence campaign', "campagne d'influence", 'حملة تأثير'], {
		ar: [
			'حملات تأثير',
			'عمليات التأثير',
			'حملة ممنهجة',
			'الذباب الإلكتروني',
			'جيوش إلكترونية',
			'الجيوش الإلكترونية',
			'اللجان الإلكترونية'
		],
		fr: [
			"campagnes d'influence",
			"opération d'influence",
			"opérations d'influence",
			'usine à trolls',
			'fermes à trolls'
		],
		en: ['influence operation', 'troll farm', 'bots']
	}),

	// — Terrorism, armed violence —
	concept('terrorist-attack', ['terrorist attack', 'attentat', 'هجوم إرهابي'], {
		ar: [
			'هجمات إرهابية',
			'الهجمات الإرهابية',
			'الهجوم الإرهابي',
			'عملية إرهابية',
			'عمليات إرهابية',
			'العمليات الإرهابية',
			'العملية الإرهابية',
			'اعتداء إرهابي',
			'الاعتداءات الإرهابية',
			'هجوم دموي',
			'هجمات دامية'
		],
		fr: [
			'attentats',
			'attentat terroriste',
			'attentats terroristes',
			'attaque terroriste',
			'attaques terroristes',
			'acte terroriste',
			'actes terroristes'
		],
		en: ['terror attack', 'terrorist attacks']
	}),
	concept('counter-terrorism', ['counter-terrorism', 'antiterrorisme', 'مكافحة الإرهاب'], {
		ar: [
			'محاربة الإرهاب',
			'الحرب على الإرهاب',
			'مواجهة الإرهاب',
			'التصدي للإرهاب',
			'قوانين مكافحة الإرهاب',
			'قانون مكافحة الإرهاب'
		],
		fr: [
			'antiterroriste',
			'anti-terroriste',
			'lutte antiterroriste',
			'lutte contre le terrorisme',
			'contre-terrorisme',
			'loi antiterroriste'
		],
		en: ['counterterrorism', 'war on terror', 'anti-terrorism']
	}),
	concept('suicide-bomber', ['suicide bomber', 'kamikaze', 'انتحاري'], {
		ar: [
			'انتحارية',
			'انتحاريين',
			'الانتحاريين',
			'انتحاريون',
			'الانتحاري',
			'تفجير انتحاري',
			'تفجيرات انتحارية',
			'هجوم انتحاري',
			'عملية انتحارية',
			'عمليات انتحارية',
			'حزام ناسف',
			'أحزمة ناسفة',
			'الحزام الناسف',
			'سترة ناسفة'
		],
		fr: [
			'kamikazes',
			'attentat-suicide',
			'attentats-suicides',
			'attentat suicide',
			'ceinture explosive',
			'ceintures explosives'
		],
		en: ['suicide bombers', 'suicide bombing', 'suicide attack', 'suicide vest']
	}),
	concept('explosive-device', ['explosive device', 'engin explosif', 'عبوة ناسفة'], {
		ar: [
			'عبوات ناسفة',
			'العبوات الناسفة',
			'العبوة الناسفة',
			'متفجرات',
			'المتفجرات',
			'مواد متفجرة',
			'عبوة متفجرة',
			'قنبلة',
			'قنابل',
			'القنابل',
			'القنبلة',
			'لغم',
			'ألغام',
			'الألغام'
		],
		fr: [
			'engins explosifs',
			'explosif',
			'explosifs',
			'bombe',
			'bombes',
			'engin explosif improvisé',
			'IED',
			'mines antipersonnel',
			'TATP'
		],
		en: ['bomb', 'bombs', 'explosives', 'improvised explosive device', 'landmine']
	}),
	concept('car-bomb', ['car bomb', 'voiture piégée', 'سيارة مفخخة'], {
		ar: ['سيارات مفخخة', 'السيارة المفخخة', 'السيارات المفخخة', 'عربة مفخخة', 'مفخخة'],
		fr: ['voitures piégées', 'véhicule piégé', 'camion piégé'],
		en: ['car bombs', 'vehicle bomb']
	}),
	concept('explosion', ['explosion', 'explosion', 'انفجار'], {
		ar: ['انفجارات', 'الانفجار', 'الانفجارات', 'تفجير', 'تفجيرات', 'التفجير', 'التفجيرات', 'دوي انفجار'],
		fr: ['explosions', 'déflagration', 'attentat à la bombe', 'exploser'],
		en: ['explosions', 'blast', 'bombing']
	}),
	concept('shooting', ['shooting', 'fusillade', 'إطلاق نار'], {
		ar: [
			'إطلاق النار',
			'اطلاق النار',
			'اطلاق نار',
			'إطلاق الرصاص',
			'رصاص',
			'الرصاص',
			'مسلح',
			'مسلحون',
			'المسلحين',
			'مسلحين'
		],
		fr: ['fusillades', 'coups de feu', 'tirs', 'tireur', 'tireurs', 'hommes armés', 'homme armé'],
		en: ['gunfire', 'gunman', 'gunmen', 'shootings']
	}),
	concept('stabbing', ['knife attack', 'attaque au couteau', 'هجوم بسكين'], {
		ar: ['عملية طعن', 'سكين', 'بسكين', 'ساطور'],
		fr: ['attaques au couteau', 'poignardé', 'poignardée', 'agression au couteau', 'couteau'],
		en: ['stabbing', 'stabbed', 'knife']
	}),
	concept('vehicle-ramming', ['vehicle ramming', 'attaque à la voiture-bélier', 'عملية دهس'], {
		ar: ['دهس', 'الدهس', 'عمليات دهس', 'شاحنة دهس'],
		fr: ['voiture-bélier', 'voiture bélier', 'camion-bélier', 'camion bélier', 'fonce dans la foule'],
		en: ['ramming attack', 'truck attack']
	}),
	concept('hostage', ['hostage', 'otage', 'رهينة'], {
		ar: ['رهائن', 'الرهائن', 'الرهينة', 'احتجاز رهائن', 'احتجاز الرهائن'],
		fr: ['otages', "prise d'otages", "prises d'otages", 'pris en otage', 'retenu en otage'],
		en: ['hostages', 'hostage-taking']
	}),
	concept('kidnapping', ['kidnapping', 'enlèvement', 'اختطاف'], {
		ar: ['الاختطاف', 'خطف', 'الخطف', 'اختطف', 'المختطفين', 'مختطفين', 'عمليات الخطف', 'المخطوفين', 'مخطوفين'],
		fr: ['enlèvements', 'enlevé', 'enlevée', 'enlevés', 'kidnappé', 'kidnappée', 'kidnappés', 'rapt', 'séquestration'],
		en: ['kidnapped', 'abduction', 'abducted', 'kidnap']
	}),
	concept('massacre', ['massacre', 'massacre', 'مجزرة'], {
		ar: ['مجازر', 'المجازر', 'المجزرة', 'مذبحة', 'مذابح'],
		fr: ['massacres', 'tuerie', 'tueries', 'carnage'],
		en: ['massacres', 'mass killing']
	}),
	concept('jihadist', ['jihadist', 'djihadiste', 'جهادي'], {
		ar: [
			'جهاديين',
			'الجهاديين',
			'جهاديون',
			'الجهاديون',
			'الجهادي',
			'جهادية',
			'الجهادية',
			'الجماعات الجهادية',
			'السلفية الجهادية'
		],
		fr: ['djihadistes', 'jihadiste', 'jihadistes', 'djihadisme', 'jihadisme', 'djihad', 'jihad'],
		en: ['jihadists', 'jihadism', 'jihad']
	}),
	concept('islamist', ['islamist', 'islamiste', 'إسلامي متشدد'], {
		ar: [
			'متشددين',
			'المتشددين',
			'متشددون',
			'المتشددون',
			'الإسلاميين المتشددين',
			'الإسلام السياسي',
			'إسلاموي',
			'الإسلامويين'
		],
		fr: ['islamistes', 'islamisme', 'islam radical', 'intégriste', 'intégristes', 'salafiste', 'salafistes'],
		en: ['islamists', 'islamism', 'salafist']
	}),
	concept('extremism', ['extremism', 'extrémisme', 'تطرف'], {
		ar: [
			'التطرف',
			'متطرف',
			'المتطرف',
			'متطرفة',
			'المتطرفة',
			'متطرفين',
			'المتطرفين',
			'متطرفون',
			'التطرف العنيف',
			'الغلو',
			'تكفيري',
			'التكفيريين',
			'تكفيريين'
		],
		fr: ['extrémiste', 'extrémistes', 'extrémisme violent', 'ultra-droite', 'ultradroite'],
		en: ['extremist', 'extremists', 'violent extremism']
	}),
	concept('radicalisation', ['radicalisation', 'radicalisation', 'تطرف فكري'], {
		ar: ['الراديكالية', 'راديكالي', 'التشدد', 'تشدد', 'غسيل الأدمغة', 'غسل الأدمغة'],
		fr: ['radicalisé', 'radicalisée', 'radicalisés', 'radicalisées', 'déradicalisation', 'se radicaliser'],
		en: ['radicalization', 'radicalised', 'radicalized', 'deradicalisation']
	}),
	concept('terrorist-cell', ['terrorist cell', 'cellule', 'خلية'], {
		ar: [
			'خلايا',
			'الخلايا',
			'خلية إرهابية',
			'خلايا إرهابية',
			'الخلايا الإرهابية',
			'خلايا نائمة',
			'الخلايا النائمة',
			'خلية نائمة'
		],
		fr: [
			'cellules',
			'cellule terroriste',
			'cellules terroristes',
			'cellule dormante',
			'cellules dormantes',
			'réseau terroriste',
			'réseaux terroristes',
			'filière',
			'filières'
		],
		en: ['cells', 'sleeper cell', 'sleeper cells', 'terror cell', 'terrorist network']
	}),
	concept('lone-wolf', ['lone wolf', 'loup solitaire', 'ذئب منفرد'], {
		ar: ['الذئاب المنفردة', 'ذئاب منفردة', 'الذئب المنفرد'],
		fr: ['loups solitaires'],
		en: ['lone wolves', 'lone-wolf']
	}),
	concept('foreign-fighters', ['foreign fighters', 'combattants étrangers', 'المقاتلين الأجانب'], {
		ar: ['مقاتلين أجانب', 'المقاتلون الأجانب', 'المقاتلين الأوروبيين', 'العائدين من سوريا'],
		fr: ['combattant étranger', 'djihadistes étrangers', 'revenants', 'returnees', 'départs en Syrie'],
		en: ['foreign fighter', 'returnees']
	}),
	concept('fighters', ['fighters', 'combattants', 'مقاتلين'], {
		ar: ['المقاتلين', 'مقاتلون', 'المقاتلون', 'مقاتل', 'عناصر التنظيم'],
		fr: ['combattant', 'militants armés'],
		en: ['fighter']
	}),
	concept('recruitment', ['recruitment', 'recrutement', 'تجنيد'], {
		ar: ['التجنيد', 'استقطاب', 'الاستقطاب', 'تجنيد الشباب', 'مجندين', 'المجندين', 'تجنيد عناصر'],
		fr: ['recruter', 'recrutés', 'recruteur', 'recruteurs', 'embrigadement', 'embrigadé', 'enrôlement'],
		en: ['recruiting', 'recruiter', 'recruits']
	}),
	concept('propaganda', ['propaganda', 'propagande', 'دعاية'], {
		ar: [
			'الدعاية',
			'دعائية',
			'الدعائية',
			'دعائي',
			'البروباغندا',
			'بروباغندا',
			'الإصدارات',
			'إصدار مرئي',
			'الآلة الإعلامية'
		],
		fr: ['propagandiste', 'apologie', 'apologie du terrorisme'],
		en: ['propagandist']
	}),
	concept('incitement', ['incitement', 'incitation', 'تحريض'], {
		ar: ['التحريض', 'خطاب الكراهية', 'خطاب كراهية', 'الكراهية', 'التحريض على العنف', 'التحريض على الإرهاب'],
		fr: ['incitation à la haine', 'discours de haine', 'provocation au terrorisme', 'haine en ligne'],
		en: ['hate speech', 'incitement to violence']
	}),
	concept('claim-of-responsibility', ['claim of responsibility', 'revendication', 'تبني الهجوم'], {
		ar: ['أعلن مسؤوليته', 'تبنى التنظيم', 'تبنيه', 'أعلنت مسؤوليتها', 'بيان تبني'],
		fr: ['revendiqué', 'revendiquée', 'a revendiqué', 'revendiquer', "revendication de l'attentat"],
		en: ['claimed responsibility', 'claim responsibility']
	}),
	concept('caliphate', ['caliphate', 'califat', 'دولة الخلافة'], {
		ar: ['=خلافة', '=الخلافة', 'الخلافة المزعومة'],
		fr: ['calife', 'califat autoproclamé'],
		en: ['caliph']
	}),
	concept('armed-group', ['armed group', 'groupe armé', 'جماعة مسلحة'], {
		ar: [
			'جماعات مسلحة',
			'الجماعات المسلحة',
			'الجماعة المسلحة',
			'فصائل مسلحة',
			'الفصائل المسلحة',
			'الميليشيات',
			'ميليشيا',
			'ميليشيات',
			'مليشيات',
			'المليشيات',
			'الفصائل'
		],
		fr: ['groupes armés', 'milice', 'milices', 'faction armée', 'factions armées', 'paramilitaire', 'paramilitaires'],
		en: ['armed groups', 'militia', 'militias']
	}),
	concept('terrorist-organisation', ['terrorist organisation', 'organisation terroriste', 'تنظيم إرهابي'], {
		ar: [
			'منظمة إرهابية',
			'منظمات إرهابية',
			'المنظمات الإرهابية',
			'التنظيمات الإرهابية',
			'تنظيمات إرهابية',
			'جماعة إرهابية',
			'جماعات إرهابية',
			'الجماعات الإرهابية',
			'التنظيم الإرهابي',
			'قائمة الإرهاب'
		],
		fr: [
			'organisations terroristes',
			'groupe terroriste',
			'groupes terroristes',
			'liste des organisations terroristes'
		],
		en: ['terrorist organization', 'terrorist group', 'terror group', 'designated terrorist']
	}),
	concept('insurgency', ['insurgency', 'insurrection', 'تمرد'], {
		ar: ['التمرد', 'متمردين', 'المتمردين', 'متمردون', 'المتمردون', 'ثوار', 'الثوار', 'مسلحي المعارضة'],
		fr: ['insurgés', 'rebelles', 'rebelle', 'rébellion', 'insurgé'],
		en: ['insurgents', 'rebels', 'rebellion']
	}),
	concept('training-camp', ['training camp', "camp d'entraînement", 'معسكر تدريب'], {
		ar: ['معسكرات تدريب', 'معسكرات التدريب', 'معسكر', 'معسكرات', 'المعسكرات'],
		fr: ["camps d'entraînement", "camp d'entrainement", "camps d'entrainement"],
		en: ['training camps']
	}),
	concept('weapons', ['weapons', 'armes', 'أسلحة'], {
		ar: ['الأسلحة', 'سلاح', 'السلاح', 'ذخيرة', 'الذخيرة', 'ذخائر', 'أسلحة خفيفة', 'تهريب الأسلحة'],
		fr: ['arme', 'armement', 'armements', 'munitions', 'arsenal', "trafic d'armes"],
		en: ['weapon', 'arms', 'ammunition', 'arms trafficking']
	}),
	concept('firearm', ['firearm', 'arme à feu', 'سلاح ناري'], {
		ar: ['أسلحة نارية', 'الأسلحة النارية', 'بندقية', 'بنادق', 'كلاشنيكوف', 'رشاش', 'رشاشات'],
		fr: ['armes à feu', 'kalachnikov', 'kalachnikovs', 'fusil', 'fusils', "fusil d'assaut", 'pistolet'],
		en: ['firearms', 'rifle', 'rifles', 'kalashnikov', 'gun', 'guns']
	}),
	concept('chemical-weapons', ['chemical weapons', 'armes chimiques', 'أسلحة كيميائية'], {
		ar: [
			'الأسلحة الكيميائية',
			'السلاح الكيميائي',
			'سلاح كيميائي',
			'غاز السارين',
			'السارين',
			'غاز الأعصاب',
			'غاز الخردل',
			'هجوم كيميائي',
			'الكيماوي'
		],
		fr: ['arme chimique', 'attaque chimique', 'sarin', 'gaz sarin', 'gaz moutarde', 'agent innervant', 'novitchok'],
		en: ['chemical weapon', 'chemical attack', 'nerve agent', 'novichok']
	}),
	concept('nuclear', ['nuclear', 'nucléaire', 'نووي'], {
		ar: [
			'النووي',
			'نووية',
			'النووية',
			'البرنامج النووي',
			'الأسلحة النووية',
			'سلاح نووي',
			'قنبلة نووية',
			'تخصيب اليورانيوم',
			'اليورانيوم'
		],
		fr: [
			'nucléaires',
			'arme nucléaire',
			'armes nucléaires',
			'programme nucléaire',
			'uranium',
			"enrichissement d'uranium",
			'atomique'
		],
		en: ['nuclear weapons', 'uranium', 'atomic']
	}),
	concept('missile', ['missile', 'missile', 'صاروخ'], {
		ar: [
			'صواريخ',
			'الصواريخ',
			'الصاروخ',
			'صاروخي',
			'الصاروخية',
			'صاروخية',
			'صواريخ باليستية',
			'صاروخ باليستي',
			'قذيفة',
			'قذائف',
			'القذائف'
		],
		fr: ['missiles', 'missile balistique', 'missiles balistiques', 'roquette', 'roquettes', 'obus'],
		en: ['missiles', 'ballistic missile', 'rocket', 'rockets']
	}),
	concept('drone', ['drone', 'drone', 'طائرة مسيرة'], {
		ar: [
			'طائرات مسيرة',
			'الطائرات المسيرة',
			'الطائرة المسيرة',
			'طائرة بدون طيار',
			'طائرات بدون طيار',
			'طائرات من دون طيار',
			'طائرة من دون طيار',
			'الطائرات بدون طيار',
			'درون',
			'درونز'
		],
		fr: ['drones', 'aéronef sans pilote'],
		en: ['drones', 'unmanned aerial vehicle', 'UAV']
	}),
	concept('airstrike', ['airstrike', 'frappe aérienne', 'غارة جوية'], {
		ar: ['غارات جوية', 'الغارات الجوية', 'غارة', 'غارات', 'الغارات', 'قصف جوي', 'القصف الجوي', 'قصف', 'القصف'],
		fr: ['frappes aériennes', 'bombardement', 'bombardements', 'raid aérien', 'raids aériens'],
		en: ['airstrikes', 'air strike', 'air strikes', 'bombardment']
	}),
	concept('military-operation', ['military operation', 'opération militaire', 'عملية عسكرية'], {
		ar: [
			'عمليات عسكرية',
			'العمليات العسكرية',
			'العملية العسكرية',
			'حملة عسكرية',
			'هجوم بري',
			'عملية أمنية',
			'عمليات أمنية',
			'حملة أمنية',
			'الحملة الأمنية'
		],
		fr: ['opérations militaires', 'offensive', 'offensives', 'opération antiterroriste', 'opération de police'],
		en: ['military operations', 'offensive', 'security operation', 'crackdown']
	}),
	concept('war', ['war', 'guerre', 'حرب'], {
		ar: ['الحرب', 'حروب', 'الحروب', 'الحرب الأهلية', 'حرب أهلية', 'نزاع مسلح', 'النزاع المسلح', 'صراع مسلح'],
		fr: ['guerres', 'guerre civile', 'conflit armé', 'conflits armés'],
		en: ['wars', 'civil war', 'armed conflict']
	}),
	concept('ceasefire', ['ceasefire', 'cessez-le-feu', 'وقف إطلاق النار'], {
		ar: ['وقف إطلاق نار', 'هدنة', 'الهدنة', 'وقف الأعمال العدائية', 'اتفاق الهدنة'],
		fr: ['trêve', 'cessez le feu', 'arrêt des hostilités'],
		en: ['truce', 'cease-fire']
	}),

	// — Security forces, state —
	concept('police', ['police', 'police', 'شرطة'], {
		ar: [
			'الشرطة',
			'شرطي',
			'الشرطي',
			'رجال الشرطة',
			'عناصر الشرطة',
			'أفراد الشرطة',
			'رجال الأمن',
			'قوات الأمن',
			'الأجهزة الأمنية',
			'أجهزة الأمن',
			'السلطات الأمنية'
		],
		fr: [
			'policier',
			'policiers',
			'policière',
			"forces de l'ordre",
			'forces de sécurité',
			'gendarmerie',
			'gendarme',
			'gendarmes',
			'services de sécurité'
		],
		en: ['policeman', 'police officers', 'security forces', 'law enforcement']
	}),
	concept('special-forces', ['special forces', 'forces spéciales', 'القوات الخاصة'], {
		ar: [
			'قوات خاصة',
			'وحدات خاصة',
			'الوحدات الخاصة',
			'قوات النخبة',
			'القوات الخاصة الأمريكية',
			'الكوماندوز',
			'كوماندوز'
		],
		fr: ['commando', 'commandos', "unité d'élite", "unités d'élite", "troupes d'élite"],
		en: ['special operations', 'commandos', 'navy seals']
	}),
	concept('army', ['army', 'armée', 'جيش'], {
		ar: ['الجيش', 'جيوش', 'الجيوش', 'القوات المسلحة', 'قوات مسلحة', 'جنود', 'الجنود', 'جندي'],
		fr: ['armées', 'soldat', 'soldats', 'forces armées', 'troupes'],
		en: ['soldiers', 'armed forces', 'troops']
	}),
	concept('military-base', ['military base', 'base militaire', 'قاعدة عسكرية'], {
		ar: ['قواعد عسكرية', 'القواعد العسكرية', 'القاعدة العسكرية', 'ثكنة', 'ثكنات', 'مقر عسكري'],
		fr: ['bases militaires', 'caserne', 'casernes'],
		en: ['military bases', 'barracks']
	}),
	concept('defence-ministry', ['ministry of defence', 'ministère de la Défense', 'وزارة الدفاع'], {
		ar: ['وزير الدفاع', 'وزراء الدفاع', 'وزيرة الدفاع'],
		fr: ['ministre de la Défense', 'ministre des Armées', 'ministère des Armées'],
		en: ['defence ministry', 'defense ministry', 'defense secretary', 'defence minister', 'defense minister']
	}),
	concept('interior-ministry', ['ministry of the interior', "ministère de l'Intérieur", 'وزارة الداخلية'], {
		ar: ['وزير الداخلية', 'وزيرة الداخلية', 'وزراء الداخلية'],
		fr: ["ministre de l'Intérieur", "ministres de l'Intérieur"],
		en: ['interior ministry', 'interior minister', 'home office', 'home secretary']
	}),
	concept('national-security', ['national security', 'sécurité nationale', 'الأمن القومي'], {
		ar: ['الأمن الوطني', 'أمن الدولة', 'الأمن الداخلي', 'مجلس الأمن القومي', 'الأمن العام'],
		fr: ["sûreté de l'État", 'sécurité intérieure', 'sûreté nationale', 'atteinte à la sûreté'],
		en: ['homeland security', 'state security']
	}),
	concept('security-threat', ['security threat', 'menace', 'تهديد أمني'], {
		ar: [
			'تهديدات أمنية',
			'التهديدات الأمنية',
			'تهديد',
			'تهديدات',
			'التهديدات',
			'التهديد الإرهابي',
			'خطر إرهابي',
			'الخطر الإرهابي'
		],
		fr: ['menaces', 'menace terroriste', 'risque terroriste', 'menace sécuritaire'],
		en: ['threat', 'threats', 'terror threat']
	}),
	concept('alert-level', ['alert level', "niveau d'alerte", 'حالة تأهب'], {
		ar: [
			'حالة التأهب',
			'حالة الطوارئ',
			'حالة طوارئ',
			'التأهب',
			'استنفار',
			'الاستنفار',
			'الاستنفار الأمني',
			'رفع درجة التأهب'
		],
		fr: ["état d'urgence", 'vigipirate', 'alerte maximale', "état d'alerte", 'urgence attentat'],
		en: ['state of emergency', 'high alert']
	}),
	concept('security-measures', ['security measures', 'mesures de sécurité', 'إجراءات أمنية'], {
		ar: [
			'الإجراءات الأمنية',
			'التدابير الأمنية',
			'تدابير أمنية',
			'تعزيزات أمنية',
			'التعزيزات الأمنية',
			'طوق أمني',
			'تشديد الإجراءات'
		],
		fr: ['dispositif de sécurité', 'renforcement de la sécurité', 'périmètre de sécurité', 'dispositif sécuritaire'],
		en: ['security measure', 'tightened security']
	}),
	concept('checkpoint', ['checkpoint', 'point de contrôle', 'حاجز أمني'], {
		ar: ['حواجز', 'الحواجز', 'حاجز', 'نقطة تفتيش', 'نقاط تفتيش', 'نقاط التفتيش', 'كمين', 'كمائن'],
		fr: ['points de contrôle', 'barrage', 'barrages', 'check-point', 'embuscade', 'embuscades'],
		en: ['checkpoints', 'ambush']
	}),
	concept('border', ['border', 'frontière', 'حدود'], {
		ar: ['الحدود', 'الحدودية', 'حدودية', 'الحدودي', 'المعابر', 'معبر', 'المعبر', 'معابر', 'الشريط الحدودي'],
		fr: ['frontières', 'frontalier', 'frontalière', 'contrôles aux frontières', 'poste-frontière'],
		en: ['borders', 'border crossing']
	}),
	concept('migration', ['migrants', 'migrants', 'مهاجرين'], {
		ar: [
			'المهاجرين',
			'مهاجرون',
			'المهاجرون',
			'الهجرة',
			'هجرة',
			'الهجرة غير الشرعية',
			'الهجرة السرية',
			'مهاجر',
			'المهاجر'
		],
		fr: ['migrant', 'migration', 'migrations', 'immigration', 'immigration clandestine', 'clandestins', 'sans-papiers'],
		en: ['migrant', 'migration', 'illegal immigration']
	}),
	concept('refugee', ['refugee', 'réfugié', 'لاجئ'], {
		ar: [
			'لاجئين',
			'اللاجئين',
			'لاجئون',
			'اللاجئون',
			'اللاجئ',
			'النازحين',
			'نازحين',
			'مخيم اللاجئين',
			'مخيمات اللاجئين',
			'طالبي اللجوء',
			'اللجوء',
			'لجوء'
		],
		fr: ['réfugiés', 'réfugiée', 'réfugiées', "demandeur d'asile", "demandeurs d'asile", 'asile', 'camp de réfugiés'],
		en: ['refugees', 'asylum seeker', 'asylum seekers', 'asylum']
	}),
	concept('smuggling', ['smuggling', 'contrebande', 'تهريب'], {
		ar: [
			'التهريب',
			'مهربين',
			'المهربين',
			'مهربون',
			'شبكات التهريب',
			'تهريب البشر',
			'الاتجار بالبشر',
			'تجار المخدرات',
			'المخدرات',
			'مخدرات'
		],
		fr: [
			'trafic',
			'trafics',
			'trafiquant',
			'trafiquants',
			'passeur',
			'passeurs',
			'trafic de drogue',
			'stupéfiants',
			'traite des êtres humains'
		],
		en: ['smugglers', 'trafficking', 'drug trafficking', 'human trafficking']
	}),
	concept('organised-crime', ['organised crime', 'crime organisé', 'الجريمة المنظمة'], {
		ar: ['جريمة منظمة', 'عصابات', 'العصابات', 'عصابة', 'العصابة', 'مافيا', 'المافيا', 'شبكة إجرامية', 'شبكات إجرامية'],
		fr: [
			'criminalité organisée',
			'mafia',
			'mafias',
			'gang',
			'gangs',
			'réseau criminel',
			'réseaux criminels',
			'bande organisée'
		],
		en: ['organized crime', 'criminal network', 'gangs']
	}),
	concept('money-laundering', ['money laundering', "blanchiment d'argent", 'غسيل الأموال'], {
		ar: ['غسل الأموال', 'تبييض الأموال', 'تمويل الإرهاب', 'تمويل الجماعات الإرهابية'],
		fr: ['blanchiment', 'financement du terrorisme', 'financement terroriste'],
		en: ['terrorist financing', 'terror financing', 'laundering']
	}),
	concept('sanctions', ['sanctions', 'sanctions', 'عقوبات'], {
		ar: [
			'العقوبات',
			'عقوبات اقتصادية',
			'العقوبات الاقتصادية',
			'حظر',
			'الحظر',
			'تجميد الأصول',
			'القائمة السوداء',
			'فرض عقوبات'
		],
		fr: ['sanction', 'embargo', 'gel des avoirs', 'liste noire', 'mesures restrictives'],
		en: ['sanction', 'embargo', 'asset freeze', 'blacklist', 'blacklisted']
	}),
	concept('diplomatic-expulsion', ['expulsion of diplomats', 'expulsion de diplomates', 'طرد دبلوماسيين'], {
		ar: [
			'طرد الدبلوماسيين',
			'طرد دبلوماسي',
			'قطع العلاقات',
			'قطع العلاقات الدبلوماسية',
			'استدعاء السفير',
			'أشخاص غير مرغوب فيهم'
		],
		fr: [
			'diplomates expulsés',
			'expulse des diplomates',
			'rupture des relations diplomatiques',
			'persona non grata',
			"rappel de l'ambassadeur"
		],
		en: ['expelled diplomats', 'persona non grata', 'diplomatic expulsion', 'severed ties']
	}),

	// — Justice —
	concept('arrest', ['arrest', 'arrestation', 'اعتقال'], {
		ar: [
			'الاعتقال',
			'اعتقالات',
			'اعتقل',
			'اعتقلت',
			'معتقل',
			'معتقلين',
			'المعتقلين',
			'توقيف',
			'التوقيف',
			'موقوفين',
			'الموقوفين',
			'القبض',
			'القبض على',
			'ألقت القبض',
			'إلقاء القبض',
			'احتجاز',
			'الاحتجاز',
			'محتجز',
			'مداهمة',
			'مداهمات',
			'المداهمات'
		],
		fr: [
			'arrestations',
			'arrêté',
			'arrêtés',
			'interpellé',
			'interpellés',
			'interpellation',
			'interpellations',
			'garde à vue',
			'placé en garde à vue',
			'perquisition',
			'perquisitions',
			'coup de filet'
		],
		en: ['arrested', 'arrests', 'detained', 'raid', 'raids']
	}),
	concept('suspect', ['suspect', 'suspect', 'مشتبه'], {
		ar: [
			'المشتبه',
			'مشتبه به',
			'المشتبه به',
			'المشتبه بهم',
			'مشتبه بهم',
			'مشتبه فيهم',
			'المشتبه فيهم',
			'متهم',
			'المتهم',
			'متهمين',
			'المتهمين',
			'المتهمون'
		],
		fr: ['suspects', 'suspecte', 'prévenu', 'prévenus', 'accusé', 'accusés', 'mis en examen', 'mise en examen'],
		en: ['suspects', 'accused', 'defendant', 'defendants']
	}),
	concept('investigation', ['investigation', 'enquête', 'تحقيق'], {
		ar: ['التحقيق', 'التحقيقات', 'تحقيقات', 'المحققين', 'محققين', 'المحققون', 'تحريات', 'التحريات'],
		fr: ['enquêtes', 'enquêteur', 'enquêteurs', 'investigation', 'investigations', 'information judiciaire'],
		en: ['investigations', 'investigators', 'probe', 'inquiry']
	}),
	concept('prosecutor', ['prosecutor', 'procureur', 'النيابة العامة'], {
		ar: ['المدعي العام', 'مدعي عام', 'الادعاء العام', 'النائب العام', 'قاضي التحقيق', 'قاضي'],
		fr: [
			'procureurs',
			'parquet',
			"juge d'instruction",
			"juges d'instruction",
			'ministère public',
			'magistrat',
			'magistrats',
			'juge',
			'juges'
		],
		en: ['prosecutors', 'attorney general', 'judge', 'judges', 'prosecution']
	}),
	concept('charges', ['criminal charges', 'inculpation', 'تهمة'], {
		ar: [
			'تهم',
			'التهم',
			'التهمة',
			'لائحة اتهام',
			'لائحة الاتهام',
			'توجيه اتهامات',
			'اتهامات',
			'الاتهامات',
			'وجهت إليه'
		],
		fr: [
			'inculpé',
			'inculpés',
			'inculpée',
			"chef d'accusation",
			"chefs d'accusation",
			"acte d'accusation",
			'association de malfaiteurs',
			'association de malfaiteurs terroriste'
		],
		en: ['indictment', 'indicted']
	}),
	concept('trial', ['trial', 'procès', 'محاكمة'], {
		ar: ['المحاكمة', 'محاكمات', 'المحاكمات', 'يحاكم', 'جلسة المحاكمة', 'جلسات المحاكمة', 'مثل أمام'],
		fr: ['procès', 'audience', 'audiences', 'comparution', 'comparaît'],
		en: ['trials', 'hearing']
	}),
	concept('court', ['court', 'tribunal', 'محكمة'], {
		ar: ['المحكمة', 'القضاء', 'قضائي', 'القضائية', 'قضائية', 'محكمة الجنايات', 'المحكمة العليا', 'محكمة أمن الدولة'],
		fr: [
			'tribunaux',
			'cour',
			"cour d'assises",
			"cour d'appel",
			'justice',
			'judiciaire',
			'cour de cassation',
			"Conseil d'État"
		],
		en: ['courts', 'tribunal', 'judiciary', 'supreme court']
	}),
	concept('sentence', ['sentence', 'condamnation', 'حكم قضائي'], {
		ar: ['أحكام', 'الأحكام', 'الحكم بالسجن', 'حكم بالسجن', 'أحكاما', 'مدان', 'بالسجن'],
		fr: [
			'condamné',
			'condamnés',
			'condamnée',
			'condamnations',
			'peine de prison',
			'réclusion',
			'réclusion criminelle',
			'perpétuité',
			'verdict'
		],
		en: ['sentenced', 'convicted', 'conviction', 'verdict', 'jail term']
	}),
	concept('death-penalty', ['death penalty', 'peine de mort', 'الإعدام'], {
		ar: ['إعدام', 'حكم الإعدام', 'أحكام الإعدام', 'أعدم', 'إعدامات', 'الإعدامات', 'شنق', 'الشنق'],
		fr: ['exécution', 'exécutions', 'exécuté', 'condamné à mort', 'condamnés à mort', 'pendaison'],
		en: ['execution', 'executions', 'executed', 'death sentence']
	}),
	concept('prison', ['prison', 'prison', 'سجن'], {
		ar: ['السجن', 'سجون', 'السجون', 'سجين', 'السجين', 'سجناء', 'السجناء', 'مركز احتجاز', 'زنزانة'],
		fr: [
			'prisons',
			'prisonnier',
			'prisonniers',
			'incarcéré',
			'incarcérés',
			'incarcération',
			'pénitentiaire',
			'centre de détention',
			'milieu carcéral'
		],
		en: ['prisons', 'prisoner', 'prisoners', 'jail', 'inmates', 'incarcerated']
	}),
	concept('prison-break', ['prison break', 'évasion', 'هروب من السجن'], {
		ar: ['الفرار من السجن', 'فرار سجناء', 'هروب سجناء'],
		fr: ['évasions', 'évadé', 'évadés', "s'évader"],
		en: ['jailbreak', 'escaped']
	}),
	concept('extradition', ['extradition', 'extradition', 'تسليم المطلوبين'], {
		ar: ['ترحيل', 'الترحيل', 'طلب تسليم', 'تسليم المتهم'],
		fr: [
			'extradé',
			'extradée',
			'extrader',
			"demande d'extradition",
			'expulsion',
			'expulsé',
			'expulsés',
			'reconduit à la frontière'
		],
		en: ['extradited', 'deportation', 'deported', 'extradite']
	}),
	concept('wanted', ['wanted', 'recherché', 'مطلوب للعدالة'], {
		ar: [
			'المطلوبين',
			'مطلوبين',
			'مذكرة توقيف',
			'مذكرة اعتقال',
			'مذكرات توقيف',
			'النشرة الحمراء',
			'فارين',
			'الفارين',
			'هارب',
			'الهاربين'
		],
		fr: [
			'recherchés',
			"mandat d'arrêt",
			"mandats d'arrêt",
			'avis de recherche',
			'notice rouge',
			'en fuite',
			'fugitif',
			'fugitifs',
			'cavale'
		],
		en: ['arrest warrant', 'fugitive', 'fugitives', 'red notice', 'most wanted']
	}),
	concept('law', ['legislation', 'projet de loi', 'مشروع قانون'], {
		ar: ['قانون', 'القانون', 'قوانين', 'القوانين', 'تشريع', 'التشريعات', 'تشريعات', 'مرسوم', 'المرسوم'],
		fr: ['loi', 'lois', 'législation', 'décret', 'décrets', 'proposition de loi', 'texte de loi'],
		en: ['law', 'laws', 'bill', 'decree']
	}),
	concept('human-rights', ['human rights', "droits de l'homme", 'حقوق الإنسان'], {
		ar: [
			'حقوق الانسان',
			'انتهاكات حقوق الإنسان',
			'الحريات',
			'الحريات العامة',
			'منظمات حقوقية',
			'ناشط حقوقي',
			'نشطاء حقوقيين'
		],
		fr: [
			'droits humains',
			'libertés publiques',
			'libertés individuelles',
			'ONG de défense des droits',
			'militant des droits'
		],
		en: ['civil liberties', 'rights groups', 'human rights activists']
	}),
	concept('torture', ['torture', 'torture', 'تعذيب'], {
		ar: ['التعذيب', 'سوء المعاملة', 'المعاملة المهينة'],
		fr: ['torturé', 'torturés', 'tortures', 'mauvais traitements', 'sévices'],
		en: ['tortured', 'ill-treatment', 'abuse']
	}),
	concept('journalist', ['journalist', 'journaliste', 'صحفي'], {
		ar: [
			'صحفيين',
			'الصحفيين',
			'صحفيون',
			'الصحفيون',
			'صحافي',
			'صحافيين',
			'الصحافيين',
			'الصحافي',
			'الصحفي',
			'صحفية',
			'الصحفية'
		],
		fr: ['journalistes'],
		en: ['journalists']
	}),
	concept('activist', ['activist', 'militant', 'ناشط'], {
		ar: ['نشطاء', 'النشطاء', 'ناشطين', 'الناشطين', 'ناشطون', 'ناشطة', 'الناشطة'],
		fr: [
			'militants',
			'militante',
			'militantes',
			'activiste',
			'activistes',
			'opposant',
			'opposants',
			'dissident',
			'dissidents'
		],
		en: ['activists', 'dissident', 'dissidents', 'opposition figure']
	}),
	concept('assassination', ['assassination', 'assassinat', 'اغتيال'], {
		ar: ['الاغتيال', 'اغتيالات', 'الاغتيالات', 'اغتال', 'محاولة اغتيال', 'عملية اغتيال'],
		fr: [
			'assassinats',
			'assassiné',
			'assassinée',
			"tentative d'assassinat",
			'élimination ciblée',
			'exécution extrajudiciaire'
		],
		en: ['assassinated', 'assassination attempt', 'targeted killing']
	}),
	concept('poisoning', ['poisoning', 'empoisonnement', 'تسميم'], {
		ar: ['التسميم', 'تسمم', 'مسموم'],
		fr: ['empoisonné', 'empoisonnée', 'empoisonnements', 'poison'],
		en: ['poisoned', 'poison']
	}),

	// — Politics, diplomacy tied to security —
	concept('diplomacy', ['diplomacy', 'diplomatie', 'دبلوماسية'], {
		ar: [
			'الدبلوماسية',
			'دبلوماسي',
			'الدبلوماسي',
			'دبلوماسيين',
			'الدبلوماسيين',
			'سفارة',
			'السفارة',
			'سفارات',
			'السفارات',
			'السفير',
			'سفير',
			'القنصلية'
		],
		fr: ['diplomatique', 'diplomate', 'diplomates', 'ambassade', 'ambassades', 'ambassadeur', 'consulat'],
		en: ['diplomatic', 'diplomat', 'diplomats', 'embassy', 'ambassador', 'consulate']
	}),
	concept('negotiations', ['negotiations', 'négociations', 'مفاوضات'], {
		ar: ['المفاوضات', 'تفاوض', 'التفاوض', 'محادثات السلام', 'مباحثات', 'المباحثات', 'وساطة', 'الوساطة'],
		fr: ['négociation', 'pourparlers', 'médiation', 'négocier'],
		en: ['negotiation', 'talks', 'peace talks', 'mediation']
	}),
	concept('peace-agreement', ['peace agreement', 'accord de paix', 'اتفاق سلام'], {
		ar: ['اتفاق السلام', 'اتفاقية سلام', 'اتفاقية السلام', 'عملية السلام', 'مصالحة', 'المصالحة', 'المصالحة الوطنية'],
		fr: ['accords de paix', 'processus de paix', 'réconciliation', 'réconciliation nationale'],
		en: ['peace deal', 'peace process', 'reconciliation']
	}),
	concept('international-cooperation', ['security cooperation', 'coopération sécuritaire', 'تعاون أمني'], {
		ar: [
			'التعاون الأمني',
			'التنسيق الأمني',
			'تنسيق أمني',
			'تبادل المعلومات',
			'تبادل المعلومات الاستخباراتية',
			'التعاون الاستخباراتي'
		],
		fr: [
			'coopération antiterroriste',
			'coopération policière',
			"échange d'informations",
			'échange de renseignements',
			'partage de renseignements'
		],
		en: ['intelligence sharing', 'security cooperation', 'information sharing']
	}),
	concept('coup', ["coup d'état", "coup d'État", 'انقلاب'], {
		ar: ['الانقلاب', 'انقلاب عسكري', 'محاولة انقلاب', 'المحاولة الانقلابية', 'الانقلابية', 'انقلابيين', 'الانقلابيين'],
		fr: ["coup d'etat", 'putsch', 'putschistes', "tentative de coup d'État", 'junte'],
		en: ['coup', 'coup attempt', 'junta', 'putsch']
	}),
	concept('protest', ['protest', 'manifestation', 'احتجاجات'], {
		ar: [
			'الاحتجاجات',
			'احتجاج',
			'الاحتجاج',
			'مظاهرات',
			'المظاهرات',
			'مظاهرة',
			'تظاهرات',
			'التظاهرات',
			'المحتجين',
			'محتجين',
			'متظاهرين',
			'المتظاهرين',
			'اعتصام'
		],
		fr: ['manifestations', 'manifestants', 'manifestant', 'émeutes', 'émeute', 'contestation', 'rassemblement'],
		en: ['protests', 'protesters', 'demonstration', 'demonstrators', 'riots']
	}),
	concept('religious-site', ['place of worship', 'lieu de culte', 'دور العبادة'], {
		ar: ['مسجد', 'المسجد', 'مساجد', 'المساجد', 'كنيسة', 'الكنيسة', 'كنائس', 'الكنائس', 'كنيس', 'معبد', 'دار عبادة'],
		fr: ['lieux de culte', 'mosquée', 'mosquées', 'église', 'églises', 'synagogue', 'synagogues'],
		en: ['mosque', 'mosques', 'church', 'churches', 'synagogue']
	}),
	concept('civilians', ['civilians', 'population civile', 'مدنيين'], {
		ar: ['المدنيين', 'مدنيون', 'المدنيون', 'السكان المدنيين', 'الأبرياء', 'أبرياء'],
		fr: ['=civils', 'populations civiles', 'innocents'],
		en: ['civilian', 'civilian population']
	}),
	concept('airport', ['airport', 'aéroport', 'مطار'], {
		ar: ['المطار', 'مطارات', 'المطارات', 'الطيران', 'طائرة ركاب', 'رحلة جوية', 'الرحلات الجوية'],
		fr: ['aéroports', 'aérien', 'aérienne', 'avion de ligne', 'compagnie aérienne'],
		en: ['airports', 'airline', 'flight', 'airliner']
	}),
	concept('hijacking', ['hijacking', 'détournement', 'اختطاف طائرة'], {
		ar: ['اختطاف الطائرة', 'اختطاف سفينة', 'القرصنة البحرية', 'قراصنة البحر'],
		fr: ["détournement d'avion", 'détourné', 'piraterie maritime', 'pirates somaliens'],
		en: ['hijacked', 'hijacker', 'hijackers', 'piracy at sea']
	}),
	concept('public-transport', ['public transport', 'transports en commun', 'وسائل النقل العام'], {
		ar: ['النقل العام', 'مترو', 'المترو', 'محطة القطار', 'القطار', 'قطار', 'الحافلة', 'حافلة'],
		fr: ['métro', 'gare', 'gares', 'bus', 'RER'],
		en: ['subway', 'metro', 'train station', 'bus']
	}),
	concept('crowd-event', ['public gathering', 'rassemblement public', 'تجمع جماهيري'], {
		ar: ['حفل', 'الحفل', 'حفلة', 'مهرجان', 'ملعب', 'الملعب', 'سوق شعبي', 'الأسواق'],
		fr: [
			'=concert',
			'=concerts',
			'festival',
			'festivals',
			'stade',
			'marché de Noël',
			'terrasse',
			'terrasses',
			'salle de spectacle'
		],
		en: ['concert', 'festival', 'stadium', 'crowd']
	}),
	concept('tourism', ['tourists', 'touristes', 'سياح'], {
		ar: ['السياح', 'سائح', 'السياحة', 'سياحة', 'السائحين', 'سائحين', 'منتجع', 'فندق', 'الفندق', 'فنادق'],
		fr: ['touriste', 'tourisme', 'hôtel', 'hôtels', 'station balnéaire'],
		en: ['tourist', 'tourism', 'hotel', 'resort']
	}),

	// — Identity, documents, tech misc —
	concept('passport', ['passport', 'passeport', 'جواز سفر'], {
		ar: ['جوازات سفر', 'جواز السفر', 'جوازات السفر', 'وثائق سفر', 'وثائق مزورة', 'جوازات مزورة', 'جواز مزور'],
		fr: ['passeports', 'faux papiers', 'faux passeport', 'faux passeports', 'titre de séjour'],
		en: ['passports', 'forged documents', 'fake passport']
	}),
	concept('nationality', ['citizenship', 'nationalité', 'جنسية'], {
		ar: ['الجنسية', 'سحب الجنسية', 'إسقاط الجنسية', 'مزدوجي الجنسية', 'جنسيات'],
		fr: ['déchéance de nationalité', 'binationaux', 'binational', 'double nationalité'],
		en: ['nationality', 'stripped of citizenship', 'dual nationals']
	}),
	concept('facial-recognition', ['facial recognition', 'reconnaissance faciale', 'التعرف على الوجه'], {
		ar: ['التعرف على الوجوه', 'بصمة الوجه', 'البصمات', 'بصمات', 'البيانات البيومترية', 'القياسات الحيوية'],
		fr: ['biométrie', 'biométrique', 'biométriques', 'empreintes digitales'],
		en: ['biometrics', 'biometric', 'fingerprints']
	}),
	concept('camera', ['surveillance camera', 'caméra de surveillance', 'كاميرات المراقبة'], {
		ar: ['كاميرا مراقبة', 'كاميرات مراقبة', 'كاميرات', 'الكاميرات', 'كاميرا'],
		fr: ['caméras de surveillance', 'vidéosurveillance', 'vidéo-surveillance', 'caméra', 'caméras'],
		en: ['CCTV', 'surveillance cameras', 'camera', 'cameras']
	}),
	concept('satellite', ['satellite', 'satellite', 'قمر صناعي'], {
		ar: ['أقمار صناعية', 'الأقمار الصناعية', 'القمر الصناعي', 'صور الأقمار الصناعية', 'أقمار اصطناعية'],
		fr: ['satellites', 'images satellites', 'imagerie satellitaire'],
		en: ['satellites', 'satellite images']
	}),
	concept('artificial-intelligence', ['artificial intelligence', 'intelligence artificielle', 'الذكاء الاصطناعي'], {
		ar: ['ذكاء اصطناعي', 'الخوارزميات', 'خوارزمية', 'خوارزميات'],
		fr: ['algorithme', 'algorithmes', 'IA'],
		en: ['algorithm', 'algorithms', 'AI', 'machine learning']
	}),
	concept('tech-company', ['tech companies', 'géants du numérique', 'شركات التكنولوجيا'], {
		ar: [
			'شركات التقنية',
			'شركات التكنولوجيا الكبرى',
			'عمالقة التكنولوجيا',
			'شركة تكنولوجيا',
			'شركات الإنترنت',
			'الشركات التكنولوجية'
		],
		fr: [
			'GAFA',
			'GAFAM',
			'géants du web',
			"géants de l'internet",
			'plateformes numériques',
			'entreprises technologiques'
		],
		en: ['big tech', 'tech giants', 'technology companies']
	}),
	concept('backdoor', ['backdoor', 'porte dérobée', 'باب خلفي'], {
		ar: ['الباب الخلفي', 'أبواب خلفية', 'ثغرة خلفية'],
		fr: ['portes dérobées', 'backdoor', 'backdoors'],
		en: ['backdoors', 'back door']
	}),
	concept('botnet', ['botnet', 'réseau de machines zombies', 'شبكة روبوتات'], {
		ar: ['شبكات الروبوتات', 'بوت نت', 'أجهزة مصابة', 'الأجهزة المصابة'],
		fr: ['botnets', 'machines zombies', 'ordinateurs zombies', 'réseau de zombies'],
		en: ['botnets', 'zombie computers']
	}),
	concept('takedown', ['takedown', 'démantèlement', 'تفكيك'], {
		ar: [
			'التفكيك',
			'تفكيك خلية',
			'تفكيك شبكة',
			'تفكيك خلايا',
			'أحبطت',
			'إحباط مخطط',
			'إحباط هجوم',
			'مخطط إرهابي',
			'مخططات إرهابية'
		],
		fr: [
			'démantelé',
			'démantelée',
			'démanteler',
			'déjoué',
			'déjoués',
			'attentat déjoué',
			"projet d'attentat",
			"projets d'attentats",
			'complot',
			'complots'
		],
		en: ['dismantled', 'foiled', 'foiled plot', 'terror plot', 'plot']
	}),
	concept('threat-actor-state', ['state-sponsored', 'soutenu par un État', 'مدعوم من الدولة'], {
		ar: ['مدعومة من الدولة', 'برعاية الدولة', 'مدعومون من الحكومة', 'تابعين للحكومة', 'مرتبطة بالحكومة'],
		fr: ['soutenus par un État', 'parrainé par un État', 'liés à un État', 'commandité par un État'],
		en: ['state sponsored', 'nation-state', 'government-backed']
	}),
	concept('attribution', ['attribution', 'attribution', 'نسب الهجوم'], {
		ar: ['يقف وراء', 'تقف وراء', 'يقفون وراء', 'المسؤولية عن الهجوم', 'حملت المسؤولية'],
		fr: ['imputé', 'imputée', 'attribué à', 'attribuée à', "accusé d'être derrière", "derrière l'attaque"],
		en: ['attributed', 'blamed', 'behind the attack']
	}),
	concept('sabotage', ['sabotage', 'sabotage', 'تخريب'], {
		ar: ['التخريب', 'عمل تخريبي', 'أعمال تخريبية', 'تخريبية', 'تخريبي'],
		fr: ['saboter', 'saboté', 'acte de sabotage'],
		en: ['sabotaged']
	}),
	concept('hybrid-warfare', ['hybrid warfare', 'guerre hybride', 'حرب هجينة'], {
		ar: ['الحرب الهجينة', 'حرب المعلومات', 'الحرب النفسية', 'حرب نفسية'],
		fr: ["guerre de l'information", 'guerre psychologique', 'menace hybride'],
		en: ['information warfare', 'psychological warfare', 'hybrid threat']
	}),
	concept('cyber-defence', ['cyber defence', 'cyberdéfense', 'الدفاع السيبراني'], {
		ar: ['دفاع سيبراني', 'الدفاع الإلكتروني', 'القيادة السيبرانية', 'الجيش الإلكتروني', 'الجيوش السيبرانية'],
		fr: ['cyber-défense', 'commandement cyber', 'cybercommandement', 'cyberarmée'],
		en: ['cyber defense', 'cyber command', 'cyber army']
	}),
	concept('encryption-key', ['decryption', 'déchiffrement', 'فك التشفير'], {
		ar: ['فك الشفرة', 'مفتاح التشفير', 'مفاتيح التشفير', 'فك تشفير'],
		fr: ['décrypter', 'décryptage', 'clé de chiffrement', 'clés de chiffrement', 'déchiffrer'],
		en: ['decrypt', 'encryption key', 'encryption keys']
	}),
	concept('telecom', ['telecommunications', 'télécommunications', 'شركات الاتصالات'], {
		ar: ['شركة الاتصالات', 'شبكة الاتصالات', 'شبكات الاتصالات', 'شركات الهاتف'],
		fr: [
			'télécoms',
			'opérateur téléphonique',
			'opérateurs téléphoniques',
			'opérateurs télécoms',
			'réseau téléphonique'
		],
		en: ['telecom', 'telecoms', 'telecom operator', 'carrier']
	}),
	concept('sim-card', ['SIM card', 'carte SIM', 'شريحة اتصال'], {
		ar: ['شرائح الاتصال', 'بطاقة سيم', 'شريحة الهاتف'],
		fr: ['cartes SIM', 'puce téléphonique'],
		en: ['SIM cards']
	}),
	concept('geolocation', ['geolocation', 'géolocalisation', 'تحديد الموقع'], {
		ar: ['تحديد المواقع', 'تتبع', 'التتبع', 'تعقب', 'التعقب', 'نظام تحديد المواقع', 'جي بي إس', 'الموقع الجغرافي'],
		fr: ['géolocalisé', 'géolocaliser', 'traçage', 'pistage', 'GPS'],
		en: ['tracking', 'location data', 'GPS', 'tracked']
	}),
	concept('anonymity', ['anonymity', 'anonymat', 'إخفاء الهوية'], {
		ar: [
			'مجهولي الهوية',
			'هويات مزيفة',
			'هوية مزيفة',
			'أسماء مستعارة',
			'اسم مستعار',
			'الشبكات الافتراضية الخاصة',
			'في بي إن'
		],
		fr: [
			'anonymes',
			'anonyme',
			'pseudonyme',
			'pseudonymes',
			'VPN',
			'réseau Tor',
			'fausse identité',
			'fausses identités'
		],
		en: ['anonymous', 'pseudonym', 'VPN', 'fake identity']
	}),
	concept('content-moderation', ['content moderation', 'modération des contenus', 'حذف المحتوى'], {
		ar: [
			'حذف الحسابات',
			'إغلاق الحسابات',
			'حذف المنشورات',
			'تعليق الحسابات',
			'حذف المحتويات',
			'إزالة المحتوى',
			'حظر الحسابات',
			'تعليق حساب'
		],
		fr: [
			'suppression des contenus',
			'retrait des contenus',
			'comptes suspendus',
			'comptes supprimés',
			'modération',
			'retrait de contenus'
		],
		en: ['takedown of content', 'suspended accounts', 'removed content', 'moderation']
	})
];
