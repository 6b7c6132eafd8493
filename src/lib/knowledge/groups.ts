/** Armed, terrorist, criminal and hacker groups (state-sponsored groups are groups). */
import { actor } from './define';
import type { KbEntry } from './types';

const LISTED: KbEntry[] = [
	// — Jihadist and armed groups —
	actor('isis', 'group', ['ISIS', 'État islamique', 'داعش'], {
		ar: [
			'تنظيم الدولة',
			'تنظيم الدولة الإسلامية',
			'=الدولة الإسلامية',
			'الدولة الإسلامية في العراق والشام',
			'دولة الخلافة',
			'تنظيم داعش',
			'الدواعش',
			'داعشي',
			'ولاية سيناء',
			'ولاية خراسان'
		],
		fr: [
			'Etat islamique',
			'État Islamique',
			'Daech',
			'Daesh',
			'Daech',
			'EI',
			'EIIL',
			'groupe État islamique',
			'organisation État islamique'
		],
		en: ['ISIL', 'IS', 'Islamic State', 'Daesh', 'Islamic State of Iraq and the Levant', 'ISIS-K']
	}),
	actor(
		'al-qaeda',
		'group',
		['al-Qaeda', 'Al-Qaïda', 'تنظيم القاعدة'],
		{
			ar: ['قاعدة الجهاد'],
			fr: ['Al-Qaida', 'Al Qaida', 'al-Qaïda', 'Al Qaïda', 'Al-Qaeda'],
			en: ['Al Qaeda', 'al-Qaida', 'Al-Qaeda']
		},
		{ weak: { ar: ['=القاعدة'] } }
	),
	actor('aqim', 'group', ['AQIM', 'AQMI', 'تنظيم القاعدة في بلاد المغرب الإسلامي'], {
		ar: ['القاعدة في بلاد المغرب الإسلامي', 'القاعدة في المغرب الإسلامي'],
		fr: ['Al-Qaïda au Maghreb islamique', 'Al-Qaida au Maghreb islamique'],
		en: ['al-Qaeda in the Islamic Maghreb']
	}),
	actor('aqap', 'group', ['AQAP', 'AQPA', 'تنظيم القاعدة في جزيرة العرب'], {
		ar: ['القاعدة في جزيرة العرب'],
		fr: ['Al-Qaïda dans la péninsule arabique'],
		en: ['al-Qaeda in the Arabian Peninsula']
	}),
	actor('jnim', 'group', ['JNIM', 'GSIM', 'جماعة نصرة الإسلام والمسلمين'], {
		fr: ["Groupe de soutien à l'islam et aux musulmans"],
		en: ['Group for the Support of Islam and Muslims']
	}),
	actor('boko-haram', 'group', ['Boko Haram', 'Boko Haram', 'بوكو حرام'], { ar: ['جماعة بوكو حرام'] }),
	actor('iswap', 'group', ['ISWAP', 'EIAO', 'ولاية غرب أفريقيا'], {
		fr: ["État islamique en Afrique de l'Ouest"],
		en: ['Islamic State West Africa Province']
	}),
	actor(
		'al-shabaab',
		'group',
		['al-Shabaab', 'Shebab', 'حركة الشباب'],
		{
			ar: ['حركة الشباب المجاهدين', 'الشباب المجاهدين', 'حركة الشباب الصومالية'],
			fr: ['shebab', 'Chabab', 'al-Shabab', 'Al-Shabaab', 'shebabs'],
			en: ['Al-Shabaab', 'al-Shabab', 'Shabaab']
		},
		{ ambiguous: true }
	),
	actor('hezbollah', 'group', ['Hezbollah', 'Hezbollah', 'حزب الله'], {
		ar: ['حزب الله اللبناني'],
		fr: ['Hizbollah', 'Hezbollah libanais'],
		en: ['Hizbollah', 'Hizballah']
	}),
	// حماس is also "enthusiasm" (حماسه "his enthusiasm"): the bare word needs context.
	actor(
		'hamas',
		'group',
		['Hamas', 'Hamas', 'حماس'],
		{
			ar: ['حركة حماس', 'حركة المقاومة الإسلامية', 'كتائب القسام', 'كتائب عز الدين القسام'],
			fr: ['Brigades Ezzedine al-Qassam'],
			en: ['Qassam Brigades']
		},
		{ weak: { ar: ['=حماس'] } }
	),
	actor('islamic-jihad', 'group', ['Palestinian Islamic Jihad', 'Jihad islamique', 'حركة الجهاد الإسلامي'], {
		ar: ['الجهاد الإسلامي', 'سرايا القدس'],
		fr: ['Jihad islamique palestinien'],
		en: ['Islamic Jihad']
	}),
	actor('houthis', 'group', ['Houthis', 'Houthis', 'الحوثيون'], {
		ar: ['الحوثيين', 'الحوثي', 'جماعة الحوثي', 'أنصار الله', 'ميليشيا الحوثي', 'ميليشيات الحوثي', 'الحوثية'],
		fr: ['Houthi', 'rebelles houthis', 'Ansar Allah'],
		en: ['Houthi', 'Ansar Allah']
	}),
	// طالبان stems to طالب ("student", يطالب "demands"): compared by surface.
	actor('taliban', 'group', ['Taliban', 'Taliban', 'طالبان'], {
		ar: ['=طالبان', 'حركة طالبان', 'طالبان باكستان'],
		fr: ['talibans', 'Talibans', 'taliban'],
		en: ['Taleban']
	}),
	actor('haqqani', 'group', ['Haqqani Network', 'Réseau Haqqani', 'شبكة حقاني'], { fr: ['Haqqani'], en: ['Haqqani'] }),
	actor('pkk', 'group', ['PKK', 'PKK', 'حزب العمال الكردستاني'], {
		ar: ['العمال الكردستاني'],
		fr: ['Parti des travailleurs du Kurdistan'],
		en: ["Kurdistan Workers' Party", 'Kurdistan Workers Party']
	}),
	actor('ypg', 'group', ['YPG', 'YPG', 'وحدات حماية الشعب'], {
		ar: ['وحدات حماية الشعب الكردية'],
		fr: ['Unités de protection du peuple'],
		en: ["People's Protection Units"]
	}),
	actor('sdf', 'group', ['Syrian Democratic Forces', 'Forces démocratiques syriennes', 'قوات سوريا الديمقراطية'], {
		ar: ['قسد'],
		fr: ['FDS'],
		en: ['SDF']
	}),
	actor('hts', 'group', ['Hayat Tahrir al-Sham', 'Hayat Tahrir al-Cham', 'هيئة تحرير الشام'], {
		ar: ['جبهة النصرة', 'جبهة فتح الشام'],
		fr: ['HTS', 'Front al-Nosra', 'Front al-Nusra', 'Fateh al-Cham', 'al-Nosra'],
		en: ['HTS', 'Jabhat al-Nusra', 'al-Nusra Front', 'Nusra Front', 'Jabhat Fateh al-Sham']
	}),
	actor('mek', 'group', ['Mujahedin-e-Khalq', 'Moudjahidine du peuple', 'مجاهدي خلق'], {
		ar: ['منظمة مجاهدي خلق', 'مجاهدو خلق', 'منظمة مجاهدي خلق الإيرانية'],
		fr: ['OMPI', 'Moudjahidines du peuple', 'MEK', 'Mojahedin-e Khalq'],
		en: ['MEK', 'MKO', 'PMOI', "People's Mujahedin", 'Mojahedin-e Khalq', 'Mujahedeen-e-Khalq']
	}),
	actor('muslim-brotherhood', 'group', ['Muslim Brotherhood', 'Frères musulmans', 'جماعة الإخوان المسلمين'], {
		ar: ['الإخوان المسلمين', 'الإخوان المسلمون', 'جماعة الإخوان', '=الإخوان'],
		fr: ['Frères Musulmans'],
		en: []
	}),
	actor('hashd', 'group', ['Popular Mobilization Forces', 'Hachd al-Chaabi', 'الحشد الشعبي'], {
		ar: ['قوات الحشد الشعبي'],
		fr: ['Unités de mobilisation populaire', 'Hachd'],
		en: ['PMF', 'Hashd al-Shaabi']
	}),
	actor('kataib-hezbollah', 'group', ['Kataib Hezbollah', 'Kataeb Hezbollah', 'كتائب حزب الله'], {
		ar: ['كتائب حزب الله العراقي', 'كتائب حزب الله العراقية'],
		fr: ['Kataëb Hezbollah', 'Kataib Hezbollah', 'Brigades du Hezbollah', 'Brigades Hezbollah', "Kata'ib Hezbollah"],
		en: ["Kata'ib Hezbollah", 'Hezbollah Brigades']
	}),
	actor('irgc', 'agency', ['IRGC', 'Gardiens de la révolution', 'الحرس الثوري'], {
		ar: ['الحرس الثوري الإيراني', 'فيلق القدس', 'الباسيج'],
		fr: ['Pasdaran', 'pasdarans', 'Corps des gardiens de la révolution islamique', 'force Qods'],
		en: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'Quds Force']
	}),
	actor('wagner', 'group', ['Wagner Group', 'Groupe Wagner', 'مجموعة فاغنر'], {
		ar: ['فاغنر', 'فاغنير'],
		fr: ['Wagner'],
		en: ['Wagner']
	}),
	actor('eta', 'group', ['ETA', 'ETA', 'منظمة إيتا'], {}),
	actor('ira', 'group', ['IRA', 'IRA', 'الجيش الجمهوري الأيرلندي'], { en: ['Irish Republican Army'] }),
	actor('abu-sayyaf', 'group', ['Abu Sayyaf', 'Abou Sayyaf', 'جماعة أبو سياف'], { ar: ['أبو سياف'] }),
	actor('lashkar-e-taiba', 'group', ['Lashkar-e-Taiba', 'Lashkar-e-Taïba', 'عسكر طيبة'], {
		ar: ['لشكر طيبة'],
		en: ['LeT']
	}),
	actor('jaish-e-mohammed', 'group', ['Jaish-e-Mohammed', 'Jaish-e-Mohammed', 'جيش محمد'], {}),
	actor('ansar-al-sharia', 'group', ['Ansar al-Sharia', 'Ansar al-Charia', 'أنصار الشريعة'], {}),
	actor('ansar-bait-al-maqdis', 'group', ['Ansar Bait al-Maqdis', 'Ansar Beït al-Maqdess', 'أنصار بيت المقدس'], {}),
	actor('mujao', 'group', ['MUJAO', 'Mujao', 'حركة التوحيد والجهاد في غرب أفريقيا'], {}),
	actor('ansar-dine', 'group', ['Ansar Dine', 'Ansar Dine', 'أنصار الدين'], {}),
	actor('polisario', 'group', ['Polisario Front', 'Front Polisario', 'جبهة البوليساريو'], {
		ar: ['البوليساريو'],
		fr: ['Polisario'],
		en: ['Polisario']
	}),
	actor('janjaweed-rsf', 'group', ['Rapid Support Forces', 'Forces de soutien rapide', 'قوات الدعم السريع'], {
		fr: ['FSR']
	}),
	actor('okba-ibn-nafaa', 'group', ['Okba Ibn Nafaa Brigade', 'Phalange Okba Ibn Nafaa', 'كتيبة عقبة بن نافع'], {}),
	actor('jund-al-khilafah', 'group', ['Jund al-Khilafah', 'Jund al-Khilafa', 'جند الخلافة'], {}),
	// — Cyber threat groups (state-sponsored or criminal) —
	actor('apt28', 'group', ['APT28', 'APT28', 'إيه بي تي 28'], {
		fr: ['Fancy Bear', 'Sofacy', 'Strontium'],
		en: ['Fancy Bear', 'Sofacy', 'Strontium', 'Pawn Storm', 'Forest Blizzard'],
		ar: ['فانسي بير', 'الدب الفاخر']
	}),
	actor('apt29', 'group', ['APT29', 'APT29', 'إيه بي تي 29'], {
		fr: ['Cozy Bear', 'Nobelium'],
		en: ['Cozy Bear', 'Nobelium', 'Midnight Blizzard', 'The Dukes'],
		ar: ['كوزي بير', 'نوبليوم']
	}),
	actor('sandworm', 'group', ['Sandworm', 'Sandworm', 'ساندورم'], { en: ['Voodoo Bear', 'Seashell Blizzard'] }),
	actor('turla', 'group', ['Turla', 'Turla', 'تورلا'], { en: ['Snake', 'Venomous Bear'] }),
	actor('lazarus', 'group', ['Lazarus Group', 'Groupe Lazarus', 'مجموعة لازاروس'], {
		ar: ['لازاروس', 'لازاروس الكورية'],
		fr: ['Lazarus'],
		en: ['Lazarus', 'Hidden Cobra', 'APT38']
	}),
	actor('kimsuky', 'group', ['Kimsuky', 'Kimsuky', 'كيمسوكي'], {}),
	actor('apt41', 'group', ['APT41', 'APT41', 'إيه بي تي 41'], { en: ['Double Dragon', 'Winnti', 'Barium'] }),
	actor('apt40', 'group', ['APT40', 'APT40', 'إيه بي تي 40'], {}),
	actor('apt10', 'group', ['APT10', 'APT10', 'إيه بي تي 10'], { en: ['Stone Panda', 'MenuPass'] }),
	actor('apt1', 'group', ['APT1', 'APT1', 'إيه بي تي 1'], { en: ['Comment Crew'] }),
	actor('volt-typhoon', 'group', ['Volt Typhoon', 'Volt Typhoon', 'فولت تايفون'], {}),
	actor('salt-typhoon', 'group', ['Salt Typhoon', 'Salt Typhoon', 'سولت تايفون'], {}),
	actor('hafnium', 'group', ['Hafnium', 'Hafnium', 'هافنيوم'], {}),
	actor('apt33', 'group', ['APT33', 'APT33', 'إيه بي تي 33'], { en: ['Elfin', 'Refined Kitten'] }),
	actor('apt34', 'group', ['APT34', 'APT34', 'إيه بي تي 34'], { en: ['OilRig', 'Helix Kitten'] }),
	actor('apt35', 'group', ['APT35', 'APT35', 'إيه بي تي 35'], { en: ['Charming Kitten', 'Phosphorus'] }),
	actor('muddywater', 'group', ['MuddyWater', 'MuddyWater', 'مادي ووتر'], {}),
	actor('homeland-justice', 'group', ['HomeLand Justice', 'HomeLand Justice', 'هوم لاند جاستس'], {}),
	actor(
		'syrian-electronic-army',
		'group',
		['Syrian Electronic Army', 'Armée électronique syrienne', 'الجيش السوري الإلكتروني'],
		{ en: ['SEA'] }
	),
	actor('cyber-caliphate', 'group', ['Cyber Caliphate', 'CyberCalifat', 'الخلافة الإلكترونية'], {
		fr: ['Cyber Caliphate', 'CyberCaliphate'],
		ar: ['جيش الخلافة الإلكتروني']
	}),
	actor('anonymous', 'group', ['Anonymous', 'Anonymous', 'أنونيموس'], { ar: ['مجموعة أنونيموس', 'انونيموس'] }),
	actor('lulzsec', 'group', ['LulzSec', 'LulzSec', 'لولزسيك'], {}),
	actor('shadow-brokers', 'group', ['Shadow Brokers', 'Shadow Brokers', 'شادو بروكرز'], { en: ['The Shadow Brokers'] }),
	actor('equation-group', 'group', ['Equation Group', 'Equation Group', 'مجموعة إكويشن'], {}),
	actor('killnet', 'group', ['Killnet', 'Killnet', 'كيلنت'], {}, { implies: ['ddos'] }),
	actor(
		'noname057',
		'group',
		['NoName057(16)', 'NoName057(16)', 'نو نيم'],
		{ en: ['NoName057'] },
		{ implies: ['ddos'] }
	),
	actor(
		'it-army-ukraine',
		'group',
		['IT Army of Ukraine', 'IT Army ukrainienne', 'جيش تكنولوجيا المعلومات الأوكراني'],
		{}
	),
	actor('scattered-spider', 'group', ['Scattered Spider', 'Scattered Spider', 'سكاترد سبايدر'], {}),
	actor('lapsus', 'group', ['Lapsus$', 'Lapsus$', 'لابسوس'], { en: ['Lapsus'] }),
	actor('fin7', 'group', ['FIN7', 'FIN7', 'فين 7'], { en: ['Carbanak'] }),
	actor('evil-corp', 'group', ['Evil Corp', 'Evil Corp', 'إيفل كورب'], {}),
	// — Ransomware gangs: the name itself says ransomware —
	actor(
		'revil',
		'group',
		['REvil', 'REvil', 'ريفيل'],
		{ en: ['Sodinokibi'], ar: ['سودينوكيبي'] },
		{ implies: ['ransomware'] }
	),
	// كونتي is also Conte (Giuseppe Conte, Antonio Conte), Conti an Italian surname: context needed.
	actor(
		'conti',
		'group',
		['Conti', 'Conti', 'كونتي'],
		{ fr: ['groupe Conti', 'rançongiciel Conti'], en: ['Conti ransomware', 'Conti gang'], ar: ['عصابة كونتي'] },
		{ implies: ['ransomware'], weak: { ar: ['=كونتي'], fr: ['Conti'], en: ['Conti'] } }
	),
	actor('lockbit', 'group', ['LockBit', 'LockBit', 'لوك بيت'], { ar: ['لوكبيت'] }, { implies: ['ransomware'] }),
	actor(
		'darkside',
		'group',
		['DarkSide', 'DarkSide', 'دارك سايد'],
		{ en: ['Darkside'], ar: ['داركسايد'] },
		{ implies: ['ransomware'] }
	),
	actor('blackcat', 'group', ['BlackCat', 'BlackCat', 'بلاك كات'], { en: ['ALPHV'] }, { implies: ['ransomware'] }),
	actor('clop', 'group', ['Cl0p', 'Cl0p', 'عصابة كلوب'], { en: ['Clop ransomware'] }, { implies: ['ransomware'] }),
	actor('ryuk', 'group', ['Ryuk', 'Ryuk', 'ريوك'], {}, { implies: ['ransomware'] }),
	actor(
		'maze',
		'group',
		['Maze ransomware', 'rançongiciel Maze', 'برنامج الفدية ميز'],
		{ en: ['Maze group'] },
		{ implies: ['ransomware'] }
	),
	actor(
		'hive',
		'group',
		['Hive ransomware', 'rançongiciel Hive', 'برنامج الفدية هايف'],
		{},
		{ implies: ['ransomware'] }
	),
	actor('black-basta', 'group', ['Black Basta', 'Black Basta', 'بلاك باستا'], {}, { implies: ['ransomware'] }),
	actor(
		'royal',
		'group',
		['Royal ransomware', 'rançongiciel Royal', 'رويال رانسوموير'],
		{},
		{ implies: ['ransomware'] }
	),
	actor('babuk', 'group', ['Babuk', 'Babuk', 'بابوك'], {}, { implies: ['ransomware'] }),
	actor(
		'akira',
		'group',
		['Akira ransomware', 'rançongiciel Akira', 'برنامج الفدية أكيرا'],
		{},
		{ implies: ['ransomware'] }
	),
	actor('play', 'group', ['Play ransomware', 'rançongiciel Play', 'بلاي رانسوموير'], {}, { implies: ['ransomware'] }),
	actor('netwalker', 'group', ['NetWalker', 'NetWalker', 'نت ووكر'], {}, { implies: ['ransomware'] }),
	actor('ragnar-locker', 'group', ['Ragnar Locker', 'Ragnar Locker', 'راغنار لوكر'], {}, { implies: ['ransomware'] }),
	actor('vice-society', 'group', ['Vice Society', 'Vice Society', 'فايس سوسايتي'], {}, { implies: ['ransomware'] }),
	actor(
		'cuba-ransomware',
		'group',
		['Cuba ransomware', 'rançongiciel Cuba', 'كوبا رانسوموير'],
		{
			ar: ['كوبا رانسومواري', 'كوبا رانسوم وير', 'برنامج الفدية كوبا'],
			fr: ['Cuba ransomware', 'ransomware Cuba'],
			en: ['Cuba ransomware gang']
		},
		{ implies: ['ransomware'] }
	)
];

/**
 * Groups whose operations are terrorism by the gold's rules (jihadist groups listed as terrorist
 * by the UN Security Council's ISIL/al-Qaida sanctions list or its members): a mention of one
 * is evidence for the terrorism tag. Contested political-military movements (Hezbollah, Hamas,
 * the Houthis, PKK) imply nothing: their articles are tagged by their own words.
 */
const TERRORIST_GROUPS = new Set([
	'isis',
	'al-qaeda',
	'aqim',
	'aqap',
	'jnim',
	'boko-haram',
	'iswap',
	'al-shabaab',
	'hts',
	'abu-sayyaf',
	'lashkar-e-taiba',
	'jaish-e-mohammed',
	'ansar-al-sharia',
	'ansar-bait-al-maqdis',
	'mujao',
	'ansar-dine',
	'okba-ibn-nafaa',
	'jund-al-khilafah'
]);

export const GROUPS: KbEntry[] = LISTED.map((e) =>
	TERRORIST_GROUPS.has(e.id) ? { ...e, implies: [...(e.implies ?? []), 'terrorism' as const] } : e
);
