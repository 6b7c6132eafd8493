/**
 * The context rules of facet extraction, compiled once per knowledge base: word senses of
 * ambiguous threat triggers, topic vocabularies, and the type cues that let a name which is
 * not enough on its own count ("حركة طالبان", "l'opérateur Orange").
 *
 * Context words are analysed with the knowledge base's own chain and compared by stem with the
 * document's tokens, so clitics and inflections are covered (مختطفين ~ مختطف, otages ~ otage).
 */
import type { ThreatId, TopicId } from '../knowledge/index';
import type { CompiledKb } from './match-entities';
import type { TokenLike } from './types';

interface CompiledSense {
	needs: Set<string> | null;
	unless: Set<string> | null;
}

export interface CompiledContext {
	/** `threat|alias` → sense rules for that trigger. */
	senses: Map<string, CompiledSense[]>;
	window: number;
	topics: Array<{ id: TopicId; terms: Set<string> }>;
	/** Topic words by analysed term. */
	topicOf: Map<string, TopicId[]>;
	typeCues: Map<string, Set<string>>;
	channelCues: Set<string>;
	negationCues: Set<string>;
}

const cache = new WeakMap<CompiledKb, CompiledContext>();

function termsOf(ckb: CompiledKb, words: readonly string[]): Set<string> {
	const out = new Set<string>();
	for (const w of words) {
		const lang = /[\u0600-\u06FF]/u.test(w) ? 'ar' : 'fr';
		for (const t of ckb.analyze(w, lang)) if (t.terms[0]) out.add(t.terms[0]);
	}
	return out;
}

export function compiledContext(ckb: CompiledKb): CompiledContext {
	let c = cache.get(ckb);
	if (c) return c;
	const ctx = ckb.kb.context;
	const senses = new Map<string, CompiledSense[]>();
	for (const rule of ctx.senses) {
		const compiled: CompiledSense = {
			needs: rule.needs ? termsOf(ckb, rule.needs) : null,
			unless: rule.unless ? termsOf(ckb, rule.unless) : null
		};
		for (const trigger of rule.triggers) {
			const key = `${rule.threat}|${trigger.replace(/^=/, '')}`;
			senses.set(key, [...(senses.get(key) ?? []), compiled]);
		}
	}
	const topics = (Object.keys(ctx.topics) as TopicId[]).map((id) => ({ id, terms: termsOf(ckb, ctx.topics[id]) }));
	const topicOf = new Map<string, TopicId[]>();
	for (const { id, terms } of topics) for (const t of terms) topicOf.set(t, [...(topicOf.get(t) ?? []), id]);
	c = {
		senses,
		topicOf,
		window: ctx.senseWindow,
		topics,
		typeCues: new Map(Object.entries(ctx.typeCues).map(([type, words]) => [type, termsOf(ckb, words)])),
		channelCues: termsOf(ckb, ctx.channelCues),
		negationCues: termsOf(ckb, ctx.negationCues)
	};
	cache.set(ckb, c);
	return c;
}

const hasTerm = (tok: TokenLike, set: Set<string>): boolean => tok.terms.some((t) => set.has(t));

/**
 * Whether the trigger at tokens[from..to] is used in its threat sense: every rule for it must
 * find one of its `needs` words and none of its `unless` words within the window, on the same line.
 */
export function senseHolds(
	ctx: CompiledContext,
	threat: ThreatId,
	alias: string,
	text: string,
	tokens: readonly TokenLike[],
	from: number,
	to: number
): boolean {
	const rules = ctx.senses.get(`${threat}|${alias}`);
	if (!rules) return true;
	const lo = Math.max(0, from - ctx.window);
	const hi = Math.min(tokens.length - 1, to + ctx.window);
	const near: TokenLike[] = [];
	for (let k = from - 1; k >= lo; k--) {
		if (text.slice(tokens[k]!.end, tokens[k + 1]!.start).includes('\n')) break;
		near.push(tokens[k]!);
	}
	for (let k = to + 1; k <= hi; k++) {
		if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) break;
		near.push(tokens[k]!);
	}
	return rules.every(
		(r) =>
			(r.needs === null || near.some((t) => hasTerm(t, r.needs!))) &&
			(r.unless === null || !near.some((t) => hasTerm(t, r.unless!)))
	);
}

/** Topic-word counts of an article (title tokens count TITLE_TOPIC_WEIGHT times). */
export const TITLE_TOPIC_WEIGHT = 3;

export function topicCounts(
	ctx: CompiledContext,
	title: readonly TokenLike[],
	body: readonly TokenLike[]
): Map<TopicId, number> {
	// One pass over the tokens (this runs for every article): term → topics.
	const out = new Map<TopicId, number>(ctx.topics.map((t) => [t.id, 0]));
	const add = (tokens: readonly TokenLike[], weight: number): void => {
		for (const tok of tokens) {
			for (const term of tok.terms) {
				const topics = ctx.topicOf.get(term);
				if (!topics) continue;
				for (const id of topics) out.set(id, out.get(id)! + weight);
				break;
			}
		}
	};
	add(title, TITLE_TOPIC_WEIGHT);
	add(body, 1);
	return out;
}

/** Tokens before a threat trigger searched for a negation cue. */
export const NEGATION_WINDOW = 2;

/** Whether a negation cue stands at most NEGATION_WINDOW tokens before tokens[at], in the same clause. */
export function negatedBefore(ctx: CompiledContext, text: string, tokens: readonly TokenLike[], at: number): boolean {
	for (let k = at - 1; k >= 0 && k >= at - NEGATION_WINDOW; k--) {
		if (/[\n.;:!?،؛,]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
		if (hasTerm(tokens[k]!, ctx.negationCues)) return true;
	}
	return false;
}

/** Tokens before a platform's name searched for a channel cue. */
export const CHANNEL_WINDOW = 3;

/** Whether a channel cue ("sur", "عبر", "حسابه") stands shortly before tokens[at], in the same clause. */
export function channelCueBefore(
	ctx: CompiledContext,
	text: string,
	tokens: readonly TokenLike[],
	at: number
): boolean {
	for (let k = at - 1; k >= 0 && k >= at - CHANNEL_WINDOW; k--) {
		if (/[\n.;:!?،؛]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
		if (hasTerm(tokens[k]!, ctx.channelCues)) return true;
	}
	return false;
}

/** Whether the token right before tokens[at] (same line) is a type cue for `type`. */
export function typeCueBefore(
	ctx: CompiledContext,
	type: string,
	text: string,
	tokens: readonly TokenLike[],
	at: number
): boolean {
	const cues = ctx.typeCues.get(type);
	if (!cues || at <= 0) return false;
	const prev = tokens[at - 1]!;
	if (/[\n.;:!?،؛]/u.test(text.slice(prev.end, tokens[at]!.start))) return false;
	return hasTerm(prev, cues);
}
