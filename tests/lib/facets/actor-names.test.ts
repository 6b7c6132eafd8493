import { describe, expect, it } from 'vitest';
import {
	actorNameLabel,
	decodeActorName,
	encodeActorName,
	mergeActorNames,
	type ActorName
} from '../../../src/lib/facets/actor-names';
import type { FacetHit } from '../../../src/lib/facets/types';

const hit = (label: string | undefined, surfaces: string[], type = 'person'): FacetHit => ({
	id: 'lionel-missy',
	type,
	count: surfaces.length,
	mentions: surfaces.map((surface) => ({ field: 'body', start: 0, end: surface.length, surface, weak: false })),
	...(label === undefined ? {} : { label })
});

describe('actor names', () => {
	it('stores nothing for knowledge-base actors (no label)', () => {
		expect(encodeActorName(hit(undefined, ['ISIS']))).toBeUndefined();
	});

	it.each([
		// label, surfaces → latin, written, arabic
		['Lionel Missy', ['ليونيل ميسي'], 'Lionel Missy', false, 'ليونيل ميسي'],
		['Lionel Messi', ['Lionel Messi'], 'Lionel Messi', true, ''],
		['وزارة الداخلية', ['وزارة الداخلية'], '', false, 'وزارة الداخلية'],
		['a\tb', ['a\tb'], 'a b', true, '']
	] as const)('round-trips %s', (label, surfaces, latin, written, arabic) => {
		const line = encodeActorName(hit(label, [...surfaces]));
		expect(line).toBeDefined();
		expect(decodeActorName(line!)).toEqual({ id: 'lionel-missy', type: 'person', latin, latinWritten: written, arabic });
	});

	it('rejects lines without an id, a type or any label', () => {
		for (const line of ['', 'x', 'x\tperson', 'x\tperson\t\t0\t']) expect(decodeActorName(line)).toBeUndefined();
	});

	const name = (latin: string, written: boolean, arabic = ''): ActorName => ({
		id: 'lionel-missy',
		type: 'person',
		latin,
		latinWritten: written,
		arabic
	});

	it('prefers the Latin spelling a text wrote over the name table’s, then the most frequent', () => {
		const merged = mergeActorNames([
			name('Lionel Missy', false, 'ليونيل ميسي'),
			name('Lionel Messi', true),
			name('Lionel Missy', false, 'ليونيل ميسي'),
			name('Lionel Messi', true)
		]);
		expect(merged).toMatchObject({ latin: 'Lionel Messi', latinWritten: true, arabic: 'ليونيل ميسي' });
		expect(actorNameLabel(merged!, 'ar')).toBe('ليونيل ميسي');
		expect(actorNameLabel(merged!, 'fr')).toBe('Lionel Messi');
	});

	it('labels an Arabic-only organisation in Arabic in every UI language', () => {
		const org: ActorName = { id: 'o-x', type: 'agency', latin: '', latinWritten: false, arabic: 'هيئة النزاهة' };
		expect(actorNameLabel(org, 'en')).toBe('هيئة النزاهة');
		expect(mergeActorNames([])).toBeUndefined();
	});
});
