/**
 * Malicious or surveillance products. They are entities of their own (not
 * actors: Pegasus is NSO Group's product, not an alias of it) and imply threats.
 */
import { product } from './define';
import type { KbEntry } from './types';

export const PRODUCTS: KbEntry[] = [
	product(
		'pegasus',
		'spyware',
		['Pegasus', 'Pegasus', 'بيغاسوس'],
		{
			ar: ['برنامج بيغاسوس', 'برنامج التجسس بيغاسوس', 'برنامج بيجاسوس'],
			fr: ['logiciel Pegasus', 'logiciel espion Pegasus'],
			en: ['Pegasus spyware']
		},
		// Pegasus is also an airline, a horse, a film: the bare name needs context.
		{
			implies: ['spyware'],
			weak: { ar: ['بيغاسوس', 'بيجاسوس', 'بيغاسوز', 'بيگاسوس'], fr: ['Pegasus'], en: ['Pegasus'] }
		}
	),
	product(
		'predator',
		'spyware',
		['Predator spyware', 'logiciel espion Predator', 'برنامج التجسس بريداتور'],
		{ ar: ['بريداتور'] },
		{ implies: ['spyware'] }
	),
	product('finspy', 'spyware', ['FinSpy', 'FinSpy', 'فين سباي'], {}, { implies: ['spyware'] }),
	product(
		'hermit',
		'spyware',
		['Hermit spyware', 'logiciel espion Hermit', 'برنامج التجسس هيرميت'],
		{},
		{ implies: ['spyware'] }
	),
	product(
		'wannacry',
		'malware',
		['WannaCry', 'WannaCry', 'واناكراي'],
		{ ar: ['وانا كراي', 'وانا كري'], fr: ['Wannacry', 'WannaCrypt'], en: ['WannaCrypt'] },
		{ implies: ['ransomware'] }
	),
	product(
		'notpetya',
		'malware',
		['NotPetya', 'NotPetya', 'نوت بيتيا'],
		{ ar: ['نوتبيتيا'], en: ['Petya'] },
		{ implies: ['malware'] }
	),
	product('stuxnet', 'malware', ['Stuxnet', 'Stuxnet', 'ستوكسنت'], { ar: ['ستاكسنت'] }, { implies: ['malware'] }),
	// شمعون is also Shimon (Shimon Peres): the Arabic name alone needs context.
	product(
		'shamoon',
		'malware',
		['Shamoon', 'Shamoon', 'شمعون'],
		{ ar: ['فيروس شمعون', 'برنامج شمعون'] },
		{ implies: ['malware'], weak: { ar: ['=شمعون'] } }
	),
	product('flame', 'malware', ['Flame malware', 'virus Flame', 'فيروس فليم'], {}, { implies: ['malware'] }),
	product('emotet', 'malware', ['Emotet', 'Emotet', 'إيموتيت'], {}, { implies: ['malware'] }),
	product('trickbot', 'malware', ['TrickBot', 'TrickBot', 'تريك بوت'], {}, { implies: ['malware'] }),
	// ميراي is also Mireille (Mireille Mathieu): the bare name needs context.
	product(
		'mirai',
		'malware',
		['Mirai', 'Mirai', 'ميراي'],
		{ fr: ['botnet Mirai'], en: ['Mirai botnet'], ar: ['شبكة ميراي'] },
		{ implies: ['malware', 'ddos'], weak: { ar: ['=ميراي'], fr: ['Mirai'], en: ['Mirai'] } }
	),
	product('zeus', 'malware', ['Zeus trojan', 'cheval de Troie Zeus', 'حصان طروادة زيوس'], {}, { implies: ['malware'] }),
	product('industroyer', 'malware', ['Industroyer', 'Industroyer', 'إندستروير'], {}, { implies: ['malware'] }),
	product('blackenergy', 'malware', ['BlackEnergy', 'BlackEnergy', 'بلاك إنرجي'], {}, { implies: ['malware'] }),
	product('cobalt-strike', 'tool', ['Cobalt Strike', 'Cobalt Strike', 'كوبالت سترايك'], {}, {}),
	product('eternalblue', 'tool', ['EternalBlue', 'EternalBlue', 'إترنال بلو'], {}, { implies: ['cyberattack'] }),
	product('xkeyscore', 'tool', ['XKeyscore', 'XKeyscore', 'إكس كي سكور'], {}, { implies: ['espionage'] }),
	product('prism', 'tool', ['PRISM', 'PRISM', 'بريزم'], { ar: ['برنامج بريزم'] }, { implies: ['espionage'] })
];
