/**
 * The query operators analysts type, parsed from the text of `q` (so they live in the URL and the
 * API like any query): `"exact phrase"`, `-exclude` (also `-"a phrase"`), and field prefixes
 * `actor:` `country:` `threat:` `source:` `lang:` in Latin or Arabic script (`بلد:فرنسا`,
 * `actor:"État islamique"`), and `OR` between words or phrases (`Pegasus OR Europol`; binds tighter
 * than the implicit AND, like web search engines). Pure; never throws: anything malformed (an
 * unclosed quote, an unknown or empty prefix, a lone `-`, an `OR` with nothing on one side) is
 * read as plain words.
 */

export const QUERY_FIELDS = ['actor', 'country', 'threat', 'source', 'lang'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

/** Prefix spellings, lower-cased (Arabic has no case). The first one is canonical. */
export const FIELD_PREFIXES: Record<QueryField, readonly string[]> = {
	actor: ['actor', 'acteur', 'فاعل', 'جهة'],
	country: ['country', 'pays', 'بلد', 'دولة'],
	threat: ['threat', 'menace', 'تهديد'],
	source: ['source', 'site', 'مصدر'],
	lang: ['lang', 'langue', 'لغة']
};

/** A word or a phrase: what `OR` joins. */
export type QueryAtom = { kind: 'word'; text: string } | { kind: 'phrase'; text: string };

export type QueryPart =
	| QueryAtom
	| { kind: 'any'; options: QueryAtom[] }
	| { kind: 'exclude'; text: string }
	| { kind: 'field'; field: QueryField; value: string };

export interface ParsedQuery {
	parts: QueryPart[];
	/** True when the query ends inside a plain word (the user is still typing it). */
	typing: boolean;
}

const PREFIX_TO_FIELD = new Map<string, QueryField>(
	QUERY_FIELDS.flatMap((f) => FIELD_PREFIXES[f].map((p) => [p, f] as const))
);
const QUOTES = /["«»“”]/;

function fieldOf(prefix: string): QueryField | undefined {
	return PREFIX_TO_FIELD.get(prefix.toLowerCase());
}

/** Reads a quoted run starting at `i` (a quote): [text, next index], or null when unclosed. */
function readQuoted(q: string, i: number): [string, number] | null {
	const close = q.slice(i + 1).search(QUOTES);
	if (close < 0) return null;
	return [q.slice(i + 1, i + 1 + close).trim(), i + 2 + close];
}

function readBare(q: string, i: number): [string, number] {
	let j = i;
	while (j < q.length && !/\s/.test(q.charAt(j))) j++;
	return [q.slice(i, j), j];
}

const clean = (text: string): string => text.replace(QUOTES, ' ').replace(/\s+/g, ' ').trim();

export function parseQuery(q: string): ParsedQuery {
	const parts: QueryPart[] = [];
	const orAt = new Set<number>();
	let i = 0;
	let typing = false;
	const word = (text: string) => {
		for (const w of clean(text).split(' ')) if (w) parts.push({ kind: 'word', text: w });
	};
	while (i < q.length) {
		const ch = q.charAt(i);
		if (/\s/.test(ch)) {
			i++;
			continue;
		}
		typing = false;
		if (QUOTES.test(ch)) {
			const quoted = readQuoted(q, i);
			if (!quoted) {
				// Unclosed: the rest is plain words.
				word(q.slice(i + 1));
				typing = !/\s$/.test(q);
				break;
			}
			if (clean(quoted[0])) parts.push({ kind: 'phrase', text: clean(quoted[0]) });
			i = quoted[1];
			continue;
		}
		if (ch === '-' && i + 1 < q.length && !/[\s-]/.test(q.charAt(i + 1))) {
			const quoted = QUOTES.test(q.charAt(i + 1)) ? readQuoted(q, i + 1) : null;
			const [text, next] = quoted ?? readBare(q, i + 1);
			if (clean(text)) parts.push({ kind: 'exclude', text: clean(text) });
			i = next;
			continue;
		}
		const [bare, next] = readBare(q, i);
		const colon = bare.indexOf(':');
		const field = colon > 0 ? fieldOf(bare.slice(0, colon)) : undefined;
		if (field) {
			const rest = bare.slice(colon + 1);
			const quoted = QUOTES.test(rest.charAt(0)) ? readQuoted(q, i + colon + 1) : null;
			const [value, after] = quoted ?? [rest, next];
			if (clean(value)) {
				parts.push({ kind: 'field', field, value: clean(value) });
				i = after;
				continue;
			}
		}
		if (bare === OR_OPERATOR) orAt.add(parts.length);
		word(bare);
		i = next;
		typing = next >= q.length;
	}
	return { parts: orAt.size ? joinAlternatives(parts, orAt) : parts, typing };
}

/** The OR operator: upper-case only, so the French word "or" stays a word. */
export const OR_OPERATOR = 'OR';

/**
 * Joins `a OR b OR c` (words or phrases) into one `any` part. An OR with no word or phrase on one
 * side is the plain word "OR".
 */
function joinAlternatives(parts: QueryPart[], orAt: ReadonlySet<number>): QueryPart[] {
	const out: QueryPart[] = [];
	const isAtom = (p: QueryPart | undefined): p is QueryAtom => p?.kind === 'word' || p?.kind === 'phrase';
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i] as QueryPart;
		if (!orAt.has(i)) {
			out.push(part);
			continue;
		}
		const prev = out[out.length - 1];
		const next = parts[i + 1];
		if (isAtom(next) && !orAt.has(i + 1) && !orAt.has(i - 1) && (isAtom(prev) || prev?.kind === 'any')) {
			if (prev.kind === 'any') prev.options.push(next);
			else out[out.length - 1] = { kind: 'any', options: [prev, next] };
			i++;
		} else out.push(part);
	}
	return out;
}

function quote(text: string): string {
	return `"${text}"`;
}

/** The query text for parts: parseQuery(formatQuery(p)).parts equals p.parts. */
export function formatQuery(parsed: Pick<ParsedQuery, 'parts'>): string {
	const out = parsed.parts.map((p) => {
		switch (p.kind) {
			case 'word':
				return p.text;
			case 'phrase':
				return quote(p.text);
			case 'exclude':
				return /\s/.test(p.text) ? `-${quote(p.text)}` : `-${p.text}`;
			case 'field':
				return `${FIELD_PREFIXES[p.field][0]}:${/\s/.test(p.value) ? quote(p.value) : p.value}`;
			case 'any':
				return p.options.map((o) => (o.kind === 'phrase' ? quote(o.text) : o.text)).join(` ${OR_OPERATOR} `);
		}
	});
	return out.join(' ');
}

/** The words searched for: plain words and phrase words, for analyzeQuery (prefix only when typing). */
export function searchText(parsed: ParsedQuery): { required: string; words: string } {
	const required = parsed.parts.flatMap((p) => (p.kind === 'phrase' ? [p.text] : [])).join(' ');
	const words = parsed.parts.flatMap((p) => (p.kind === 'word' ? [p.text] : [])).join(' ');
	// Only a plain word at the very end is being typed (a prefix).
	const typing = parsed.typing && parsed.parts[parsed.parts.length - 1]?.kind === 'word';
	return { required: required ? `${required} ` : '', words: typing ? words : words ? `${words} ` : '' };
}

/** The OR groups: each a list of alternatives, each alternative's text (phrases unquoted). */
export function alternativeTexts(parsed: ParsedQuery): string[][] {
	return parsed.parts.flatMap((p) => (p.kind === 'any' ? [p.options.map((o) => o.text)] : []));
}

export function excludedText(parsed: ParsedQuery): string {
	const text = parsed.parts.flatMap((p) => (p.kind === 'exclude' ? [p.text] : [])).join(' ');
	return text ? `${text} ` : '';
}

export function fieldValues(parsed: ParsedQuery): { field: QueryField; value: string }[] {
	return parsed.parts.flatMap((p) => (p.kind === 'field' ? [{ field: p.field, value: p.value }] : []));
}

/**
 * The query with `words` quoted (quoted words are searched exactly: never corrected, never
 * dropped): the "search instead for" link of a forgiven search.
 */
export function exactQueryOf(words: readonly string[], q: string): string {
	const parsed = parseQuery(q);
	const wanted = new Set(words);
	const parts = parsed.parts.map((part) =>
		part.kind === 'word' && (wanted.size === 0 || wanted.has(part.text))
			? { kind: 'phrase' as const, text: part.text }
			: part
	);
	return formatQuery({ parts });
}
