/**
 * Names of the actors recognised outside the knowledge base (persons from name shapes,
 * organisations from their heads). The knowledge base labels its own ids; these ids are keys
 * ("lionel-missy", "o-wzarh-aldakhlyh") that no reader should see. Each document stores the
 * names of its recognised actors in `actor_names`, one line each, so the app can label and group
 * a facet value from any document that carries it. Pure: no I/O.
 */
import type { FacetHit } from './types';

export interface ActorName {
	id: string;
	/** person, agency, company, group… */
	type: string;
	/** Latin-script label; `latinWritten` says the text wrote it (else it is the name table's spelling). */
	latin: string;
	latinWritten: boolean;
	/** The Arabic form as the text wrote it, when an Arabic text named the actor. */
	arabic: string;
}

const ARABIC = /[\u0600-\u06FF]/u;
const LATIN_ONLY = /^[\p{Script=Latin}\s'’.-]+$/u;
const FIELD_SEPARATOR = '\t';

/** The stored line of a recognised actor hit (undefined for knowledge-base actors, which have no `label`). */
export function encodeActorName(hit: FacetHit): string | undefined {
	if (hit.label === undefined) return undefined;
	const surfaces = hit.mentions.map((m) => m.surface.replace(/\s+/gu, ' ').trim());
	const arabic = surfaces.find((s) => ARABIC.test(s)) ?? (ARABIC.test(hit.label) ? hit.label : '');
	const written = surfaces.find((s) => LATIN_ONLY.test(s));
	const latin = written ?? (LATIN_ONLY.test(hit.label) ? hit.label : '');
	const clean = (s: string) => s.replaceAll(FIELD_SEPARATOR, ' ');
	return [hit.id, hit.type, clean(latin), written ? '1' : '0', clean(arabic)].join(FIELD_SEPARATOR);
}

export function decodeActorName(line: string): ActorName | undefined {
	const [id, type, latin = '', written = '0', arabic = ''] = line.split(FIELD_SEPARATOR);
	if (!id || !type || (!latin && !arabic)) return undefined;
	return { id, type, latin, latinWritten: written === '1', arabic };
}

/** Several documents' names for one id → one: a written Latin form beats a table spelling; most frequent wins. */
export function mergeActorNames(names: readonly ActorName[]): ActorName | undefined {
	if (names.length === 0) return undefined;
	const mostFrequent = (values: string[]): string => {
		const counts = new Map<string, number>();
		for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
		return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
	};
	const written = names.filter((n) => n.latinWritten && n.latin);
	return {
		id: names[0]!.id,
		type: mostFrequent(names.map((n) => n.type)),
		latin: mostFrequent((written.length ? written : names).map((n) => n.latin)),
		latinWritten: written.length > 0,
		arabic: mostFrequent(names.map((n) => n.arabic))
	};
}

/** The label a reader of `ui` sees: Arabic script in the Arabic UI when a text wrote it, else Latin. */
export function actorNameLabel(name: ActorName, ui: 'ar' | 'fr' | 'en'): string {
	if (ui === 'ar') return name.arabic || name.latin;
	return name.latinWritten ? name.latin : name.latin || name.arabic;
}
