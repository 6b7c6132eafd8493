/** The languages Marsad analyses. Every other language is indexed with the Latin (French) chain. */
export const LANGS = ['ar', 'fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** What a source reader yields: text as found, before any cleaning. */
export interface RawArticle {
	/** Stable id: file name without extension, or the record's `id`. */
	id: string;
	/** Where it came from (file path, and line for record formats), for error messages. */
	origin: string;
	title?: string;
	body: string;
	date?: string | null;
	source?: string | null;
	url?: string | null;
	lang?: string | null;
}

/** A cleaned article: boilerplate removed, language resolved. */
export interface Article {
	id: string;
	origin: string;
	title: string;
	body: string;
	lang: Lang;
	date: string | null;
	source: string | null;
	url: string | null;
}

/**
 * The document stored in Meilisearch. Original text is kept for display;
 * `*_terms` fields hold analysed terms encoded so Meilisearch cannot re-split them.
 */
export interface IndexedDocument {
	id: string;
	title: string;
	body: string;
	lang: Lang;
	source: string | null;
	url: string | null;
	/** ISO date YYYY-MM-DD */
	date: string | null;
	/** Unix seconds of `date` at 00:00 UTC, for range filters and sorting. */
	timestamp: number | null;
	/** YYYY-MM of `date`, faceted for the results-per-month histogram. */
	month: string | null;
	actors: string[];
	/**
	 * Names of the actors recognised outside the knowledge base (src/lib/facets/actor-names.ts),
	 * so the app can label their facet values. Optional: documents indexed before it lack it.
	 */
	actor_names?: string[];
	countries: string[];
	threats: string[];
	/** Latin-script (and other non-Arabic) analysed terms. */
	title_terms: string;
	body_terms: string;
	/** Arabic analysed terms, apart so typo tolerance can be off for them (see index settings). */
	title_terms_ar: string;
	body_terms_ar: string;
	/**
	 * The distinct Arabic terms of at least TYPO_MIN_ARABIC_LETTERS letters, the only Arabic field
	 * with typo tolerance; searched only when the exact query finds little (see search-service).
	 * Optional: documents indexed before it existed lack it.
	 */
	typo_terms_ar?: string;
	/** One token per entity mention (every mention, no threshold), for cross-lingual search. */
	entity_terms: string;
	/**
	 * Duplicate stories (the same article republished by several sites): the canonical document's
	 * id, the document's own id when it is the canonical one or alone.
	 */
	story_id: string;
	/** Documents in the story (1 alone), on every member, for "+N similar". */
	story_size: number;
	/** Canonical only: the ids of the other documents of the story. */
	duplicates?: string[];
	/** Non-canonical only: the canonical document's id (null on the canonical one). */
	duplicate_of: string | null;
	/** Indexer only (not displayed): exact-copy hash and MinHash signature of the analysed body, base64. */
	dedup_sig: string;
	content_hash: string;
}

/** The fields the story (duplicate) detection sets after the document is built; not part of its content hash. */
export type StoryField = 'story_id' | 'story_size' | 'duplicates' | 'duplicate_of';

/**
 * The URL when it is an absolute http(s) URL, else null: a source's `url` becomes a link on the
 * article page and in the Atom feed, and `javascript:`/`data:` links must never be rendered.
 */
export function httpUrl(url: string | null | undefined): string | null {
	const text = url?.trim();
	if (!text) return null;
	try {
		const parsed = new URL(text);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
	} catch {
		return null;
	}
}

const DAY_MS = 86_400_000;

/**
 * A YYYY-MM-DD date when it is a real calendar date from 1800 on and not more than a day in the
 * future, else null (`2024-13-45`, `0000-00-00` and `2999-12-31` are no publication dates).
 */
export function validDate(date: string | null | undefined, now: number = Date.now()): string | null {
	const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
	if (!m) return null;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const ms = Date.UTC(year, month - 1, day);
	const d = new Date(ms);
	if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
	if (year < 1800 || ms > now + DAY_MS) return null;
	return date!;
}
