import { describe, expect, it } from 'vitest';
import { tokenize } from '$lib/analysis/tokenize';

const surfaces = (text: string): string[] => tokenize(text).map((t) => t.surface);

describe('tokenize', () => {
	it('gives UTF-16 offsets into the original mixed text', () => {
		const text = 'Le logiciel d’Europol, 😀 ٢٠١٨ و«إيران» COVID-19 mi6';
		const tokens = tokenize(text);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
		expect(tokens.map((t) => [t.surface, t.script])).toEqual([
			['Le', 'latin'],
			['logiciel', 'latin'],
			['d’Europol', 'latin'],
			['٢٠١٨', 'latin'],
			['و', 'arabic'],
			['إيران', 'arabic'],
			['COVID', 'latin'],
			['19', 'latin'],
			['mi6', 'latin']
		]);
	});

	it('splits at script changes', () => {
		expect(surfaces('Iranإيران2024')).toEqual(['Iran', 'إيران', '2024']);
		expect(tokenize('إيرانIran').map((t) => t.script)).toEqual(['arabic', 'latin']);
		expect(tokenize('Путин').map((t) => t.script)).toEqual(['other']);
	});

	it('keeps apostrophes only between Latin letters', () => {
		expect(surfaces("l'avion aujourd'hui l' 'x")).toEqual(["l'avion", "aujourd'hui", 'l', 'x']);
	});

	it('splits hyphens and punctuation', () => {
		expect(surfaces('anti-terroriste, Al-Qaïda.')).toEqual(['anti', 'terroriste', 'Al', 'Qaïda']);
	});

	it('keeps harakat, tatweel and zero-width joiners inside Arabic words', () => {
		expect(surfaces('كَتَبَ إيـــران اي\u200Cران')).toEqual(['كَتَبَ', 'إيـــران', 'اي\u200Cران']);
	});

	it('keeps combining accents in Latin words', () => {
		expect(surfaces('Qa\u0308ida e\u0301te\u0301')).toEqual(['Qa\u0308ida', 'e\u0301te\u0301']);
	});
});
