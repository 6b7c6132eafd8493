import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeTerm, encodeTerm } from '$lib/analysis/encode-term';

const arabicLetters = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي'.split('');

describe('encodeTerm / decodeTerm', () => {
	it.each([
		['plain Latin unchanged', 'europol', 'europol'],
		['numbers unchanged', '2018', '2018'],
		['Arabic namespace', 'ايران', 'zzayran'],
		['Latin starting with zz is escaped', 'zzz', 'zxzzz'],
		['Latin starting with zx is escaped', 'zx81', 'zxzx81'],
		['non-ASCII Latin leftovers are escaped', 'ß', 'zx900df'],
		['escape letter 9 is escaped in the other namespace', 'ж9', 'zx9043690039'],
		['empty term', '', 'zx']
	])('%s', (_name, term, token) => {
		expect(encodeTerm(term)).toBe(token);
		expect(decodeTerm(token)).toBe(term);
	});

	it('round-trips every string, including lone surrogates', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (t) => {
				const token = encodeTerm(t);
				expect(token).toMatch(/^[a-z0-9]+$/);
				expect(decodeTerm(token)).toBe(t);
			}),
			{ numRuns: 3000 }
		);
	});

	it('round-trips Arabic and Latin terms and never collides across them', () => {
		const arabic = fc.array(fc.constantFrom(...arabicLetters), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
		const latin = fc.stringMatching(/^[a-z0-9]{1,12}$/);
		fc.assert(
			fc.property(arabic, latin, (a, l) => {
				expect(decodeTerm(encodeTerm(a))).toBe(a);
				expect(decodeTerm(encodeTerm(l))).toBe(l);
				expect(encodeTerm(a)).not.toBe(encodeTerm(l));
			}),
			{ numRuns: 3000 }
		);
	});

	it('keeps prefixes: a prefix of an Arabic term encodes to a prefix of its token', () => {
		const arabic = fc.array(fc.constantFrom(...arabicLetters), { minLength: 2, maxLength: 12 }).map((a) => a.join(''));
		fc.assert(
			fc.property(arabic, fc.nat(), (a, n) => {
				const p = a.slice(0, 1 + (n % a.length));
				expect(encodeTerm(a).startsWith(encodeTerm(p))).toBe(true);
			})
		);
	});

	it('rejects strings it cannot have produced', () => {
		expect(() => decodeTerm('zz9zz')).toThrow(RangeError);
		expect(() => decodeTerm('Abc')).toThrow(RangeError);
	});
});
