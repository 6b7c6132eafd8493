/**
 * Types of the Marsad knowledge base: one entry per canonical entity.
 * The data lives in sibling modules; this file holds no data.
 */

/** `concept`: search-only glossary entries (never facets), matched in their own pass. */
import type { SenseRule, TopicId } from './senses';

export interface KnowledgeContext {
	senses: SenseRule[];
	senseWindow: number;
	topics: Record<TopicId, string[]>;
	typeCues: Record<string, string[]>;
	/** Words before a platform's name that make it the channel of a statement (sur, عبر، حسابه). */
	channelCues: string[];
	/** Words that, shortly before a threat trigger, deny it ("ليس عملا إرهابيا", "pas un attentat"). */
	negationCues: string[];
}

export type EntityKind = 'country' | 'actor' | 'threat' | 'product' | 'blocker' | 'concept';
export type ActorType = 'group' | 'agency' | 'company' | 'international-org' | 'person';
export type ProductType = 'malware' | 'spyware' | 'tool';

export const THREAT_IDS = [
	'terrorism',
	'cyberattack',
	'ransomware',
	'spyware',
	'espionage',
	'malware',
	'data-breach',
	'ddos',
	'phishing',
	'disinformation',
	'extremist-propaganda'
] as const;
export type ThreatId = (typeof THREAT_IDS)[number];

export interface Labels {
	ar: string;
	fr: string;
	en: string;
}

/**
 * Alias strings by language (the language decides the analysis chain; Latin
 * aliases in `fr` and `en` match in every document, whatever its language).
 *
 * Conventions inside an alias string:
 * - An alias written in capitals ("EI", "NSA") only matches a capitalised surface;
 *   one starting with a capital ("Apple") only matches a surface starting with one.
 * - A leading `=` asks for an exact (normalised) surface match instead of a stem
 *   match, for words whose stem collides with common vocabulary (مالي → مال "money").
 */
export interface Aliases {
	ar: string[];
	fr: string[];
	en: string[];
}

export interface KbEntry {
	id: string;
	kind: EntityKind;
	/** Actor type for actors, product type for products, 'country' / 'threat' otherwise. */
	type: string;
	labels: Labels;
	aliases: Aliases;
	/**
	 * Aliases that are not enough on their own (a surname shared with common words
	 * or other people): their mentions count only once a full alias was seen.
	 */
	weakAliases?: Partial<Aliases>;
	/** The entity's name collides with other meanings: it needs more evidence. */
	ambiguous?: true;
	/** Minimum number of mentions in the body before the article is tagged (title mentions always count). */
	minMentions?: number;
	/** A platform news cite as a channel ("said on Twitter"): such mentions do not make it an actor. */
	channel?: true;
	/** Threat types the entity implies (a ransomware gang implies ransomware). */
	implies?: ThreatId[];
}

export interface ThreatEntry extends KbEntry {
	kind: 'threat';
	id: ThreatId;
	/** Triggers that need company: one alone does not tag (see the matcher's thresholds). */
	weakAliases: Partial<Aliases>;
	/** Score needed to tag (strong trigger 2, weak 1); default THREAT_SCORE of the matcher. */
	minScore?: number;
	/** Its words label opponents in political speech: quoted in the body they count as weak. */
	rhetoric?: true;
	/**
	 * Strong triggers of a `rhetoric` threat (as written in `aliases`) that name an act, a weapon,
	 * an institution or a charge rather than label someone (عبوة ناسفة, attentat, antiterroriste,
	 * apologie du terrorisme): quoted they stay strong, and with one of them the threat is judged
	 * by the ordinary bar instead of the rhetoric one.
	 */
	concrete?: string[];
	/** Weak triggers naming an event that may be an accident (explosion): they make no headline. */
	accidental?: string[];
	/** Only tag this threat when this other threat is also tagged. */
	requires?: ThreatId;
}

export interface KnowledgeBase {
	/** Sense rules for ambiguous threat triggers, topic vocabularies, type cues (senses.ts). */
	context: KnowledgeContext;
	countries: KbEntry[];
	actors: KbEntry[];
	threats: ThreatEntry[];
	products: KbEntry[];
	blockers: KbEntry[];
	/** Security vocabulary (intelligence, hostage, encrypted messaging…): search only, never facets. */
	concepts: KbEntry[];
	/** Every entry above, in that order. */
	all: KbEntry[];
}
