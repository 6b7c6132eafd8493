import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatQuery, parseQuery, QUERY_FIELDS, searchText } from '$lib/search/query-syntax';
import type { QueryPart } from '$lib/search/query-syntax';
import { stateFromUrl, stateToUrl, defaultState } from '$lib/search/url-state';

describe('parseQuery', () => {
	it.each<[string, QueryPart[]]>([
		[
			'داعش -Europol',
			[
				{ kind: 'word', text: 'داعش' },
				{ kind: 'exclude', text: 'Europol' }
			]
		],
		[
			'"fiche S" attentat',
			[
				{ kind: 'phrase', text: 'fiche S' },
				{ kind: 'word', text: 'attentat' }
			]
		],
		[
			'actor:isis country:فرنسا',
			[
				{ kind: 'field', field: 'actor', value: 'isis' },
				{ kind: 'field', field: 'country', value: 'فرنسا' }
			]
		],
		[
			'بلد:فرنسا تهديد:"برامج الفدية"',
			[
				{ kind: 'field', field: 'country', value: 'فرنسا' },
				{ kind: 'field', field: 'threat', value: 'برامج الفدية' }
			]
		],
		[
			'-"État islamique" lang:fr',
			[
				{ kind: 'exclude', text: 'État islamique' },
				{ kind: 'field', field: 'lang', value: 'fr' }
			]
		],
		['Pays:FR', [{ kind: 'field', field: 'country', value: 'FR' }]],
		[
			'espionnage Pegasus OR Europol OR "cyber attaque"',
			[
				{ kind: 'word', text: 'espionnage' },
				{
					kind: 'any',
					options: [
						{ kind: 'word', text: 'Pegasus' },
						{ kind: 'word', text: 'Europol' },
						{ kind: 'phrase', text: 'cyber attaque' }
					]
				}
			]
		]
	])('%s', (q, parts) => {
		expect(parseQuery(q).parts).toEqual(parts);
	});

	it.each<[string, string[]]>([
		['"unclosed phrase', ['unclosed', 'phrase']],
		['actor: isis', ['actor:', 'isis']],
		['foo:bar', ['foo:bar']],
		['- lone', ['-', 'lone']],
		['cyber-attaque', ['cyber-attaque']],
		['10:30', ['10:30']],
		['OR Europol', ['OR', 'Europol']],
		['Pegasus OR', ['Pegasus', 'OR']],
		['Pegasus OR OR Europol', ['Pegasus', 'OR', 'OR', 'Europol']],
		['Pegasus or Europol', ['Pegasus', 'or', 'Europol']]
	])('malformed syntax degrades to plain words: %s', (q, words) => {
		const parts = parseQuery(q).parts;
		expect(parts.every((p) => p.kind === 'word')).toBe(true);
		expect(parts.map((p) => (p.kind === 'word' ? p.text : ''))).toEqual(words);
	});

	it('typing is true only when the query ends inside a plain word', () => {
		expect(parseQuery('cyber att').typing).toBe(true);
		expect(parseQuery('cyber att ').typing).toBe(false);
		expect(parseQuery('"cyber att"').typing).toBe(false);
		expect(searchText(parseQuery('"a b" c d')).words).toBe('c d');
		expect(searchText(parseQuery('"a b" c d')).required).toBe('a b ');
		// The last word belongs to an OR group: the plain words are complete.
		expect(searchText(parseQuery('c a OR b')).words).toBe('c ');
	});

	it('never throws on any input', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', 'ب', ' ', '"', '-', ':', '«', '»', 'actor', 'بلد') }), (q) => {
				expect(() => parseQuery(q)).not.toThrow();
			})
		);
	});
});

const letters = fc.constantFrom('a', 'b', 'é', 'س', 'ل', 'ا', '1', '.');
const token = fc.string({ unit: letters, minLength: 1, maxLength: 6 });
const phraseText = fc.array(token, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const part: fc.Arbitrary<QueryPart> = fc.oneof(
	token.map((text) => ({ kind: 'word' as const, text })),
	phraseText.map((text) => ({ kind: 'phrase' as const, text })),
	phraseText.map((text) => ({ kind: 'exclude' as const, text })),
	fc.record({ kind: fc.constant('field' as const), field: fc.constantFrom(...QUERY_FIELDS), value: phraseText }),
	fc
		.array(
			fc.oneof(
				token.map((text) => ({ kind: 'word' as const, text })),
				phraseText.map((text) => ({ kind: 'phrase' as const, text }))
			),
			{ minLength: 2, maxLength: 3 }
		)
		.map((options) => ({ kind: 'any' as const, options }))
);

describe('round trip', () => {
	it('parseQuery(formatQuery(parts)) gives the parts back', () => {
		fc.assert(
			fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
				expect(parseQuery(formatQuery({ parts })).parts).toEqual(parts);
			})
		);
	});

	it('operators survive the URL: stateFromUrl(stateToUrl(state)) keeps every part', () => {
		fc.assert(
			fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
				const q = formatQuery({ parts });
				const back = stateFromUrl(new URL(`http://x/${stateToUrl({ ...defaultState(), q })}`));
				expect(parseQuery(back.q).parts).toEqual(parts);
			})
		);
	});
});
