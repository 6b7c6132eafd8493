/** Types shared by the facet modules (extraction, tokens, labels). */
import type { KbEntry, ThreatId } from '../knowledge/types';

export type AnalysisLang = 'ar' | 'fr' | 'en';

/**
 * The part of the analysis library's `AnalysedToken` the matcher needs. Declared
 * structurally so the matcher can be driven by any analyser with that shape (tests).
 */
export interface TokenLike {
	surface: string;
	start: number;
	end: number;
	script: 'arabic' | 'latin' | 'other';
	terms: string[];
}

export type AnalyzeFn = (text: string, lang: AnalysisLang) => TokenLike[];

export type TextField = 'title' | 'body';

/** One occurrence of an entity in a text: the evidence an analyst can check. */
export interface Mention {
	field: TextField;
	/** UTF-16 offsets in the original field text. */
	start: number;
	end: number;
	surface: string;
	/** Matched through a weak alias (surname alone, weak trigger). */
	weak: boolean;
}

export interface EntityMatch extends Mention {
	entry: KbEntry;
	/** The knowledge-base alias that matched (without its `=` marker): sense rules are keyed by it. */
	alias: string;
}

export interface FacetHit {
	id: string;
	type: string;
	/** Mentions that counted (after boilerplate and weak-alias rules). */
	count: number;
	mentions: Mention[];
	/** Label of an actor recognised outside the knowledge base (its KB labels otherwise). */
	label?: string;
}

/** Where a piece of evidence sits: the title weighs most, then the lead (start of the body). */
export type Place = 'title' | 'lead' | 'body';

/** One line of the "why" of a threat tag: a trigger (or an implying entity) and how often it counted. */
export interface ThreatEvidence {
	/** The words as written at their first counted occurrence ("برامج الفدية"), or the entity's id for implied evidence. */
	surface: string;
	/** `trigger`: a threat word; `entity`: an actor or product that implies the threat (ISIS → terrorism). */
	via: 'trigger' | 'entity';
	count: number;
	/** Best place it was seen. */
	place: Place;
	/** Points it added to the score (before weak evidence is capped by strong evidence). */
	points: number;
	/** A strong trigger or an implying entity (weak triggers only support them). */
	strong: boolean;
}

export interface ThreatHit extends FacetHit {
	id: ThreatId;
	/** Aboutness score (see extract-facets.ts); the tag holds when it reaches the threat's threshold. */
	score: number;
	/** Why, strongest first. */
	evidence: ThreatEvidence[];
	/** Entities that implied it (ids). */
	impliedBy: string[];
}

export interface ExtractedFacets {
	actors: FacetHit[];
	countries: FacetHit[];
	threats: ThreatHit[];
	products: FacetHit[];
	/** Every match of every entity, before thresholds (for entity tokens). */
	allMatches: EntityMatch[];
	/** `allMatches` plus concept mentions, as kind + id, one per mention, blockers left out (for `entity_terms`). */
	mentioned: Array<{ kind: 'actor' | 'country' | 'threat' | 'product' | 'concept'; id: string }>;
}

export interface ArticleText {
	title: string;
	body: string;
	lang: AnalysisLang;
	/**
	 * Title and body already analysed with the knowledge base's own chain (`ckb.analyze`), when
	 * the caller has them: the indexer analyses every article once for its search fields.
	 */
	tokens?: { title: TokenLike[]; body: TokenLike[] };
}
