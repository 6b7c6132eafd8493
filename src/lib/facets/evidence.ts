/**
 * Evidence of a facet value in one article, for people to check: each counted mention with a
 * short window of the text around it, and for threats the score and its evidence lines. Used by
 * `marsad audit` and by the article page ("Ransomware — برامج الفدية ×3, in the title").
 */
import type { ExtractedFacets, FacetHit, Mention, ThreatHit } from './types';

export type FacetKind = 'actor' | 'country' | 'threat' | 'product';

export interface Snippet {
	field: Mention['field'];
	before: string;
	mention: string;
	after: string;
}

/** The hit for a value of a facet, if the article is tagged with it. */
export function hitOf(facets: ExtractedFacets, kind: FacetKind, id: string): FacetHit | ThreatHit | undefined {
	const list: FacetHit[] =
		kind === 'actor'
			? facets.actors
			: kind === 'country'
				? facets.countries
				: kind === 'product'
					? facets.products
					: facets.threats;
	return list.find((h) => h.id === id);
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

/** A window of `width` characters on each side of a mention, on one line. */
export function snippetOf(text: string, m: Pick<Mention, 'start' | 'end' | 'field'>, width = 40): Snippet {
	return {
		field: m.field,
		before: oneLine(text.slice(Math.max(0, m.start - width), m.start)).trimStart(),
		mention: oneLine(text.slice(m.start, m.end)),
		after: oneLine(text.slice(m.end, m.end + width)).trimEnd()
	};
}

export function formatSnippet(s: Snippet): string {
	return `${s.field === 'title' ? 'T' : 'B'}: …${s.before}[${s.mention}]${s.after}…`;
}

/** "برامج الفدية ×3 (title), LockBit ×1 (entity, lead)": the evidence of a threat in one line. */
export function formatThreatEvidence(hit: ThreatHit): string {
	return hit.evidence
		.map((e) => `${e.surface}${e.count > 1 ? ` ×${e.count}` : ''} (${e.via === 'entity' ? 'entity, ' : ''}${e.place})`)
		.join(', ');
}

/** Why an article carries each of its threat tags: what the extractor saw, strongest first. */
export interface ThreatWhy {
	id: string;
	score: number;
	evidence: Array<Pick<ThreatHit['evidence'][number], 'surface' | 'count' | 'place' | 'via'>>;
}

/**
 * The evidence of the threats an article is tagged with (`tagged`: the ids the index holds), from
 * its facets computed again on its text (the extraction is deterministic for a knowledge base).
 * At most `max` evidence lines per threat.
 */
export function threatWhy(facets: ExtractedFacets, tagged: readonly string[], max = 3): ThreatWhy[] {
	return tagged.flatMap((id) => {
		const hit = facets.threats.find((t) => t.id === id);
		if (!hit) return [];
		const evidence = hit.evidence
			.slice(0, max)
			.map(({ surface, count, place, via }) => ({ surface, count, place, via }));
		return [{ id, score: hit.score, evidence }];
	});
}
