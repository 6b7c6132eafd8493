/**
 * Word senses and topics: the context that decides what a threat word or a short name means.
 * Data only; the rules that read it are in src/lib/facets/threat-score.ts and extract-facets.ts.
 *
 * Each word below is analysed with the project's chain (Arabic or French by script) and compared
 * by stem with the tokens around a mention, so one form covers clitics and inflections.
 */
import type { ActorType, ProductType, ThreatId } from './types';

export interface SenseRule {
	threat: ThreatId;
	/** Trigger aliases of that threat (as written in threats.ts) the rule applies to. */
	triggers: string[];
	/** The trigger counts only with one of these words near it (same line, SENSE_WINDOW tokens). */
	needs?: string[];
	/** The trigger does not count with one of these words near it. */
	unless?: string[];
}

/** Words a threat trigger needs near it to be read in its cyber sense. */
const COMPUTING = [
	'إلكتروني',
	'الإلكترونية',
	'الكمبيوتر',
	'كمبيوتر',
	'حاسوب',
	'الحواسيب',
	'أجهزة',
	'برامج',
	'برمجيات',
	'بيانات',
	'شبكات',
	'الشبكة',
	'ملفات',
	'الإنترنت',
	'أنظمة',
	'خوادم',
	'قراصنة',
	'قرصنة',
	'هاكرز',
	'حسابات',
	'موقع',
	'مواقع',
	'البريد',
	'تطبيق',
	'الهواتف',
	'سيبراني',
	'تشفير',
	'informatique',
	'informatiques',
	'ordinateur',
	'ordinateurs',
	'logiciel',
	'logiciels',
	'fichiers',
	'données',
	'serveurs',
	'réseau',
	'réseaux',
	'internet',
	'pirates',
	'piratage',
	'hackers',
	'cyberattaque',
	'messagerie',
	'courriel',
	'comptes',
	'site',
	'sites',
	'chiffrement',
	'bitcoins',
	'cyber'
];

const KIDNAPPING = [
	'خطف',
	'اختطاف',
	'مختطف',
	'المختطفين',
	'الخاطفين',
	'رهائن',
	'رهينة',
	'محتجز',
	'المحتجزين',
	'أسير',
	'الأسرى',
	'otage',
	'otages',
	'enlèvement',
	'enlevé',
	'enlevés',
	'kidnapping',
	'kidnappé',
	'ravisseurs',
	'séquestré',
	'séquestration',
	'captivité'
];

const BIOLOGY = [
	'كورونا',
	'إنفلونزا',
	'الطيور',
	'مرض',
	'الأمراض',
	'وباء',
	'عدوى',
	'لقاح',
	'المرضى',
	'الصحة',
	'مستشفى',
	'إيبولا',
	'الإيدز',
	'الكبد',
	'زيكا',
	'المصابين',
	'إصابة',
	'كوفيد',
	'grippe',
	'covid',
	'coronavirus',
	'épidémie',
	'pandémie',
	'maladie',
	'vaccin',
	'patients',
	'santé',
	'hôpital',
	'ebola',
	'sida',
	'vih',
	'contamination',
	'cas',
	'hépatite'
];

const SEA_OR_SCREEN = [
	'سفن',
	'سفينة',
	'بحري',
	'البحر',
	'السواحل',
	'الصومال',
	'عدن',
	'ناقلة',
	'الملاحة',
	'البث',
	'بث',
	'قنوات',
	'قناة',
	'مباريات',
	'المباراة',
	'أفلام',
	'حقوق',
	'navire',
	'navires',
	'maritime',
	'bateau',
	'golfe',
	'somalie',
	'films',
	'télévision',
	'chaînes',
	'streaming',
	'téléchargement',
	'contrefaçon',
	'musique',
	'auteur'
];

export const SENSE_RULES: SenseRule[] = [
	// فدية / rançon: a kidnapping ransom unless computers are around.
	{
		threat: 'ransomware',
		triggers: ['فدية', 'الفدية', 'rançon', 'ransom'],
		needs: COMPUTING,
		unless: KIDNAPPING
	},
	// قرصنة / pirates: sea piracy and TV/film piracy are not cyberattacks.
	{
		threat: 'cyberattack',
		triggers: ['قرصنة', 'القرصنة', 'قراصنة', 'pirates', 'pirater', 'piraté', 'piratage'],
		unless: SEA_OR_SCREEN
	},
	// اختراق: a political or military "breakthrough" or "breach" unless computers are around.
	{ threat: 'cyberattack', triggers: ['اختراق', 'الاختراق'], needs: COMPUTING },
	// فيروس / virus: biological unless computers are around.
	{ threat: 'malware', triggers: ['فيروس', 'فيروسات', 'virus'], needs: COMPUTING, unless: BIOLOGY },
	// fuite / تسريب: fleeing, gas or water leaks, leaked exams, leaks to the press.
	{
		threat: 'data-breach',
		triggers: ['fuite', 'تسريب', 'leak'],
		needs: [
			'données',
			'fichiers',
			'comptes',
			'mots',
			'clients',
			'utilisateurs',
			'بيانات',
			'البيانات',
			'حسابات',
			'المستخدمين',
			'العملاء',
			'data'
		],
		unless: ['امتحان', 'الامتحانات', 'الباكالوريا', 'أسئلة', 'examen', 'bac', 'sujets', 'gaz', 'eau']
	},
	// écoutes: music and listening unless phones and surveillance are around.
	{
		threat: 'espionage',
		triggers: ['=écoutes', 'écoute téléphonique'],
		needs: [
			'téléphoniques',
			'téléphonique',
			'interceptions',
			'surveillance',
			'renseignement',
			'espionnage',
			'NSA',
			'micros'
		]
	},
	// spies in fiction.
	{
		threat: 'espionage',
		triggers: ['espion', 'espions', 'جاسوس', 'الجواسيس', 'جواسيس', 'spy', 'spies'],
		unless: [
			'film',
			'films',
			'roman',
			'série',
			'acteur',
			'cinéma',
			'فيلم',
			'أفلام',
			'مسلسل',
			'رواية',
			'الممثل',
			'السينما'
		]
	},
	// تصيد: fault-finding ("تصيد الأخطاء"), fishing in troubled waters, hunting.
	{
		threat: 'phishing',
		triggers: ['تصيد', 'التصيد'],
		needs: ['رسائل', 'البريد', 'روابط', 'رابط', 'احتيال', 'حسابات', 'مصرفية', 'المرور', 'بيانات', 'إلكتروني'],
		unless: ['الأخطاء', 'أخطاء', 'الماء', 'العكر', 'السمك', 'الأسماك']
	},
	// حجب الخدمة / رفض الخدمة also mean blocking a service (Telegram) or refusing to serve someone.
	{
		threat: 'ddos',
		triggers: ['حجب الخدمة', 'رفض الخدمة', 'الحرمان من الخدمة'],
		needs: ['هجوم', 'هجمات', 'هجمة', 'إغراق', 'خوادم', 'قراصنة', 'مواقع', 'DDoS']
	},
	// "تنظيم الإخوان الإرهابي": the label some governments and their media attach to the Muslim
	// Brotherhood, a political movement; the label words next to it are rhetoric, not evidence.
	{
		threat: 'terrorism',
		triggers: [
			'إرهاب',
			'الإرهاب',
			'إرهابي',
			'الإرهابية',
			'إرهابيين',
			'الإرهابيون',
			'إرهابيا',
			'إرهابيو',
			'تنظيم إرهابي',
			'التنظيمات الإرهابية'
		],
		unless: ['الإخوان']
	},
	// "attentat à la pudeur" is indecent assault.
	{ threat: 'terrorism', triggers: ['attentat', 'attentats'], unless: ['pudeur'] }
];

/** Tokens on each side of a trigger searched for sense words (within its line). */
export const SENSE_WINDOW = 12;

export type TopicId = 'sport' | 'culture' | 'health' | 'markets';

/**
 * Topic words are compared by stem, so a word whose stem is also a common word of security news
 * is left out: الدوري → دور "role", العملات → عمل "operation", عدوى → عدو "enemy", أهداف
 * "targets", تداول "circulated", coupe → coup (d'État), but "aim", cours "au cours de", actions,
 * marchés → marche "march", réalisateur → réaliser, acteur "stakeholder", chanteur → chant.
 *
 * Topics whose vocabulary borrows threat words ("hat-trick assassin", a spy film, a virus, a
 * ransom in bitcoin prices): an article about one of them needs its threat named in the title
 * or much more evidence (see threat-score.ts).
 */
export const TOPICS: Record<TopicId, string[]> = {
	sport: [
		'مباراة',
		'مباريات',
		'المنتخب',
		'البطولة',
		'اللاعب',
		'لاعب',
		'مدرب',
		'كأس',
		'ملعب',
		'نادي',
		'الهداف',
		'الفيفا',
		'match',
		'championnat',
		'ligue',
		'joueur',
		'joueurs',
		'entraîneur',
		'stade',
		'club',
		'footballeur',
		'buteur',
		'penalty',
		'tennis',
		'olympiques'
	],
	culture: [
		'فيلم',
		'مسلسل',
		'الممثل',
		'الممثلة',
		'المخرج',
		'السينما',
		'مهرجان',
		'المسرح',
		'أغنية',
		'المغني',
		'الفنان',
		'ألبوم',
		'film',
		'cinéma',
		'cinéaste',
		'comédien',
		'série',
		'festival',
		'chanson',
		'album',
		'concert',
		'théâtre',
		'roman'
	],
	health: [
		'مرض',
		'وباء',
		'الصحة',
		'لقاح',
		'المستشفى',
		'الأطباء',
		'المرضى',
		'كورونا',
		'maladie',
		'épidémie',
		'santé',
		'vaccin',
		'hôpital',
		'médecins',
		'patients',
		'contamination',
		'grippe',
		'covid'
	],
	markets: [
		'أسعار',
		'سعر',
		'الأسهم',
		'البورصة',
		'الأسواق',
		'الدولار',
		'المستثمرين',
		'بيتكوين',
		'bourse',
		'boursier',
		'actionnaires',
		'investisseurs',
		'cryptomonnaie',
		'cryptomonnaies',
		'bitcoin',
		'dollar'
	]
};

/**
 * Words that deny the threat a trigger names when they stand at most NEGATION_WINDOW (2) tokens before
 * it in the same clause: "ليست عملا إرهابيا", "لم يكن هجوما إرهابيا", "aucun caractère terroriste".
 * Left out: لا (لا يزال "still"), لم alone ("لم يسفر الهجوم الإرهابي عن قتلى" reports an attack),
 * pas ("n'a pas revendiqué l'attentat" reports one too).
 */
export const NEGATION_CUES: string[] = ['ليس', 'ليست', 'ليسا', 'يكن', 'تكن', 'aucun', 'aucune', 'nullement'];

/** Words shortly before a platform's name that make it a channel ("publié sur Twitter", "حسابه على تويتر"). */
export const CHANNEL_CUES: string[] = [
	'sur',
	'via',
	'compte',
	'page',
	'réseau',
	'tweet',
	'vidéo',
	'publiée',
	'publié',
	'post',
	'publication',
	'message',
	'live',
	'على',
	'عبر',
	'موقع',
	'حساب',
	'حسابه',
	'صفحته',
	'صفحة',
	'تغريدة',
	'منصة',
	'في'
];

/**
 * Words that, right before a name that is not enough on its own (a weak alias), say what kind of
 * entity it is: "حركة طالبان", "l'opérateur Orange", "le logiciel Pegasus".
 */
export const TYPE_CUES: Record<ActorType | ProductType, string[]> = {
	group: ['حركة', 'جماعة', 'تنظيم', 'ميليشيا', 'مجموعة', 'عصابة', 'groupe', 'mouvement', 'milice', 'gang', 'group'],
	company: ['شركة', 'مجموعة', 'مشغل', 'société', 'groupe', 'opérateur', 'entreprise', 'firme', 'company'],
	agency: ['وكالة', 'جهاز', 'agence', 'service', 'services'],
	'international-org': ['منظمة', 'organisation'],
	person: [],
	malware: ['فيروس', 'برنامج', 'برمجية', 'شبكة', 'virus', 'logiciel', 'botnet', 'malware', 'ver'],
	spyware: ['برنامج', 'برمجية', 'logiciel', 'spyware'],
	tool: ['برنامج', 'أداة', 'logiciel', 'outil', 'programme']
};
