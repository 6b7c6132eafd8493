/**
 * Facets of an article from entity matches, with thresholds so that a passing
 * mention in boilerplate (menus, share buttons, "follow us on YouTube") does not
 * tag the article.
 *
 * Rules (general, tuned on the seeds and checked on corpus samples):
 * - Mentions in short body lines (< SHORT_LINE tokens: menus, captions, bylines) do not count.
 * - A weak alias (surname alone, weak trigger word) counts only when the entity also has a
 *   strong mention: "راما" is Edi Rama only in a text that named him in full.
 * - Countries and actors: one counted mention tags; `ambiguous` entries need
 *   `minMentions` (default 2) or a title mention.
 * - Threats: score = 2 per strong trigger + 1 per weak trigger (title mentions count double);
 *   a score of 2 tags (one strong trigger or two weak ones). Tagged actors and products add
 *   the threats they imply (a ransomware gang → ransomware; Pegasus → spyware). A threat with
 *   `requires` is dropped unless the required threat is tagged too.
 */
import type { KbEntry, ThreatEntry, ThreatId } from '../knowledge/types';
import { matchTokens } from './match-entities';
import type { CompiledKb } from './match-entities';
import type {
	ArticleText,
	EntityMatch,
	TextField,
	ExtractedFacets,
	FacetHit,
	Mention,
	ThreatHit,
	TokenLike
} from './types';

/** Body lines with fewer analysed tokens than this are treated as boilerplate. */
export const SHORT_LINE = 4;
/** Default mentions needed by an ambiguous entity named only in the body. */
export const AMBIGUOUS_MIN_MENTIONS = 2;
/** Threat score needed to tag. */
export const THREAT_SCORE = 2;

interface Scored {
	entry: KbEntry;
	mentions: Mention[];
	counted: Mention[];
	inTitle: boolean;
}

/** Token count of the line holding each token, so a mention knows whether it sits in boilerplate. */
function lineSizes(text: string, tokens: readonly TokenLike[]): Uint32Array {
	// One pass: tokens come in text order, so the line number only moves forward.
	const lineOf = new Uint32Array(tokens.length);
	const perLine: number[] = [0];
	let line = 0;
	let nextBreak = text.indexOf('\n');
	for (let i = 0; i < tokens.length; i++) {
		const start = tokens[i]!.start;
		while (nextBreak !== -1 && nextBreak < start) {
			line++;
			perLine.push(0);
			nextBreak = text.indexOf('\n', nextBreak + 1);
		}
		lineOf[i] = line;
		perLine[line]!++;
	}
	for (let i = 0; i < tokens.length; i++) lineOf[i] = perLine[lineOf[i]!]!;
	return lineOf;
}

function inBoilerplate(match: EntityMatch, tokens: readonly TokenLike[], sizes: Uint32Array): boolean {
	if (match.field === 'title') return false;
	const k = tokenStartingAt(tokens, match.start);
	return k < tokens.length && (sizes[k] ?? 0) < SHORT_LINE;
}

/** Index of the token that starts at `start` (tokens are sorted by start), else tokens.length. */
function tokenStartingAt(tokens: readonly TokenLike[], start: number): number {
	let lo = 0;
	let hi = tokens.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >>> 1;
		const at = tokens[mid]!.start;
		if (at === start) return mid;
		if (at < start) lo = mid + 1;
		else hi = mid - 1;
	}
	return tokens.length;
}

/**
 * Matches, plus the countries named inside a multi-word actor name after its first word:
 * "وزارة العدل الأمريكية" names the United States, "حزب الله اللبناني" Lebanon. A country
 * word that opens the name ("Cuba ransomware") is part of a proper name, not a mention.
 */
function withNestedCountries(ckb: CompiledKb, text: string, tokens: TokenLike[], field: TextField): EntityMatch[] {
	const matches = matchTokens(ckb, text, tokens, { field });
	const nested: EntityMatch[] = [];
	for (const m of matches) {
		if (m.entry.kind !== 'actor') continue;
		// The tokens after the first one of the match, up to its end (tokens are in text order).
		const inside: TokenLike[] = [];
		for (let i = tokenStartingAt(tokens, m.start) + 1; i < tokens.length && tokens[i]!.end <= m.end; i++) {
			inside.push(tokens[i]!);
		}
		if (inside.length === 0) continue;
		for (const n of matchTokens(ckb, text, inside, { field })) {
			if (n.entry.kind === 'country') nested.push(n);
		}
	}
	return [...matches, ...nested];
}

export function extractFacets(article: ArticleText, ckb: CompiledKb): ExtractedFacets {
	const titleTokens = article.tokens?.title ?? ckb.analyze(article.title, article.lang);
	const bodyTokens = article.tokens?.body ?? ckb.analyze(article.body, article.lang);
	const bodySizes = lineSizes(article.body, bodyTokens);
	const allMatches = [
		...withNestedCountries(ckb, article.title, titleTokens, 'title'),
		...withNestedCountries(ckb, article.body, bodyTokens, 'body')
	];

	const groups = new Map<string, Scored>();
	for (const m of allMatches) {
		if (m.entry.kind === 'blocker') continue;
		const key = `${m.entry.kind}:${m.entry.id}`;
		let g = groups.get(key);
		if (!g) {
			g = { entry: m.entry, mentions: [], counted: [], inTitle: false };
			groups.set(key, g);
		}
		const mention: Mention = { field: m.field, start: m.start, end: m.end, surface: m.surface, weak: m.weak };
		g.mentions.push(mention);
		if (m.field === 'body' && inBoilerplate(m, bodyTokens, bodySizes)) continue;
		g.counted.push(mention);
	}
	for (const g of groups.values()) {
		// Weak names need a strong one somewhere (title included, boilerplate excluded);
		// weak threat triggers may add up on their own (see the threat score).
		if (g.entry.kind !== 'threat' && !g.counted.some((m) => !m.weak)) g.counted = [];
		g.inTitle = g.counted.some((m) => m.field === 'title');
	}

	const tagged = (g: Scored): boolean => {
		if (g.counted.length === 0) return false;
		if (g.inTitle) return true;
		const needed = g.entry.minMentions ?? (g.entry.ambiguous ? AMBIGUOUS_MIN_MENTIONS : 1);
		return g.counted.length >= needed;
	};
	const hit = (g: Scored): FacetHit => ({
		id: g.entry.id,
		type: g.entry.type,
		count: g.counted.length,
		mentions: g.mentions
	});
	const byCount = (a: FacetHit, b: FacetHit): number =>
		b.count - a.count ||
		(a.mentions[0]?.field === 'title' ? -1 : 0) - (b.mentions[0]?.field === 'title' ? -1 : 0) ||
		(a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);

	const all = [...groups.values()];
	const actors = all
		.filter((g) => g.entry.kind === 'actor' && tagged(g))
		.map(hit)
		.sort(byCount);
	const countries = all
		.filter((g) => g.entry.kind === 'country' && tagged(g))
		.map(hit)
		.sort(byCount);
	const products = all
		.filter((g) => g.entry.kind === 'product' && tagged(g))
		.map(hit)
		.sort(byCount);

	const threatHits = new Map<ThreatId, ThreatHit>();
	for (const g of all) {
		if (g.entry.kind !== 'threat') continue;
		// A title mention of a strong trigger counts double; weak triggers get no title bonus
		// (the "title" of a text file may be a whole first paragraph).
		const score = g.counted.reduce((s, m) => s + (m.weak ? 1 : m.field === 'title' ? 4 : 2), 0);
		if (score >= ((g.entry as ThreatEntry).minScore ?? THREAT_SCORE)) {
			const id = g.entry.id as ThreatId;
			threatHits.set(id, { id, type: 'threat', count: g.counted.length, mentions: g.mentions, impliedBy: [] });
		}
	}
	for (const g of all) {
		if ((g.entry.kind !== 'actor' && g.entry.kind !== 'product') || !tagged(g)) continue;
		const h = { id: g.entry.id };
		for (const t of g.entry.implies ?? []) {
			const existing = threatHits.get(t);
			if (existing) existing.impliedBy.push(h.id);
			else threatHits.set(t, { id: t, type: 'threat', count: 0, mentions: [], impliedBy: [h.id] });
		}
	}
	for (const t of ckb.kb.threats as ThreatEntry[]) {
		if (t.requires && threatHits.has(t.id) && !threatHits.has(t.requires)) threatHits.delete(t.id);
	}
	const threats = [...threatHits.values()].sort((a, b) => b.count - a.count);
	// Concepts: every mention, matched in their own pass (they never change the facets above).
	const concepts = [
		...matchTokens(ckb, article.title, titleTokens, { field: 'title', layer: 'concepts' }),
		...matchTokens(ckb, article.body, bodyTokens, { field: 'body', layer: 'concepts' })
	];
	const mentioned = [...allMatches, ...concepts].flatMap((m) =>
		m.entry.kind === 'blocker'
			? []
			: [{ kind: m.entry.kind as Exclude<typeof m.entry.kind, 'blocker'>, id: m.entry.id }]
	);
	return { actors, countries, threats, products, allMatches, mentioned };
}
