/**
 * Companies: security vendors, spyware vendors, tech platforms and victims that
 * recur in the news. Media outlets are sources, not actors: they are not here.
 */
import { actor } from './define';
import type { KbEntry } from './types';

export const COMPANIES: KbEntry[] = [
	// — Spyware and surveillance vendors —
	actor(
		'nso-group',
		'company',
		['NSO Group', 'NSO Group', 'مجموعة إن إس أو'],
		{ ar: ['إن إس أو', 'ان اس او', 'NSO'], fr: ['NSO', 'groupe NSO'], en: ['NSO'] },
		{ implies: ['spyware'] }
	),
	actor('candiru', 'company', ['Candiru', 'Candiru', 'كانديرو'], {}, { implies: ['spyware'] }),
	actor('intellexa', 'company', ['Intellexa', 'Intellexa', 'إنتليكسا'], { en: ['Cytrox'] }, { implies: ['spyware'] }),
	actor('hacking-team', 'company', ['Hacking Team', 'Hacking Team', 'هاكينغ تيم'], {}),
	actor('finfisher', 'company', ['FinFisher', 'FinFisher', 'فين فيشر'], { en: ['Gamma Group'] }),
	actor('amesys', 'company', ['Amesys', 'Amesys', 'أميسيس'], { fr: ['Nexa Technologies'] }),
	actor('paragon', 'company', ['Paragon Solutions', 'Paragon Solutions', 'باراغون'], {}),
	actor('cellebrite', 'company', ['Cellebrite', 'Cellebrite', 'سيليبرايت'], {}),
	actor('darkmatter', 'company', ['DarkMatter', 'DarkMatter', 'دارك ماتر'], {}),
	// — Security vendors and researchers —
	actor('mandiant', 'company', ['Mandiant', 'Mandiant', 'مانديانت'], { ar: ['ماندينت'] }),
	actor('fireeye', 'company', ['FireEye', 'FireEye', 'فاير آي'], { ar: ['فايرآي'] }),
	actor('crowdstrike', 'company', ['CrowdStrike', 'CrowdStrike', 'كراود سترايك'], { ar: ['كراودسترايك'] }),
	actor('kaspersky', 'company', ['Kaspersky', 'Kaspersky', 'كاسبرسكي'], {
		ar: ['كاسبرسكي لاب', 'كاسبيرسكي'],
		en: ['Kaspersky Lab']
	}),
	actor('symantec', 'company', ['Symantec', 'Symantec', 'سيمانتك'], { ar: ['سيمانتيك'] }),
	actor('eset', 'company', ['ESET', 'ESET', 'إيسيت'], {}),
	actor('trend-micro', 'company', ['Trend Micro', 'Trend Micro', 'تريند مايكرو'], {}),
	actor('check-point', 'company', ['Check Point', 'Check Point', 'تشيك بوينت'], { ar: ['شيك بوينت'] }),
	actor('palo-alto-networks', 'company', ['Palo Alto Networks', 'Palo Alto Networks', 'بالو ألتو نتوركس'], {
		en: ['Unit 42']
	}),
	actor('sophos', 'company', ['Sophos', 'Sophos', 'سوفوس'], {}),
	actor('mcafee', 'company', ['McAfee', 'McAfee', 'مكافي'], { ar: ['=مكافي'] }),
	actor('recorded-future', 'company', ['Recorded Future', 'Recorded Future', 'ريكوردد فيوتشر'], {}),
	actor('proofpoint', 'company', ['Proofpoint', 'Proofpoint', 'بروف بوينت'], {}),
	actor('citizen-lab', 'company', ['Citizen Lab', 'Citizen Lab', 'سيتيزن لاب'], { ar: ['مختبر المواطن'] }),
	actor('chainalysis', 'company', ['Chainalysis', 'Chainalysis', 'تشيناليسيس'], {}),
	// — Tech platforms —
	actor('microsoft', 'company', ['Microsoft', 'Microsoft', 'مايكروسوفت'], { ar: ['ميكروسوفت'] }),
	actor(
		'google',
		'company',
		['Google', 'Google', 'غوغل'],
		{ ar: ['جوجل', 'قوقل', 'غوغل'] },
		{ weak: { en: ['Alphabet'] } }
	),
	actor('apple', 'company', ['Apple', 'Apple', 'آبل'], { ar: ['أبل', 'شركة آبل', 'شركة أبل'] }),
	actor(
		'meta',
		'company',
		['Meta', 'Meta', 'ميتا'],
		{ ar: ['فيسبوك', 'فيس بوك', 'فايسبوك'], fr: ['Facebook'], en: ['Facebook'] },
		{ minMentions: 2, channel: true }
	),
	actor(
		'whatsapp',
		'company',
		['WhatsApp', 'WhatsApp', 'واتساب'],
		{ ar: ['واتس آب', 'واتس اب', 'الواتساب'] },
		{ minMentions: 2, channel: true }
	),
	actor(
		'instagram',
		'company',
		['Instagram', 'Instagram', 'إنستغرام'],
		{ ar: ['انستغرام', 'إنستجرام', 'انستجرام'] },
		{ minMentions: 2, channel: true }
	),
	actor(
		'telegram',
		'company',
		['Telegram', 'Telegram', 'تلغرام'],
		{ ar: ['تيليغرام', 'تليغرام', 'تيليجرام', 'تلجرام'] },
		{ minMentions: 2, channel: true }
	),
	actor('twitter', 'company', ['Twitter', 'Twitter', 'تويتر'], { en: ['X Corp'] }, { minMentions: 2, channel: true }),
	actor('youtube', 'company', ['YouTube', 'YouTube', 'يوتيوب'], { fr: ['Youtube'] }, { minMentions: 2, channel: true }),
	actor(
		'tiktok',
		'company',
		['TikTok', 'TikTok', 'تيك توك'],
		{ ar: ['تيكتوك'], en: ['ByteDance'] },
		{ minMentions: 2, channel: true }
	),
	actor(
		'signal',
		'company',
		['Signal', 'Signal', 'سيغنال'],
		{ ar: ['تطبيق سيغنال'], fr: ['messagerie Signal', 'application Signal'] },
		{ weak: { fr: ['Signal'], en: ['Signal'] } }
	),
	actor('amazon', 'company', ['Amazon', 'Amazon', 'أمازون'], { ar: ['امازون'] }),
	actor('huawei', 'company', ['Huawei', 'Huawei', 'هواوي'], {}),
	actor('zte', 'company', ['ZTE', 'ZTE', 'زد تي إي'], {}),
	actor('samsung', 'company', ['Samsung', 'Samsung', 'سامسونغ'], { ar: ['سامسونج'] }),
	actor('yahoo', 'company', ['Yahoo', 'Yahoo', 'ياهو'], {}),
	actor('uber', 'company', ['Uber', 'Uber', 'أوبر'], {}),
	actor('cambridge-analytica', 'company', ['Cambridge Analytica', 'Cambridge Analytica', 'كامبريدج أناليتيكا'], {}),
	actor('solarwinds', 'company', ['SolarWinds', 'SolarWinds', 'سولار ويندز'], { ar: ['سولارويندز'] }),
	actor('kaseya', 'company', ['Kaseya', 'Kaseya', 'كاسيا'], {}),
	actor('colonial-pipeline', 'company', ['Colonial Pipeline', 'Colonial Pipeline', 'كولونيال بايبلاين'], {
		ar: ['كولونيال بايب لاين', 'خط أنابيب كولونيال']
	}),
	actor('jbs', 'company', ['JBS', 'JBS', 'جي بي إس'], {}),
	actor('equifax', 'company', ['Equifax', 'Equifax', 'إكويفاكس'], {}),
	actor('sony', 'company', ['Sony', 'Sony', 'سوني'], { en: ['Sony Pictures'] }),
	actor('saudi-aramco', 'company', ['Saudi Aramco', 'Saudi Aramco', 'أرامكو'], {
		ar: ['أرامكو السعودية', 'ارامكو'],
		fr: ['Aramco'],
		en: ['Aramco']
	}),
	actor('maersk', 'company', ['Maersk', 'Maersk', 'ميرسك'], {}),
	actor('airbus', 'company', ['Airbus', 'Airbus', 'إيرباص'], {}),
	actor('thales', 'company', ['Thales', 'Thales', 'تاليس'], {}),
	// "orange" is a colour and a weather-alert level ("classé orange"): the name needs context.
	actor(
		'orange',
		'company',
		['Orange', 'Orange', 'أورانج'],
		{
			fr: ['opérateur Orange', 'groupe Orange', 'Orange Business Services', 'Orange Cyberdefense'],
			ar: ['شركة أورانج']
		},
		{ weak: { fr: ['Orange'], en: ['Orange'] } }
	),
	actor('tv5monde', 'company', ['TV5Monde', 'TV5Monde', 'تي في 5 موند'], {}),
	actor('binance', 'company', ['Binance', 'Binance', 'بينانس'], {}),
	actor('wikileaks', 'company', ['WikiLeaks', 'WikiLeaks', 'ويكيليكس'], { fr: ['Wikileaks'] }),
	actor('openai', 'company', ['OpenAI', 'OpenAI', 'أوبن إيه آي'], {})
];
