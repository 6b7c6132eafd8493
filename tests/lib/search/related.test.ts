import { describe, expect, it } from 'vitest';
import { rankRelated, sharedEntityCount } from '$lib/search/related';

const doc = (id: string, actors: string[], countries: string[], threats: string[], timestamp: number | null = 0) => ({
	id,
	actors,
	countries,
	threats,
	timestamp
});

describe('related articles', () => {
	const me = doc('me', ['isis', 'pkk'], ['SY', 'IQ'], ['terrorism']);

	it('counts shared values per field, ignoring duplicates', () => {
		expect(sharedEntityCount(me, doc('x', ['isis', 'isis'], ['SY'], []))).toEqual({ total: 2, actors: 1 });
	});

	it('ranks by shared values, then shared actors, then newest; drops itself and strangers', () => {
		const ranked = rankRelated(
			me,
			[
				doc('me', ['isis'], ['SY'], ['terrorism']),
				doc('stranger', ['x'], ['FR'], []),
				doc('countries', [], ['SY', 'IQ'], [], 5),
				doc('actor', ['isis'], ['SY'], [], 1),
				doc('best', ['isis', 'pkk'], ['SY'], ['terrorism']),
				doc('old-actor', ['pkk'], ['IQ'], [], 0),
				doc('no-date', ['pkk'], ['IQ'], [], null)
			],
			10
		);
		expect(ranked.map((r) => [r.doc.id, r.shared])).toEqual([
			['best', 4],
			['actor', 2],
			['old-actor', 2],
			['no-date', 2],
			['countries', 2]
		]);
		expect(
			rankRelated(
				me,
				ranked.map((r) => r.doc),
				2
			)
		).toHaveLength(2);
		expect(
			rankRelated(
				me,
				ranked.map((r) => r.doc),
				-1
			)
		).toEqual([]);
	});
});
