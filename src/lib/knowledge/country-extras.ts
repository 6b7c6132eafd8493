/**
 * What ICU does not know about countries: alternative spellings, demonyms and
 * adjectives, and capitals or seats of government that news texts use for the state.
 *
 * Demonyms are given once, as the masculine singular; the loader expands them
 * (ar: +ة +ون +ين +ات; fr: feminine and plurals; en: +s). Broken Arabic plurals
 * (الأتراك، العرب) and irregular forms are listed as names.
 * `=` prefix: exact surface match (see types.ts). `drop`: ICU labels not to use as aliases.
 */

export interface CountryExtra {
	ar?: string[];
	fr?: string[];
	en?: string[];
	demonyms?: { ar?: string[]; fr?: string[]; en?: string[] };
	/** ICU label languages whose label must not become an alias (it collides with common words). */
	drop?: Array<'ar' | 'fr' | 'en'>;
	ambiguous?: true;
	/**
	 * Capitals that the country's own press names as a city (French local news: "Paris : un
	 * incendie…"): listed among the names above, they count only when the country is named too.
	 * Elsewhere a capital mostly stands for the state ("Washington", "موسكو", "باريس" in Arabic
	 * news) and stays a name of its own.
	 */
	capitals?: string[];
	/** Names that are also common words (Vienne, Berne): they count only when the country is named too. */
	weak?: { ar?: string[]; fr?: string[]; en?: string[] };
}

export const COUNTRY_EXTRAS: Record<string, CountryExtra> = {
	RE: { ar: ['=روينيون'], fr: ['île de La Réunion'], drop: ['ar', 'en'] },
	AQ: { drop: ['fr'], weak: { fr: ['Antarctique', "l'Antarctique"] } },
	// — ICU names that collide with common words: replaced or dropped —
	MU: { fr: ['île Maurice', 'Ile Maurice'], drop: ['fr'] },
	DM: { drop: ['fr'] },
	SX: { drop: ['fr'] },
	GD: { drop: ['fr'] },
	SV: { fr: ['El Salvador'], drop: ['fr'] },
	BJ: {
		ar: ['=بنين', 'جمهورية بنين', 'كوتونو'],
		fr: ['Cotonou'],
		en: ['Cotonou'],
		demonyms: { fr: ['béninois'], en: ['Beninese'] },
		drop: ['ar']
	},
	HK: { ar: ['هونغ كونغ', 'هونج كونج'], fr: ['Hong Kong'], en: ['Hong Kong'] },
	MO: { ar: ['ماكاو'], fr: ['Macao'], en: ['Macau', 'Macao'] },
	TD: {
		ar: ['انجامينا', 'نجامينا'],
		fr: ['Ndjamena', "N'Djamena"],
		en: ["N'Djamena"],
		demonyms: { ar: ['تشادي'], fr: ['tchadien'], en: ['Chadian'] },
		drop: ['en']
	},
	// — Major powers —
	US: {
		ar: [
			'الولايات المتحدة الأمريكية',
			'الولايات المتحدة الأميركية',
			'أمريكا',
			'أميركا',
			'واشنطن',
			'البيت الأبيض',
			'الإدارة الأمريكية',
			'الإدارة الأميركية'
		],
		fr: ['Etats-Unis', 'États-Unis', 'Etats Unis', 'Amérique', 'Washington', 'Maison-Blanche', 'Maison Blanche', 'USA'],
		en: ['United States of America', 'USA', 'U.S.', 'America', 'Washington', 'White House'],
		demonyms: { ar: ['أمريكي', 'أميركي'], fr: ['américain', 'étasunien'], en: ['American'] }
	},
	RU: {
		ar: ['روسيا الاتحادية', 'موسكو', 'الكرملين', 'الروس'],
		fr: ['Moscou', 'Kremlin', 'Fédération de Russie'],
		en: ['Moscow', 'Kremlin', 'Russian Federation'],
		demonyms: { ar: ['روسي'], fr: ['russe'], en: ['Russian'] }
	},
	CN: {
		ar: ['بكين', 'بيجين', 'بيجينغ'],
		fr: ['Pékin', 'Beijing'],
		en: ['Beijing', 'Peking'],
		demonyms: { ar: ['صيني'], fr: ['chinois'], en: ['Chinese'] }
	},
	GB: {
		ar: ['بريطانيا', 'بريطانيا العظمى', 'لندن', 'إنجلترا', 'انكلترا', 'داونينغ ستريت'],
		fr: ['Grande-Bretagne', 'Grande Bretagne', 'Angleterre', 'Londres', 'Downing Street'],
		en: ['Britain', 'Great Britain', 'UK', 'U.K.', 'England', 'London', 'Downing Street'],
		demonyms: { ar: ['بريطاني', 'إنجليزي', 'إنكليزي'], fr: ['britannique'], en: ['British'] }
	},
	FR: {
		capitals: ['Paris'],
		ar: ['باريس', 'الإليزيه', 'قصر الإليزيه'],
		fr: ['Paris', 'Élysée', 'Elysée'],
		weak: { fr: ['Hexagone'] },
		en: ['Paris', 'Elysee'],
		demonyms: { ar: ['فرنسي'], fr: ['français'], en: ['French'] }
	},
	DE: {
		ar: ['المانيا', 'برلين'],
		fr: ['Berlin'],
		en: ['Berlin'],
		demonyms: { ar: ['ألماني'], fr: ['allemand'], en: ['German'] }
	},
	IT: {
		ar: ['روما'],
		fr: ['Rome'],
		en: ['Rome'],
		demonyms: { ar: ['إيطالي'], fr: ['italien'], en: ['Italian'] }
	},
	ES: {
		ar: ['إسبانيا', 'اسبانيا', 'مدريد'],
		fr: ['Madrid'],
		en: ['Madrid'],
		demonyms: { ar: ['إسباني'], fr: ['espagnol'], en: ['Spanish'] }
	},
	PT: {
		ar: ['لشبونة'],
		fr: ['Lisbonne'],
		en: ['Lisbon'],
		demonyms: { ar: ['برتغالي'], fr: ['portugais'], en: ['Portuguese'] }
	},
	BE: {
		capitals: ['Bruxelles'],
		ar: ['بروكسل'],
		fr: ['Bruxelles'],
		en: ['Brussels'],
		demonyms: { ar: ['بلجيكي'], fr: ['belge'], en: ['Belgian'] }
	},
	NL: {
		ar: ['هولندا', 'أمستردام', '=لاهاي'],
		fr: ['Pays Bas', 'Amsterdam', 'La Haye'],
		en: ['Holland', 'Amsterdam', 'The Hague'],
		demonyms: { ar: ['هولندي'], fr: ['néerlandais', 'hollandais'], en: ['Dutch'] }
	},
	LU: {
		ar: ['لوكسمبورغ', 'لوكسمبورج', 'لكسمبورغ'],
		fr: [],
		en: [],
		demonyms: { ar: ['لوكسمبورغي'], fr: ['luxembourgeois'], en: ['Luxembourgish'] }
	},
	// "berne" (mener en bateau), "vienne" (venir), "hexagone", "réunion" (a meeting) are words.
	CH: {
		ar: ['برن'],
		en: ['Bern'],
		weak: { fr: ['Berne'] },
		demonyms: { ar: ['سويسري'], fr: ['suisse'], en: ['Swiss'] }
	},
	AT: {
		ar: ['النمسا', 'فيينا'],
		weak: { fr: ['Vienne'] },
		en: ['Vienna'],
		demonyms: { ar: ['نمساوي'], fr: ['autrichien'], en: ['Austrian'] }
	},
	GR: {
		ar: ['اليونان', 'أثينا'],
		fr: ['Athènes'],
		en: ['Athens'],
		demonyms: { ar: ['يوناني'], fr: ['grec'], en: ['Greek'] }
	},
	PL: {
		ar: ['بولندا', 'بولونيا', 'وارسو'],
		fr: ['Varsovie'],
		en: ['Warsaw'],
		demonyms: { ar: ['بولندي'], fr: ['polonais'], en: ['Polish'] }
	},
	SE: {
		ar: ['السويد', 'ستوكهولم'],
		fr: ['Stockholm'],
		en: ['Stockholm'],
		demonyms: { ar: ['سويدي'], fr: ['suédois'], en: ['Swedish'] }
	},
	NO: {
		ar: ['النرويج', 'أوسلو'],
		fr: ['Oslo'],
		en: ['Oslo'],
		demonyms: { ar: ['نرويجي'], fr: ['norvégien'], en: ['Norwegian'] }
	},
	DK: {
		ar: ['الدنمارك', 'الدانمارك', 'كوبنهاغن'],
		fr: ['Copenhague'],
		en: ['Copenhagen'],
		demonyms: { ar: ['دنماركي', 'دانماركي'], fr: ['danois'], en: ['Danish'] }
	},
	FI: {
		ar: ['فنلندا', 'هلسنكي'],
		fr: ['Helsinki'],
		en: ['Helsinki'],
		demonyms: { ar: ['فنلندي'], fr: ['finlandais'], en: ['Finnish'] }
	},
	IE: {
		ar: ['أيرلندا', 'ايرلندا', 'دبلن'],
		fr: ['Dublin'],
		en: ['Dublin'],
		demonyms: { ar: ['أيرلندي', 'إيرلندي'], fr: ['irlandais'], en: ['Irish'] }
	},
	EE: {
		ar: ['إستونيا', 'استونيا', 'تالين'],
		fr: ['Tallinn'],
		en: ['Tallinn'],
		demonyms: { ar: ['إستوني'], fr: ['estonien'], en: ['Estonian'] }
	},
	LV: {
		ar: ['لاتفيا', 'ريغا'],
		fr: ['Riga'],
		en: ['Riga'],
		demonyms: { ar: ['لاتفي'], fr: ['letton'], en: ['Latvian'] }
	},
	LT: {
		ar: ['ليتوانيا', 'فيلنيوس'],
		fr: ['Vilnius'],
		en: ['Vilnius'],
		demonyms: { ar: ['ليتواني'], fr: ['lituanien'], en: ['Lithuanian'] }
	},
	CZ: {
		ar: ['جمهورية التشيك', 'براغ'],
		fr: ['République tchèque', 'Prague'],
		en: ['Czech Republic', 'Prague'],
		demonyms: { ar: ['تشيكي'], fr: ['tchèque'], en: ['Czech'] }
	},
	SK: {
		ar: ['سلوفاكيا', 'براتيسلافا'],
		fr: ['Bratislava'],
		en: ['Bratislava'],
		demonyms: { ar: ['سلوفاكي'], fr: ['slovaque'], en: ['Slovak'] }
	},
	HU: {
		ar: ['المجر', 'هنغاريا', 'بودابست'],
		fr: ['Budapest'],
		en: ['Budapest'],
		demonyms: { ar: ['مجري', 'هنغاري'], fr: ['hongrois'], en: ['Hungarian'] }
	},
	RO: {
		ar: ['رومانيا', 'بوخارست'],
		fr: ['Bucarest'],
		en: ['Bucharest'],
		demonyms: { ar: ['روماني'], fr: ['roumain'], en: ['Romanian'] }
	},
	BG: {
		ar: ['بلغاريا'],
		fr: ['Sofia'],
		en: ['Sofia'],
		demonyms: { ar: ['بلغاري'], fr: ['bulgare'], en: ['Bulgarian'] }
	},
	RS: {
		ar: ['صربيا', 'بلغراد'],
		fr: ['Belgrade'],
		en: ['Belgrade'],
		demonyms: { ar: ['صربي'], fr: ['serbe'], en: ['Serbian'] }
	},
	HR: {
		ar: ['كرواتيا', 'زغرب'],
		fr: ['Zagreb'],
		en: ['Zagreb'],
		demonyms: { ar: ['كرواتي'], fr: ['croate'], en: ['Croatian'] }
	},
	BA: {
		ar: ['البوسنة', 'البوسنة والهرسك', 'سراييفو'],
		fr: ['Bosnie', 'Sarajevo'],
		en: ['Bosnia', 'Sarajevo'],
		demonyms: { ar: ['بوسني'], fr: ['bosnien', 'bosniaque'], en: ['Bosnian'] }
	},
	AL: {
		ar: ['تيرانا'],
		fr: ['Tirana'],
		en: ['Tirana'],
		demonyms: { ar: ['ألباني'], fr: ['albanais'], en: ['Albanian'] }
	},
	ME: {
		ar: ['مونتينيغرو', 'بودغوريتسا'],
		fr: ['Podgorica'],
		en: ['Podgorica'],
		demonyms: { ar: ['مونتينيغري'], fr: ['monténégrin'], en: ['Montenegrin'] }
	},
	MK: {
		ar: ['مقدونيا', 'سكوبيي'],
		fr: ['Macédoine', 'Skopje'],
		en: ['Macedonia', 'Skopje'],
		demonyms: { ar: ['مقدوني'], fr: ['macédonien'], en: ['Macedonian'] }
	},
	XK: {
		ar: ['بريشتينا'],
		fr: ['Pristina'],
		en: ['Pristina'],
		demonyms: { ar: ['كوسوفي'], fr: ['kosovar'], en: ['Kosovar'] }
	},
	UA: {
		ar: ['أوكرانيا', 'اوكرانيا', 'كييف'],
		fr: ['Kiev', 'Kyiv'],
		en: ['Kiev', 'Kyiv'],
		demonyms: { ar: ['أوكراني'], fr: ['ukrainien'], en: ['Ukrainian'] }
	},
	BY: {
		ar: ['بيلاروس', 'روسيا البيضاء', 'مينسك'],
		fr: ['Biélorussie', 'Minsk'],
		en: ['Belarus', 'Minsk'],
		demonyms: { ar: ['بيلاروسي'], fr: ['biélorusse', 'bélarusse'], en: ['Belarusian'] }
	},
	MD: {
		ar: ['مولدافيا', 'كيشيناو'],
		fr: ['Chisinau'],
		en: ['Chisinau'],
		demonyms: { ar: ['مولدوفي'], fr: ['moldave'], en: ['Moldovan'] }
	},
	GE: {
		ar: ['تبليسي'],
		fr: ['Tbilissi'],
		en: ['Tbilisi'],
		demonyms: { ar: ['جورجي'], fr: ['géorgien'], en: ['Georgian'] }
	},
	AM: {
		ar: ['يريفان'],
		fr: ['Erevan'],
		en: ['Yerevan'],
		demonyms: { ar: ['أرميني', 'أرمني'], fr: ['arménien'], en: ['Armenian'] }
	},
	AZ: {
		ar: ['أذربيجان', 'باكو'],
		fr: ['Bakou'],
		en: ['Baku'],
		demonyms: { ar: ['أذربيجاني', 'أذري'], fr: ['azerbaïdjanais', 'azéri'], en: ['Azerbaijani'] }
	},
	CY: {
		ar: ['نيقوسيا'],
		fr: ['Nicosie'],
		en: ['Nicosia'],
		demonyms: { ar: ['قبرصي'], fr: ['chypriote'], en: ['Cypriot'] }
	},
	MT: {
		ar: ['فاليتا'],
		fr: ['La Valette'],
		en: ['Valletta'],
		demonyms: { ar: ['مالطي'], fr: ['maltais'], en: ['Maltese'] }
	},
	VA: { ar: ['الفاتيكان', 'الكرسي الرسولي'], fr: ['Vatican', 'Saint-Siège'], en: ['Vatican', 'Holy See'] },
	// — Middle East —
	IR: {
		ar: ['ايران', 'طهران', 'الجمهورية الإسلامية الإيرانية', 'جمهورية إيران الإسلامية'],
		fr: ['Téhéran', "République islamique d'Iran"],
		en: ['Tehran', 'Islamic Republic of Iran'],
		demonyms: { ar: ['إيراني'], fr: ['iranien'], en: ['Iranian'] }
	},
	IQ: { ar: ['بغداد'], fr: ['Bagdad'], en: ['Baghdad'], demonyms: { ar: ['عراقي'], fr: ['irakien'], en: ['Iraqi'] } },
	SY: {
		ar: ['سورية', 'دمشق'],
		fr: ['Damas'],
		en: ['Damascus'],
		demonyms: { ar: ['سوري'], fr: ['syrien'], en: ['Syrian'] }
	},
	LB: {
		ar: ['بيروت'],
		fr: ['Beyrouth'],
		en: ['Beirut'],
		demonyms: { ar: ['لبناني'], fr: ['libanais'], en: ['Lebanese'] }
	},
	JO: {
		ar: ['=عمان', '=عمّان', 'المملكة الأردنية'],
		fr: ['Amman'],
		en: ['Amman'],
		demonyms: { ar: ['أردني'], fr: ['jordanien'], en: ['Jordanian'] }
	},
	IL: {
		ar: ['اسرائيل', 'تل أبيب', 'تل ابيب', 'الكنيست'],
		fr: ['Tel-Aviv', 'Tel Aviv', 'État hébreu', 'Etat hébreu', 'Knesset'],
		en: ['Tel Aviv', 'Knesset'],
		demonyms: { ar: ['إسرائيلي'], fr: ['israélien'], en: ['Israeli'] }
	},
	PS: {
		ar: ['فلسطين', 'غزة', 'قطاع غزة', 'الضفة الغربية', 'رام الله', 'السلطة الفلسطينية'],
		fr: ['Palestine', 'Gaza', 'bande de Gaza', 'Cisjordanie', 'Ramallah', 'Autorité palestinienne'],
		en: ['Palestine', 'Gaza', 'Gaza Strip', 'West Bank', 'Ramallah', 'Palestinian Authority'],
		demonyms: { ar: ['فلسطيني'], fr: ['palestinien'], en: ['Palestinian'] }
	},
	SA: {
		ar: ['السعودية', 'المملكة السعودية', '=الرياض'],
		fr: ['Arabie Saoudite', 'Arabie saoudite', 'Riyad'],
		en: ['Saudi', 'Riyadh'],
		demonyms: { ar: ['سعودي'], fr: ['saoudien'], en: ['Saudi'] }
	},
	AE: {
		ar: ['الإمارات', 'دولة الإمارات', 'أبوظبي', 'أبو ظبي', 'دبي'],
		fr: ['Emirats arabes unis', 'EAU', 'Abou Dhabi', 'Dubaï'],
		en: ['UAE', 'Emirates', 'Abu Dhabi', 'Dubai'],
		demonyms: { ar: ['إماراتي'], fr: ['émirati'], en: ['Emirati'] }
	},
	QA: {
		ar: ['الدوحة'],
		fr: ['Doha'],
		en: ['Doha'],
		demonyms: { ar: ['قطري'], fr: ['qatari', 'qatarien'], en: ['Qatari'] }
	},
	KW: { ar: [], fr: [], en: [], demonyms: { ar: ['كويتي'], fr: ['koweïtien'], en: ['Kuwaiti'] } },
	BH: {
		ar: ['المنامة'],
		fr: ['Manama'],
		en: ['Manama'],
		demonyms: { ar: ['بحريني'], fr: ['bahreïni', 'bahreïnien'], en: ['Bahraini'] }
	},
	OM: {
		ar: ['سلطنة عمان', 'سلطنة عُمان', 'مسقط'],
		fr: ['Mascate'],
		en: ['Muscat'],
		demonyms: { ar: ['عماني'], fr: ['omanais'], en: ['Omani'] },
		drop: ['ar']
	},
	YE: { ar: ['صنعاء'], fr: ['Sanaa'], en: ['Sanaa'], demonyms: { ar: ['يمني'], fr: ['yéménite'], en: ['Yemeni'] } },
	TR: {
		ar: ['أنقرة', 'انقرة', 'الأتراك'],
		fr: ['Turquie', 'Ankara'],
		en: ['Turkey', 'Ankara'],
		demonyms: { ar: ['تركي'], fr: ['turc', 'turque'], en: ['Turkish'] }
	},
	EG: {
		ar: ['القاهرة'],
		fr: ['Le Caire'],
		en: ['Cairo'],
		demonyms: { ar: ['مصري'], fr: ['égyptien'], en: ['Egyptian'] }
	},
	// — North Africa and Sahel —
	MA: {
		ar: ['الرباط', 'المملكة المغربية'],
		fr: ['Rabat', 'Royaume du Maroc'],
		en: ['Rabat'],
		demonyms: { ar: ['مغربي'], fr: ['marocain'], en: ['Moroccan'] }
	},
	DZ: { ar: [], fr: ['Alger'], en: ['Algiers'], demonyms: { ar: ['جزائري'], fr: ['algérien'], en: ['Algerian'] } },
	TN: { ar: [], fr: ['Tunis'], en: ['Tunis'], demonyms: { ar: ['تونسي'], fr: ['tunisien'], en: ['Tunisian'] } },
	LY: {
		ar: ['طرابلس الغرب'],
		fr: ['Tripoli'],
		en: ['Tripoli'],
		demonyms: { ar: ['ليبي'], fr: ['libyen'], en: ['Libyan'] }
	},
	MR: {
		ar: ['نواكشوط'],
		fr: ['Nouakchott'],
		en: ['Nouakchott'],
		demonyms: { ar: ['موريتاني'], fr: ['mauritanien'], en: ['Mauritanian'] }
	},
	EH: { ar: ['الصحراء الغربية'], fr: ['Sahara occidental'], en: ['Western Sahara'], drop: ['ar'] },
	SD: {
		ar: ['الخرطوم'],
		fr: ['Khartoum'],
		en: ['Khartoum'],
		demonyms: { ar: ['سوداني'], fr: ['soudanais'], en: ['Sudanese'] }
	},
	SS: { ar: ['جوبا'], fr: ['Juba'], en: ['Juba'], demonyms: { fr: ['sud-soudanais'], en: ['South Sudanese'] } },
	ML: {
		ar: ['باماكو', 'جمهورية مالي', 'شمال مالي', 'دولة مالي', 'في مالي', 'وسط مالي'],
		fr: ['Bamako'],
		en: ['Bamako'],
		demonyms: { fr: ['malien'], en: ['Malian'] },
		drop: ['ar']
	},
	NE: { ar: ['=نيامي'], fr: ['Niamey'], en: ['Niamey'], demonyms: { fr: ['nigérien'], en: ['Nigerien'] } },
	BF: {
		ar: ['بوركينا', 'واغادوغو'],
		fr: ['Burkina', 'Ouagadougou'],
		en: ['Burkina', 'Ouagadougou'],
		demonyms: { fr: ['burkinabè', 'burkinabé'], en: ['Burkinabe'] }
	},
	NG: { ar: ['أبوجا'], fr: ['Abuja'], en: ['Abuja'], demonyms: { ar: ['نيجيري'], fr: ['nigérian'], en: ['Nigerian'] } },
	SN: {
		ar: ['داكار'],
		fr: ['Dakar'],
		en: ['Dakar'],
		demonyms: { ar: ['سنغالي'], fr: ['sénégalais'], en: ['Senegalese'] }
	},
	CM: {
		// الكاميرون stems to كامير, as الكاميرا (the camera) does: compared by surface.
		ar: ['=الكاميرون', 'ياوندي'],
		drop: ['ar'],
		fr: ['Yaoundé'],
		en: ['Yaounde'],
		demonyms: { ar: ['كاميروني'], fr: ['camerounais'], en: ['Cameroonian'] }
	},
	CI: {
		ar: ['أبيدجان', 'كوت ديفوار'],
		fr: ['Abidjan', "Cote d'Ivoire"],
		en: ['Ivory Coast', 'Abidjan'],
		demonyms: { ar: ['إيفواري'], fr: ['ivoirien'], en: ['Ivorian'] }
	},
	SO: {
		ar: ['مقديشو'],
		fr: ['Mogadiscio', 'Mogadishu'],
		en: ['Mogadishu'],
		demonyms: { ar: ['صومالي'], fr: ['somalien'], en: ['Somali'] }
	},
	ET: {
		ar: ['أديس أبابا'],
		fr: ['Addis Abeba'],
		en: ['Addis Ababa'],
		demonyms: { ar: ['إثيوبي'], fr: ['éthiopien'], en: ['Ethiopian'] }
	},
	KE: {
		ar: ['نيروبي'],
		fr: ['Nairobi'],
		en: ['Nairobi'],
		demonyms: { ar: ['كيني'], fr: ['kényan', 'kenyan'], en: ['Kenyan'] }
	},
	ZA: {
		ar: ['بريتوريا'],
		fr: ['Pretoria'],
		en: ['Pretoria'],
		demonyms: { fr: ['sud-africain'], en: ['South African'] }
	},
	CD: {
		ar: ['الكونغو الديمقراطية', 'كينشاسا'],
		fr: ['RDC', 'République démocratique du Congo', 'Kinshasa'],
		en: ['DRC', 'Democratic Republic of the Congo', 'Kinshasa']
	},
	// — South and Central Asia —
	AF: { ar: ['كابل'], fr: ['Kaboul'], en: ['Kabul'], demonyms: { ar: ['أفغاني'], fr: ['afghan'], en: ['Afghan'] } },
	PK: {
		ar: ['إسلام آباد', 'اسلام اباد'],
		fr: ['Islamabad'],
		en: ['Islamabad'],
		demonyms: { ar: ['باكستاني'], fr: ['pakistanais'], en: ['Pakistani'] }
	},
	IN: {
		ar: ['=الهند', 'نيودلهي', 'نيودلهى'],
		fr: ['New Delhi'],
		en: ['New Delhi'],
		demonyms: { ar: ['هندي'], fr: ['indien'], en: ['Indian'] },
		drop: ['ar']
	},
	BD: {
		ar: ['بنغلاديش', 'دكا'],
		fr: ['Dacca', 'Dhaka'],
		en: ['Dhaka'],
		demonyms: { ar: ['بنغالي'], fr: ['bangladais'], en: ['Bangladeshi'] }
	},
	LK: {
		ar: ['سريلانكا', 'كولومبو'],
		fr: ['Colombo'],
		en: ['Colombo'],
		demonyms: { ar: ['سريلانكي'], fr: ['sri-lankais'], en: ['Sri Lankan'] }
	},
	KZ: {
		ar: ['كازاخستان', 'أستانا'],
		fr: ['Astana'],
		en: ['Astana'],
		demonyms: { ar: ['كازاخي'], fr: ['kazakh'], en: ['Kazakh'] }
	},
	UZ: {
		ar: ['طشقند'],
		fr: ['Tachkent'],
		en: ['Tashkent'],
		demonyms: { ar: ['أوزبكي'], fr: ['ouzbek'], en: ['Uzbek'] }
	},
	TJ: {
		ar: ['طاجكستان', 'دوشنبه'],
		fr: ['Douchanbé'],
		en: ['Dushanbe'],
		demonyms: { ar: ['طاجيكي'], fr: ['tadjik'], en: ['Tajik'] }
	},
	TM: {
		ar: ['عشق آباد'],
		fr: ['Achgabat'],
		en: ['Ashgabat'],
		demonyms: { ar: ['تركماني'], fr: ['turkmène'], en: ['Turkmen'] }
	},
	KG: {
		ar: ['قيرغيزستان', 'بيشكيك'],
		fr: ['Bichkek'],
		en: ['Bishkek'],
		demonyms: { ar: ['قرغيزي'], fr: ['kirghize'], en: ['Kyrgyz'] }
	},
	// — East and South-East Asia, Oceania —
	JP: {
		ar: ['اليابان', 'طوكيو'],
		fr: ['Tokyo'],
		en: ['Tokyo'],
		demonyms: { ar: ['ياباني'], fr: ['japonais'], en: ['Japanese'] }
	},
	KP: {
		ar: ['بيونغ يانغ', 'بيونغيانغ', 'كوريا الشمالية'],
		fr: ['Pyongyang', 'Corée du Nord'],
		en: ['Pyongyang', 'North Korea'],
		demonyms: { ar: ['كوري شمالي'], fr: ['nord-coréen'], en: ['North Korean'] }
	},
	KR: {
		ar: ['سول', 'سيول', 'كوريا الجنوبية'],
		fr: ['Séoul', 'Corée du Sud'],
		en: ['Seoul', 'South Korea'],
		demonyms: { ar: ['كوري جنوبي'], fr: ['sud-coréen'], en: ['South Korean'] }
	},
	TW: {
		ar: ['=تايبيه'],
		fr: ['Taipei'],
		en: ['Taipei'],
		demonyms: { ar: ['تايواني'], fr: ['taïwanais'], en: ['Taiwanese'] }
	},
	VN: {
		ar: ['هانوي'],
		fr: ['Hanoï'],
		en: ['Hanoi'],
		demonyms: { ar: ['فيتنامي'], fr: ['vietnamien'], en: ['Vietnamese'] }
	},
	ID: {
		ar: ['جاكرتا'],
		fr: ['Jakarta'],
		en: ['Jakarta'],
		demonyms: { ar: ['إندونيسي'], fr: ['indonésien'], en: ['Indonesian'] }
	},
	MY: {
		ar: ['كوالالمبور', 'كوالا لمبور'],
		fr: ['Kuala Lumpur'],
		en: ['Kuala Lumpur'],
		demonyms: { ar: ['ماليزي'], fr: ['malaisien'], en: ['Malaysian'] }
	},
	PH: {
		ar: ['الفلبين', 'مانيلا'],
		fr: ['Manille'],
		en: ['Manila'],
		demonyms: { ar: ['فلبيني'], fr: ['philippin'], en: ['Filipino'] }
	},
	MM: {
		ar: ['بورما'],
		fr: ['Birmanie'],
		en: ['Burma'],
		demonyms: { ar: ['ميانماري', 'بورمي'], fr: ['birman'], en: ['Burmese'] }
	},
	TH: {
		ar: ['بانكوك'],
		fr: ['Bangkok'],
		en: ['Bangkok'],
		demonyms: { ar: ['تايلاندي'], fr: ['thaïlandais'], en: ['Thai'] }
	},
	AU: {
		ar: ['أستراليا', 'كانبرا'],
		fr: ['Canberra'],
		en: ['Canberra'],
		demonyms: { ar: ['أسترالي'], fr: ['australien'], en: ['Australian'] }
	},
	NZ: {
		ar: ['نيوزيلندا', 'ويلينغتون'],
		fr: ['Nouvelle Zélande'],
		en: [],
		demonyms: { ar: ['نيوزيلندي'], fr: ['néo-zélandais'], en: ['New Zealander'] }
	},
	// — Americas —
	CA: {
		ar: ['أوتاوا'],
		fr: ['Ottawa'],
		en: ['Ottawa'],
		demonyms: { ar: ['كندي'], fr: ['canadien'], en: ['Canadian'] }
	},
	MX: {
		ar: ['مكسيكو'],
		fr: ['Mexico'],
		en: ['Mexico City'],
		demonyms: { ar: ['مكسيكي'], fr: ['mexicain'], en: ['Mexican'] }
	},
	BR: {
		ar: ['برازيليا'],
		fr: ['Brasilia'],
		en: ['Brasilia'],
		demonyms: { ar: ['برازيلي'], fr: ['brésilien'], en: ['Brazilian'] }
	},
	AR: {
		ar: ['بوينس آيرس'],
		fr: ['Buenos Aires'],
		en: ['Buenos Aires'],
		demonyms: { ar: ['أرجنتيني'], fr: ['argentin'], en: ['Argentine', 'Argentinian'] }
	},
	VE: {
		ar: ['فنزويلا', 'كراكاس'],
		fr: ['Caracas'],
		en: ['Caracas'],
		demonyms: { ar: ['فنزويلي'], fr: ['vénézuélien'], en: ['Venezuelan'] }
	},
	CO: {
		ar: ['بوغوتا'],
		fr: ['Bogota'],
		en: ['Bogota'],
		demonyms: { ar: ['كولومبي'], fr: ['colombien'], en: ['Colombian'] }
	},
	CU: { ar: ['هافانا'], fr: ['La Havane'], en: ['Havana'], demonyms: { ar: ['كوبي'], fr: ['cubain'], en: ['Cuban'] } },
	CL: { ar: ['سانتياغو'], fr: [], en: [], demonyms: { ar: ['تشيلي'], fr: ['chilien'], en: ['Chilean'] } }
};
