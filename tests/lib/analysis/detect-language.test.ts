import { describe, expect, it } from 'vitest';
import { detectLanguage } from '$lib/analysis/detect-language';

describe('detectLanguage', () => {
	it.each([
		['ألبانيا تقطع العلاقات مع إيران بسبب هجوم إلكتروني', 'ar'],
		['قال مسؤول في Europol إن الهجوم استهدف Microsoft', 'ar'],
		["L'Albanie rompt ses relations avec l'Iran après une cyberattaque", 'fr'],
		['Albania cuts ties with Iran over a cyberattack on its government', 'en'],
		['The attack was claimed by the group', 'en'],
		['Pegasus', 'fr'],
		['', 'fr']
	])('%s → %s', (text, lang) => {
		expect(detectLanguage(text)).toBe(lang);
	});
});
