import { describe, expect, it } from 'vitest';
import { analyzeFrench, stripElision } from '$lib/analysis/analyze-french';
import { analyzeEnglish } from '$lib/analysis/analyze-english';
import { foldLatin } from '$lib/analysis/fold-latin';

describe('French chain', () => {
	it.each([
		["l'avion", 'avion'],
		['d’Europol', 'Europol'],
		["j'ai", 'ai'],
		["m'a", 'a'],
		["n'est", 'est'],
		["s'est", 'est'],
		["t'es", 'es'],
		["c'est", 'est'],
		["qu'il", 'il'],
		["jusqu'ici", 'ici'],
		["lorsqu'elle", 'elle'],
		["puisqu'on", 'on'],
		["quoiqu'il", 'il']
	])('elision %s → %s (case kept: stripElision runs before folding)', (word, rest) => {
		expect(stripElision(word)).toBe(rest);
	});

	it('does not strip a non-elided apostrophe word', () => {
		expect(stripElision("aujourd'hui")).toBe("aujourd'hui");
		expect(analyzeFrench("aujourd'hui")).toBe(analyzeFrench('aujourdhui'));
	});

	it.each([
		['œuvre', 'oeuvr'],
		['Cœurs', 'coeu'],
		['ex æquo', 'ex aequo']
	])('ligature %s', (word, expected) => {
		expect(word.includes(' ') ? foldLatin(word) : analyzeFrench(word)).toBe(expected);
	});

	it.each([
		['plural -s (and doubled t collapsed)', 'attentats', 'atentat'],
		['plural -x', 'réseaux', 'reseau'],
		['-aux → -al', 'chevaux', 'cheval'],
		['-oux', 'hiboux', 'hibou'],
		['-eaux keeps eau', 'bureaux', 'bureau'],
		['-issement → -ir, then final r dropped', 'établissement', 'etabli'],
		['-ement', 'rapidement', 'rapid'],
		['-ivement', 'définitivement', 'definitif'],
		['-ateur', 'administrateur', 'administr'],
		['-atrice', 'administratrice', 'administr'],
		['-ième', 'deuxième', 'deux'],
		['-ième without accent', 'deuxieme', 'deux'],
		['-teur', 'directeur', 'direct'],
		['-euse', 'heureuse', 'heureu'],
		['-euse meets -eux', 'heureux', 'heureu'],
		['-ive', 'offensive', 'ofensif'],
		['-ique', 'islamique', 'islam'],
		['-ation', 'organisation', 'organ'],
		['doubled letters', 'cyberattaques', 'cyberataqu'],
		['accents folded', 'État', 'etat'],
		['accent-insensitive', 'etat', 'etat'],
		['cryptées', 'cryptées', 'crypt'],
		['messageries', 'messageries', 'mesag'],
		['short words untouched', 'os', 'os']
	])('%s: %s → %s', (_name, word, expected) => {
		expect(analyzeFrench(word)).toBe(expected);
	});

	it('singular and plural meet', () => {
		for (const [a, b] of [
			['cyberattaque', 'cyberattaques'],
			['rançongiciel', 'rançongiciels'],
			['américain', 'américaines'],
			['cheval', 'chevaux'],
			['islamique', 'islamiques']
		] as const)
			expect(analyzeFrench(a)).toBe(analyzeFrench(b));
	});
});

describe('English chain', () => {
	it.each([
		['agencies', 'agency'],
		['boxes', 'box'],
		['viruses', 'virus'],
		['churches', 'church'],
		['wishes', 'wish'],
		['attacks', 'attack'],
		['class', 'class'],
		['virus', 'virus'],
		['analysis', 'analysis'],
		['Europol’s', 'europol'],
		['gas', 'gas'],
		['days', 'day']
	])('%s → %s', (word, expected) => {
		expect(analyzeEnglish(word)).toBe(expected);
	});
});
