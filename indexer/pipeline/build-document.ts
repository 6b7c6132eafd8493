import { createHash } from 'node:crypto';
import type { Article, IndexedDocument, StoryField } from '../../src/lib/article';
import { analyzeText, toSearchField, typoField } from '../../src/lib/analysis/index';
import { buildSynonyms, entityToken, extractFacets } from '../../src/lib/facets/index';
import { encodeActorName } from '../../src/lib/facets/actor-names';
import { knowledgeBase } from '../../src/lib/knowledge/index';
import { encodeFingerprint, fingerprintOf } from '../dedup/fingerprint';

const MAX_SEARCHABLE_TOKENS = 40_000;

/** Unix seconds at 00:00 UTC of an ISO date. */
function toTimestamp(date: string | null): number | null {
	if (!date) return null;
	const ms = Date.parse(`${date}T00:00:00Z`);
	return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
}

/** What `buildDocument` computes from the article alone (the story fields come later). */
export type BuiltContent = Omit<IndexedDocument, 'content_hash' | StoryField>;

/**
 * Hash of everything the document stores, analysed fields included: a changed article and a
 * changed analyser or knowledge base both make documents differ, and only those are re-sent.
 * The story fields are left out: they change when another document joins the story.
 */
export function contentHash(doc: BuiltContent): string {
	return createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 32);
}

/**
 * The language-neutral tokens that make queries cross-lingual (search "expansion"): one per
 * mention of an actor, country, product or threat the article is TAGGED with, so only tags that
 * passed the extraction rules (context for weak names, sense rules and aboutness for threats)
 * pull an article into another language's results: a "طالب" or a kidnapping "فدية" adds nothing.
 * Concepts (the security glossary: intelligence, hostage…) are search-only vocabulary: every mention.
 */
export function entityTerms(facets: ReturnType<typeof extractFacets>): string {
	const tagged = new Set<string>([
		...facets.actors.map((a) => `actor:${a.id}`),
		...facets.countries.map((c) => `country:${c.id}`),
		...facets.products.map((p) => `product:${p.id}`),
		...facets.threats.map((t) => `threat:${t.id}`)
	]);
	const tokens = facets.mentioned
		.filter((m) => m.kind === 'concept' || tagged.has(`${m.kind}:${m.id}`))
		.map((m) => entityToken(m.kind, m.id));
	// A threat implied by an entity alone (ISIS → terrorism) is findable by its name too.
	for (const t of facets.threats) {
		const token = entityToken('threat', t.id);
		if (!tokens.includes(token)) tokens.push(token);
	}
	return tokens.join(' ');
}

/**
 * Article → the document Meilisearch stores: original text for display, analysed terms for search.
 * The document starts as a story of its own; the indexer's StoryIndex links copies afterwards.
 */
export function buildDocument(article: Article): IndexedDocument {
	const titleTokens = analyzeText(article.title, article.lang);
	const bodyTokens = analyzeText(article.body, article.lang);
	// Meilisearch indexes at most 65,535 word positions per attribute: terms past that are dead
	// weight (about 1.5 terms per token, so 40k tokens stay under the limit).
	const searchableBody =
		bodyTokens.length > MAX_SEARCHABLE_TOKENS ? bodyTokens.slice(0, MAX_SEARCHABLE_TOKENS) : bodyTokens;
	// The knowledge base is compiled with analyzeText, so the tokens above serve extraction too.
	const facets = extractFacets(
		{ title: article.title, body: article.body, lang: article.lang, tokens: { title: titleTokens, body: bodyTokens } },
		knowledgeBase()
	);
	const doc: BuiltContent = {
		id: article.id,
		title: article.title,
		body: article.body,
		lang: article.lang,
		source: article.source,
		url: article.url,
		date: article.date,
		timestamp: toTimestamp(article.date),
		month: article.date ? article.date.slice(0, 7) : null,
		actors: facets.actors.map((a) => a.id),
		actor_names: facets.actors.map(encodeActorName).filter((n): n is string => n !== undefined),
		countries: facets.countries.map((c) => c.id),
		threats: facets.threats.map((t) => t.id),
		title_terms: toSearchField(titleTokens.filter((t) => t.script !== 'arabic')),
		body_terms: toSearchField(searchableBody.filter((t) => t.script !== 'arabic')),
		title_terms_ar: toSearchField(titleTokens.filter((t) => t.script === 'arabic')),
		body_terms_ar: toSearchField(searchableBody.filter((t) => t.script === 'arabic')),
		typo_terms_ar: typoField([...titleTokens, ...searchableBody]),
		entity_terms: entityTerms(facets),
		dedup_sig: encodeFingerprint(fingerprintOf(bodyTokens, titleTokens))
	};
	return {
		...doc,
		story_id: article.id,
		story_size: 1,
		duplicate_of: null,
		duplicates: [],
		content_hash: contentHash(doc)
	};
}

/** The synonyms that make entity names cross-lingual, from the same knowledge base. */
export function documentSynonyms(): Record<string, string[]> {
	return buildSynonyms(knowledgeBase());
}
