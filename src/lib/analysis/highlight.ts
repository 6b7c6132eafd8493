/**
 * Highlighting with the same analysis as search, so a mark means "this word matched": searching
 * إيران marks وإيران and لإيران, الهجمات marks هجمات, and a bare ال marks nothing. Marks always
 * wrap whole tokens, never a fragment of a word.
 */

import type { Lang } from '../article';
import { analyzeText } from './analyze';
import type { AnalysedToken, QueryTerm } from './analyze';

const ESCAPES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function termsMatch(terms: readonly string[], query: readonly QueryTerm[]): boolean {
	for (const q of query) {
		for (const t of terms) if (q.prefix ? t.startsWith(q.term) : t === q.term) return true;
	}
	return false;
}

/** Tokens of `text` with a flag telling whether each matches the query. */
function markedTokens(
	text: string,
	lang: Lang,
	query: readonly QueryTerm[]
): Array<{ token: AnalysedToken; hit: boolean }> {
	const usable = query.filter((q) => q.term.length > 0);
	// Every occurrence of a word shares one terms array (the analysis cache): decide once per word.
	const seen = new Map<readonly string[], boolean>();
	return analyzeText(text, lang).map((token) => {
		let hit = seen.get(token.terms);
		if (hit === undefined) {
			hit = usable.length > 0 && termsMatch(token.terms, usable);
			seen.set(token.terms, hit);
		}
		return { token, hit };
	});
}

/** Render text[from, to) escaped, with <mark> around matching tokens inside it. */
function render(
	text: string,
	tokens: ReadonlyArray<{ token: AnalysedToken; hit: boolean }>,
	from: number,
	to: number,
	gap: (s: string) => string
): string {
	let out = '';
	let pos = from;
	for (const { token, hit } of tokens) {
		if (token.start < from || token.end > to) continue;
		if (!hit) continue;
		out += gap(text.slice(pos, token.start)) + '<mark>' + escapeHtml(token.surface) + '</mark>';
		pos = token.end;
	}
	return out + gap(text.slice(pos, to));
}

/** The whole text, HTML-escaped, with every matching token wrapped in <mark>. */
export function highlightHtml(text: string, lang: Lang, query: QueryTerm[]): string {
	return render(text, markedTokens(text, lang, query), 0, text.length, escapeHtml);
}

const collapse = (s: string): string => escapeHtml(s.replace(/\s+/gu, ' '));

/**
 * A window of at most `maxChars` characters of `text` around the densest cluster of matches,
 * cut at word boundaries, with "…" where it was cut; escaped and marked. Without a match, the
 * start of the text. Whitespace runs are collapsed (ANT bodies keep hard line breaks).
 */
export function snippetHtml(text: string, lang: Lang, query: QueryTerm[], maxChars = 240): string {
	const tokens = markedTokens(text, lang, query);
	if (tokens.length === 0) return collapse(text.slice(0, maxChars));
	const hits = tokens.filter((t) => t.hit).map((t) => t.token);

	// Densest cluster: the most hits whose span fits in maxChars (two pointers over hits).
	let bestFrom = 0;
	let bestTo = 0;
	let bestCount = 0;
	let left = 0;
	for (let right = 0; right < hits.length; right++) {
		const r = hits[right];
		if (r === undefined) break;
		while (left < right && r.end - (hits[left]?.start ?? 0) > maxChars) left++;
		const count = right - left + 1;
		if (count > bestCount) {
			bestCount = count;
			bestFrom = hits[left]?.start ?? 0;
			bestTo = r.end;
		}
	}
	if (bestCount === 0) {
		bestFrom = 0;
		bestTo = 0;
	}

	// Grow the window evenly on both sides to use the budget, then snap to token boundaries so
	// no word is cut in half.
	const slack = Math.max(0, maxChars - (bestTo - bestFrom));
	let from = Math.max(0, bestFrom - Math.floor(slack / 2));
	let to = Math.min(text.length, from + Math.max(maxChars, bestTo - bestFrom));
	if (to - from < maxChars) from = Math.max(0, to - maxChars);
	if (bestCount === 0) from = 0;

	const inside = tokens.filter(({ token }) => token.start >= from && token.end <= to);
	const first = inside[0]?.token;
	const last = inside[inside.length - 1]?.token;
	if (from > 0 && first) from = first.start;
	if (to < text.length && last) to = last.end;
	if (!first || !last) {
		from = bestFrom;
		to = bestTo;
	}

	const body = render(text, tokens, from, to, collapse).trim();
	return (from > 0 ? '… ' : '') + body + (to < text.length ? ' …' : '');
}
