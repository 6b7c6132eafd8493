/**
 * Names that contain a country, capital or actor name but are something else
 * (clubs, newspapers, regions). Matching them consumes their tokens, so their
 * parts do not tag (Real Madrid is not Spain; the Washington Post is a source).
 */
import { blocker } from './define';
import type { KbEntry } from './types';

export const BLOCKERS: KbEntry[] = [
	blocker('region-ile-de-france', { fr: ['Île-de-France', 'Ile-de-France'], ar: ['إيل دو فرانس'] }),
	blocker('place-indian-ocean', { fr: ['océan Indien', 'Océan Indien'], ar: ['المحيط الهندي'], en: ['Indian Ocean'] }),
	blocker('media-tap', {
		ar: ['وكالة تونس أفريقيا للأنباء', 'وكالة تونس افريقيا للانباء'],
		fr: ['Tunis Afrique Presse']
	}),
	blocker('club-stade-tunisien', {
		ar: ['الملعب التونسي', 'النجم الساحلي', 'الترجي الرياضي التونسي'],
		fr: ['Stade tunisien']
	}),
	blocker('person-jean-marie-le-pen', { fr: ['Jean-Marie Le Pen'], ar: ['جان ماري لوبان'] }),
	blocker('misc-miss-france', { fr: ['Miss France', 'ex-Miss France'] }),
	blocker('region-hauts-de-france', { fr: ['Hauts-de-France', 'Hauts de France'] }),
	blocker('misc-in-french', { fr: ['en français', 'en anglais', 'en arabe'] }),
	blocker('pegasus-airlines', {
		ar: ['طيران بيغاسوس', 'بيغاسوس للطيران'],
		fr: ['Pegasus Airlines'],
		en: ['Pegasus Airlines']
	}),
	blocker('media-washington-post', { ar: ['واشنطن بوست'], fr: ['Washington Post'], en: ['Washington Post'] }),
	blocker('media-washington-times', { ar: ['واشنطن تايمز'], en: ['Washington Times'] }),
	blocker('media-times-of-israel', { ar: ['تايمز أوف إسرائيل'], en: ['Times of Israel'] }),
	blocker('media-jerusalem-post', { ar: ['جيروزاليم بوست'], en: ['Jerusalem Post'] }),
	blocker('media-france24', {
		ar: ['فرانس 24', 'فرانس24'],
		fr: [
			'France 24',
			'France 2',
			'France 3',
			'France Inter',
			'France Info',
			'France Télévisions',
			'France Culture',
			'France Bleu',
			'Radio France',
			'Ouest-France',
			'Ouest France'
		],
		en: ['France 24']
	}),
	blocker('media-rfi', { ar: ['إذاعة فرنسا الدولية', 'راديو فرنسا الدولي'], fr: ['Radio France Internationale'] }),
	blocker('media-afp', {
		ar: ['وكالة الصحافة الفرنسية', 'وكالة فرانس برس', 'فرانس برس', 'وكالة الأنباء الفرنسية'],
		fr: ['Agence France-Presse', 'Agence France Presse', 'France-Presse', 'France Presse'],
		en: ['Agence France-Presse']
	}),
	blocker('media-russia-today', { ar: ['روسيا اليوم'], fr: ['Russia Today'], en: ['Russia Today'] }),
	blocker('media-sky-news-arabia', { ar: ['سكاي نيوز عربية'] }),
	blocker('media-bbc', { ar: ['بي بي سي', 'هيئة الإذاعة البريطانية'] }),
	blocker('media-cnn', { ar: ['سي إن إن'] }),
	blocker('media-al-arabiya', { ar: ['العربية نت'] }),
	blocker('media-voice-of-america', { ar: ['صوت أمريكا', 'صوت أميركا'], en: ['Voice of America'] }),
	blocker('sport-real-madrid', {
		ar: ['ريال مدريد', 'أتلتيكو مدريد', 'اتلتيكو مدريد'],
		fr: ['Real Madrid', 'Atlético Madrid', 'Atletico Madrid'],
		en: ['Real Madrid']
	}),
	blocker('sport-psg', {
		ar: ['باريس سان جيرمان', 'باريس سان جرمان'],
		fr: ['Paris Saint-Germain', 'Paris SG', 'Paris-SG'],
		en: ['Paris Saint-Germain']
	}),
	blocker('sport-roma', { ar: ['نادي روما', 'إنتر ميلان'], fr: ['AS Rome'], en: ['AS Roma'] }),
	blocker('region-latin-america', {
		ar: [
			'أمريكا اللاتينية',
			'أميركا اللاتينية',
			'أمريكا الجنوبية',
			'أمريكا الشمالية',
			'أميركا الجنوبية',
			'أميركا الشمالية',
			'أمريكا الوسطى'
		],
		fr: ['Amérique latine', 'Amérique du Sud', 'Amérique du Nord', 'Amérique centrale'],
		en: ['Latin America', 'South America', 'North America', 'Central America']
	}),
	blocker('place-new-york', { ar: ['نيويورك'], fr: ['New York'], en: ['New York'] }),
	blocker('place-new-mexico', { fr: ['Nouveau-Mexique'], en: ['New Mexico'] }),
	blocker('place-paris-texas', { fr: ['Paris Match'], en: ['Paris Hilton'] }),
	blocker('place-washington-state', { fr: ['État de Washington'], en: ['Washington State'] }),
	blocker('place-georgia-us', { en: ['Atlanta, Georgia'] }),
	blocker('place-champs-elysees', {
		ar: ['الشانزليزيه'],
		fr: ['Champs-Élysées', 'Champs-Elysées', 'Champs Élysées', 'Champs Elysées'],
		en: ['Champs-Elysees']
	}),
	blocker('misc-arab-spring', { ar: ['الربيع العربي'] }),
	blocker('region-maghreb', {
		ar: ['المغرب العربي', 'دول المغرب', 'بلدان المغرب', 'صلاة المغرب', 'اتحاد المغرب العربي']
	}),
	blocker('misc-french-language', {
		ar: ['اللغة الفرنسية', 'اللغة الإنجليزية', 'اللغة العربية', 'اللغة الألمانية', 'اللغة الإسبانية', 'اللغة الروسية'],
		fr: ['langue française', 'langue anglaise']
	}),
	blocker('misc-russian-speaking', {
		ar: ['الناطقين بالروسية', 'ناطقين بالروسية', 'الناطقة بالروسية'],
		fr: ['russophone', 'russophones', 'anglophone', 'francophone', 'francophones', 'anglophones']
	}),
	blocker('misc-turkish-coffee', { ar: ['القهوة التركية', 'المسلسلات التركية'] })
];
