import { describe, expect, it } from 'vitest';
import { dcg, parseJudgements, parseTopicalQueries, scoreGraded } from '../../../indexer/eval/graded';

describe('scoreGraded', () => {
	const judged = new Map([
		['a', 2],
		['b', 1],
		['c', 0]
	]);
	it.each([
		{ name: 'ideal order', returned: ['a', 'b', 'c'], ndcg: 1, precision: 0.2, unjudged: 0 },
		{
			name: 'relevant last',
			returned: ['c', 'b', 'a'],
			ndcg: (1 / Math.log2(3) + 3 / 2) / (3 + 1 / Math.log2(3)),
			precision: 0.2,
			unjudged: 0
		},
		{
			name: 'unjudged counts as not relevant',
			returned: ['x', 'a'],
			ndcg: 3 / Math.log2(3) / (3 + 1 / Math.log2(3)),
			precision: 0.1,
			unjudged: 1
		},
		{ name: 'nothing returned', returned: [], ndcg: 0, precision: 0, unjudged: 0 }
	])('$name', ({ returned, ndcg, precision, unjudged }) => {
		const s = scoreGraded(returned, judged, 10);
		expect(s.ndcg).toBeCloseTo(ndcg, 10);
		expect(s.precision).toBeCloseTo(precision, 10);
		expect(s.unjudged).toBe(unjudged);
	});
	it('lists the languages of the relevant results only', () => {
		const lang = (id: string) => ({ a: 'ar', b: 'fr', c: 'fr' })[id];
		expect(scoreGraded(['c', 'a'], judged, 10, lang).relevantLangs).toEqual(['ar']);
		expect(scoreGraded(['b', 'a'], judged, 10, lang).relevantLangs).toEqual(['ar', 'fr']);
	});
	it('dcg stops at k', () => {
		expect(dcg([1, 1, 1], 1)).toBe(1);
	});
});

describe('topical files', () => {
	it('parses queries and refuses a bad line with its place', () => {
		const q = parseTopicalQueries('# c\nar01\tar\tdev\tداعش\tISIS\n', 'q.tsv');
		expect(q).toEqual([{ qid: 'ar01', lang: 'ar', split: 'dev', q: 'داعش', narrative: 'ISIS' }]);
		expect(() => parseTopicalQueries('x\tde\tdev\tq\tn', 'q.tsv')).toThrow('q.tsv:1');
	});
	it('parses judgements, later lines win, bad grades refused', () => {
		const j = parseJudgements('ar01\tid1\t1\nar01\tid1\t2\n', 'j.tsv');
		expect(j.get('ar01')?.get('id1')).toBe(2);
		expect(() => parseJudgements('ar01\tid1\t3', 'j.tsv')).toThrow('j.tsv:1');
	});
});
