/**
 * Facets of an article from entity matches, with thresholds so that a passing
 * mention in boilerplate (menus, share buttons, "follow us on YouTube") does not
 * tag the article.
 *
 * Rules (general; checked on the real-article gold and on corpus samples):
 * - Mentions in short body lines (< SHORT_LINE tokens: menus, captions, bylines) do not count.
 * - A weak alias (surname alone, a name that is also a common word) counts only with context:
 *   the entity also has a strong mention ("راما" is Edi Rama only in a text that named him in
 *   full), or a type cue stands right before it ("حركة", "l'opérateur"), or the threat the
 *   entity implies is named by its own words in the article (Conti in a ransomware story).
 * - Countries and actors: one counted mention tags; `ambiguous` entries need
 *   `minMentions` (default 2) or a title mention.
 * - Threats are tagged by what the article is about (see THREAT_SCORE): every trigger used in
 *   its threat sense (sense rules: a kidnapping ransom is not ransomware) scores STRONG or WEAK
 *   points times its place (title × 2, lead × 1.5); unambiguous mentions of an entity that
 *   implies the threat (ISIS → terrorism, LockBit → ransomware) score like strong triggers.
 *   An article whose vocabulary is mostly sport, culture, health or markets needs the threat in
 *   its title or twice the score. A threat with `requires` is dropped unless that one is tagged.
 *   Each tag keeps its score and evidence (what, how often, where).
 */
import type { KbEntry, ThreatEntry, ThreatId } from '../knowledge/types';
import {
	channelCueBefore,
	compiledContext,
	negatedBefore,
	senseHolds,
	topicCounts,
	typeCueBefore
} from './context-rules';
import { matchTokens } from './match-entities';
import { commonWords, nameTable } from '../knowledge/names';
import { analyzeText } from '../analysis/index';
import { recogniseNames } from './recognise/persons';
import { recogniseOrgs } from './recognise/organisations';
import type { CompiledKb } from './match-entities';
import type {
	ArticleText,
	EntityMatch,
	TextField,
	ExtractedFacets,
	FacetHit,
	Mention,
	Place,
	ThreatEvidence,
	ThreatHit,
	TokenLike
} from './types';

/** Body lines with fewer analysed tokens than this are treated as boilerplate. */
export const SHORT_LINE = 4;
/** Default mentions needed by an ambiguous entity named only in the body. */
export const AMBIGUOUS_MIN_MENTIONS = 2;
/** Points of a strong and a weak threat trigger (and of an implying entity's mention). */
export const STRONG = 2;
export const WEAK = 1;
/** Place weights: a threat in the title or the lead is what the article is about. */
export const PLACE_WEIGHT: Record<Place, number> = { title: 2, lead: 1.5, body: 1 };
/** The lead: the body's first characters. */
export const LEAD_CHARS = 300;
/** Threat score needed to tag: two strong triggers in the body, or one in the title. */
export const THREAT_SCORE = 4;
/**
 * Points of one unambiguous mention of an entity that implies a threat: a ransomware gang or a
 * malware family is named only in stories about it (one mention is enough); a jihadist group is
 * named in much political news, so its mentions count like strong triggers.
 */
export const IMPLIED_POINTS: Partial<Record<ThreatId, number>> = { terrorism: STRONG };
/**
 * Cyber threats are siblings: once an article is about one of them, one strong trigger of
 * another is enough (a cyberattack story that names the malware it used).
 */
export const CYBER: ReadonlySet<ThreatId> = new Set([
	'cyberattack',
	'ransomware',
	'spyware',
	'malware',
	'data-breach',
	'ddos',
	'phishing'
]);
/** Score needed when nothing is in the title or the lead: the threat is then a side matter. */
export const BODY_ONLY_SCORE = 5;
/**
 * A threat whose words are political rhetoric (terrorism) and that is not in the title needs this
 * score: several strong mentions, not a few lines of a political piece.
 */
export const RHETORIC_SCORE = 8;
/**
 * Distinct trigger words and implying entities from which a rhetoric threat with a concrete trigger
 * (an act, a weapon, a charge) is judged by the ordinary bar, when its title or lead speaks of it
 * too: an article about an attack leads with it and names it in several ways (attentat, assaillant,
 * parquet antiterroriste); a passing recall ("au moment des attentats de 2015") sits in the body.
 */
export const VARIED = 3;
/**
 * Body tokens under which an article is a short dispatch (a headline digest, a two-paragraph wire):
 * a rhetoric threat it names is judged by the ordinary bar, since a few mentions there are much of
 * the text, not a few lines of a long political piece.
 */
export const SHORT_BODY = 100;
/** Topic-word count from which an article is about that topic (title words count 3). */
export const TOPIC_MIN = 6;

interface Scored {
	entry: KbEntry;
	mentions: Mention[];
	counted: Placed[];
	inTitle: boolean;
}

/** A mention with where it sits and what it matched through. */
interface Placed extends Mention {
	place: Place;
	alias: string;
	/** Index of its first token in its field's tokens. */
	at: number;
	/** A trigger naming an act, weapon, institution or charge (`ThreatEntry.concrete`). */
	concrete?: boolean;
}

const concreteSets = new WeakMap<ThreatEntry, Set<string>>();
/** Whether `alias` (as matched, `=` off) is one of the threat's concrete triggers. */
function isConcrete(t: ThreatEntry, alias: string): boolean {
	if (!t.concrete) return false;
	let set = concreteSets.get(t);
	if (!set) concreteSets.set(t, (set = new Set(t.concrete.map((a) => a.replace(/^=/, '')))));
	return set.has(alias);
}

/** Whether `at` sits inside quotation marks opened earlier on its line ("…", «…», “…”). */
export function insideQuotes(text: string, at: number): boolean {
	const lineStart = text.lastIndexOf('\n', at - 1) + 1;
	const before = text.slice(lineStart, at);
	let straight = 0;
	let depth = 0;
	for (const c of before) {
		if (c === '"') straight++;
		else if (c === '«' || c === '“') depth++;
		else if ((c === '»' || c === '”') && depth > 0) depth--;
	}
	return depth > 0 || straight % 2 === 1;
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
	const ctx = compiledContext(ckb);
	const titleTokens = article.tokens?.title ?? ckb.analyze(article.title, article.lang);
	const bodyTokens = article.tokens?.body ?? ckb.analyze(article.body, article.lang);
	const bodySizes = lineSizes(article.body, bodyTokens);
	const allMatches = [
		...withNestedCountries(ckb, article.title, titleTokens, 'title'),
		...withNestedCountries(ckb, article.body, bodyTokens, 'body')
	];
	const leadEnd = article.body.length - article.body.trimStart().length + LEAD_CHARS;
	const fieldOf = (f: TextField) =>
		f === 'title' ? { text: article.title, tokens: titleTokens } : { text: article.body, tokens: bodyTokens };

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
		const { text, tokens } = fieldOf(m.field);
		const at = tokenStartingAt(tokens, m.start);
		if (g.entry.kind === 'threat') {
			let to = at;
			while (to + 1 < tokens.length && tokens[to + 1]!.end <= m.end) to++;
			if (!senseHolds(ctx, g.entry.id as ThreatId, m.alias, text, tokens, at, to)) continue;
			if (negatedBefore(ctx, text, tokens, at)) continue;
		}
		const place: Place = m.field === 'title' ? 'title' : m.start < leadEnd ? 'lead' : 'body';
		// A threat word of political speech quoted in the body is someone's label, not the article's;
		// a quoted act or charge ("عبوة ناسفة", "association de malfaiteurs terroriste") is still one.
		const concrete = g.entry.kind === 'threat' && isConcrete(g.entry as ThreatEntry, m.alias);
		const quoted =
			g.entry.kind === 'threat' &&
			(g.entry as ThreatEntry).rhetoric === true &&
			!concrete &&
			m.field === 'body' &&
			insideQuotes(text, m.start);
		g.counted.push({ ...mention, weak: mention.weak || quoted, place, alias: m.alias, at, concrete });
	}

	// Threat words alone first: a weak name whose threat is named in the article counts.
	const all = [...groups.values()];
	const triggerScore = new Map<ThreatId, number>();
	for (const g of all) {
		if (g.entry.kind !== 'threat') continue;
		const score = g.counted.reduce((s, m) => s + (m.weak ? WEAK : STRONG) * PLACE_WEIGHT[m.place], 0);
		triggerScore.set(g.entry.id as ThreatId, score);
	}
	for (const g of all) {
		if (g.entry.kind === 'threat') continue;
		// Weak names need context: a strong name of the same entity (title included, boilerplate
		// excluded), a type cue right before, or the threat the entity implies named in the text.
		const strong = g.counted.some((m) => !m.weak);
		// (Cyber threats only: terrorism words are everywhere, so they confirm no name.)
		const threatNamed = (g.entry.implies ?? []).some((t) => CYBER.has(t) && (triggerScore.get(t) ?? 0) >= STRONG);
		g.counted = g.counted.filter((m) => {
			const { text, tokens } = fieldOf(m.field);
			// A platform cited as the channel of a statement ("a tweeté sur Twitter") is no actor.
			if (g.entry.channel && channelCueBefore(ctx, text, tokens, m.at)) return false;
			if (!m.weak || strong || threatNamed) return true;
			return typeCueBefore(ctx, g.entry.type, text, tokens, m.at);
		});
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

	const facetOf = (kind: KbEntry['kind']): Scored[] => all.filter((g) => g.entry.kind === kind && tagged(g));
	const actorGroups = facetOf('actor');
	const productGroups = facetOf('product');
	const actors = [
		...actorGroups.map(hit),
		...recognisedPersons(article, titleTokens, bodyTokens, allMatches, bodySizes)
	].sort(byCount);
	const countries = facetOf('country').map(hit).sort(byCount);
	const products = productGroups.map(hit).sort(byCount);
	const threats = scoreThreats(
		ckb,
		all,
		[...actorGroups, ...productGroups],
		topicCounts(ctx, titleTokens, bodyTokens),
		bodyTokens.length
	);

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

/** An Arabic word whose every analysed term is among the corpus's frequent terms (alias-frequency table). */
function isCommonArabicWord(word: string): boolean {
	const terms = analyzeText(word, 'ar').flatMap((t) => t.terms);
	const common = commonWords().all;
	return terms.length > 0 && terms.every((t) => common.has(t));
}

/** Persons the knowledge base does not list (src/lib/facets/recognise), one hit per name key. */
function recognisedPersons(
	article: ArticleText,
	titleTokens: TokenLike[],
	bodyTokens: TokenLike[],
	matches: readonly EntityMatch[],
	bodySizes: Uint32Array
): FacetHit[] {
	const hits = new Map<string, FacetHit>();
	for (const [field, text, tokens] of [
		['title', article.title, titleTokens],
		['body', article.body, bodyTokens]
	] as const) {
		const taken = (start: number, end: number): boolean =>
			matches.some((m) => m.field === field && m.start < end && start < m.end);
		const countryAt = (start: number): boolean =>
			matches.some((m) => m.field === field && m.entry.kind === 'country' && m.start <= start && start < m.end);
		const found = [
			...recogniseNames(nameTable(), commonWords(), text, tokens, taken).map((n) => ({ ...n, type: 'person' })),
			// An organisation may carry a country word (وزارة الداخلية التونسية): only actor matches
			// take its span, and a country word makes its name specific.
			...recogniseOrgs(
				text,
				(start, end) =>
					matches.some((m) => m.field === field && m.entry.kind !== 'country' && m.start < end && start < m.end),
				(word, start) => !countryAt(start) && isCommonArabicWord(word),
				(_word, start) => countryAt(start)
			).map((o) => ({ ...o, label: o.surface }))
		];
		for (const n of found) {
			if (field === 'body' && (bodySizes[tokenStartingAt(tokens, n.start)] ?? 0) < SHORT_LINE) continue;
			let h = hits.get(n.id);
			if (!h) hits.set(n.id, (h = { id: n.id, type: n.type, count: 0, mentions: [], label: n.label }));
			// The Latin form the text wrote is the better label than the table's spelling.
			if (/^[\p{Script=Latin}\s'’-]+$/u.test(n.surface) && h.label === n.label) h.label = n.surface;
			h.count++;
			h.mentions.push({ field, start: n.start, end: n.end, surface: n.surface, weak: false });
		}
	}
	return [...hits.values()];
}

const stemKeys = new WeakMap<CompiledKb, Map<string, string>>();
/** An alias by its analysed terms, so inflections of one trigger count once. */
function stemKey(ckb: CompiledKb, alias: string): string {
	let cache = stemKeys.get(ckb);
	if (!cache) stemKeys.set(ckb, (cache = new Map()));
	let key = cache.get(alias);
	if (key === undefined) {
		const lang = /[\u0600-\u06FF]/u.test(alias) ? 'ar' : 'fr';
		key = ckb
			.analyze(alias, lang)
			.map((t) => t.terms[0] ?? '')
			.join(' ');
		cache.set(alias, key);
	}
	return key;
}

const PLACE_RANK: Record<Place, number> = { title: 0, lead: 1, body: 2 };

/** Evidence lines from counted mentions, grouped by what was written (case and diacritics folded). */
function evidenceOf(
	mentions: readonly Placed[],
	via: ThreatEvidence['via'],
	label?: string,
	base?: number
): ThreatEvidence[] {
	const by = new Map<string, ThreatEvidence>();
	for (const m of mentions) {
		const surface = label ?? m.surface;
		const key = surface.toLowerCase();
		const points = (base ?? (m.weak ? WEAK : STRONG)) * PLACE_WEIGHT[m.place];
		const strong = base !== undefined || !m.weak;
		const key2 = `${key}|${strong}`;
		const e = by.get(key2);
		if (!e) by.set(key2, { surface, via, count: 1, place: m.place, points, strong });
		else {
			e.count++;
			e.points += points;
			if (PLACE_RANK[m.place] < PLACE_RANK[e.place]) e.place = m.place;
		}
	}
	return [...by.values()];
}

function scoreThreats(
	ckb: CompiledKb,
	all: readonly Scored[],
	implying: readonly Scored[],
	topics: Map<string, number>,
	bodyTokens: number
): ThreatHit[] {
	// A dispatch of a few lines is about what it names: the rhetoric bar is for long political pieces.
	const short = bodyTokens < SHORT_BODY;
	const evidence = new Map<ThreatId, ThreatEvidence[]>();
	const impliedBy = new Map<ThreatId, string[]>();
	const counts = new Map<ThreatId, number>();
	const mentions = new Map<ThreatId, Mention[]>();
	const concrete = new Set<ThreatId>();
	// Threats whose title names them in a weak word that is not an accident's (attaque, اعتداء).
	const titleWeak = new Set<ThreatId>();
	// Distinct words and entities of each threat's evidence (attentat and attentats are one).
	const distinct = new Map<ThreatId, Set<string>>();
	for (const g of all) {
		if (g.entry.kind !== 'threat') continue;
		const id = g.entry.id as ThreatId;
		if (g.counted.some((m) => m.concrete && !m.weak)) concrete.add(id);
		const accidental = (g.entry as ThreatEntry).accidental ?? [];
		if (g.counted.some((m) => m.weak && m.place === 'title' && !accidental.includes(m.alias))) titleWeak.add(id);
		distinct.set(id, new Set(g.counted.map((m) => stemKey(ckb, m.alias))));
		evidence.set(id, evidenceOf(g.counted, 'trigger'));
		counts.set(id, g.counted.length);
		mentions.set(id, g.mentions);
	}
	// Only unambiguous mentions of an implying entity count: a surname or a weak name implies nothing.
	for (const g of implying) {
		const strong = g.counted.filter((m) => !m.weak);
		if (strong.length === 0) continue;
		for (const t of g.entry.implies ?? []) {
			const base = IMPLIED_POINTS[t] ?? THREAT_SCORE;
			evidence.set(t, [...(evidence.get(t) ?? []), ...evidenceOf(strong, 'entity', undefined, base)]);
			impliedBy.set(t, [...(impliedBy.get(t) ?? []), g.entry.id]);
			distinct.set(t, (distinct.get(t) ?? new Set()).add(`entity:${g.entry.id}`));
		}
	}
	const offTopic = [...topics.values()].some((n) => n >= TOPIC_MIN);
	const scored = (ckb.kb.threats as ThreatEntry[]).flatMap((t) => {
		const ev = evidence.get(t.id);
		if (!ev || ev.length === 0) return [];
		// Weak evidence only supports strong evidence: it adds at most as much as the strong gives.
		const strong = ev.filter((e) => e.strong).reduce((s, e) => s + e.points, 0);
		const weak = ev.filter((e) => !e.strong).reduce((s, e) => s + e.points, 0);
		const score = strong + Math.min(weak, strong);
		// Strong evidence in the title lifts the topic bar; any evidence up front lifts the body-only bar.
		const inTitle = ev.some((e) => e.strong && e.place === 'title');
		const upFront = ev.some((e) => e.place !== 'body');
		// A title naming the event in a weak word ("Attaques dans l'Aude", "هجوم مسلح") whose body
		// names it in a strong one is a headline about it, not a political piece.
		const headline = inTitle || (titleWeak.has(t.id) && ev.some((e) => e.strong));
		const needed = Math.max(
			(t.minScore ?? THREAT_SCORE) * (offTopic && !inTitle ? 2 : 1),
			upFront ? 0 : BODY_ONLY_SCORE,
			t.rhetoric && !headline && !short && !(upFront && concrete.has(t.id) && (distinct.get(t.id)?.size ?? 0) >= VARIED)
				? RHETORIC_SCORE
				: 0
		);
		return [{ t, ev, score, needed }];
	});
	const cyberStory = scored.some((x) => CYBER.has(x.t.id) && x.score >= x.needed);
	const out: ThreatHit[] = [];
	for (const { t, ev, score, needed } of scored) {
		const enough = score >= needed || (cyberStory && CYBER.has(t.id) && ev.some((e) => e.strong && e.points >= STRONG));
		if (!enough) continue;
		ev.sort((a, b) => b.points - a.points || PLACE_RANK[a.place] - PLACE_RANK[b.place]);
		out.push({
			id: t.id,
			type: 'threat',
			count: counts.get(t.id) ?? 0,
			mentions: mentions.get(t.id) ?? [],
			score,
			evidence: ev,
			impliedBy: impliedBy.get(t.id) ?? []
		});
	}
	const ids = new Set(out.map((h) => h.id));
	const kept = out.filter((h) => {
		const req = (ckb.kb.threats as ThreatEntry[]).find((t) => t.id === h.id)?.requires;
		return !req || ids.has(req);
	});
	return kept.sort((a, b) => b.score - a.score);
}
