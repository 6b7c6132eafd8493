/**
 * Facet search by name: facet values are ids (`isis`, `SY`), people type names (داعش, Syrie).
 * Pure matching of a typed prefix against every label and alias of each value.
 */

/** Case-, accent- and Arabic-spelling-insensitive form for comparing names. */
export function foldName(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '') // Latin accents, harakat, dagger alef, tatweel
		.replace(/[أإآٱ]/g, 'ا')
		.replace(/ى/g, 'ي')
		.replace(/ة/g, 'ه')
		.toLowerCase()
		.replace(/[\s'’\-_.]+/g, ' ')
		.trim();
}

/**
 * Ids whose id, label or alias has a word starting with the typed text (or, for a name of
 * several words, starts with it). Ordered: exact name matches first, then by id.
 */
export function matchFacetNames(names: ReadonlyMap<string, readonly string[]>, typed: string, limit = 100): string[] {
	const q = foldName(typed);
	if (!q) return [];
	const scored: { id: string; score: number }[] = [];
	for (const [id, list] of names) {
		let best = 0;
		for (const name of [id, ...list]) {
			const f = foldName(name);
			if (f === q) best = Math.max(best, 3);
			else if (f.startsWith(q)) best = Math.max(best, 2);
			else if (f.split(' ').some((w) => w.startsWith(q) || (w.startsWith('ال') && w.slice(2).startsWith(q)))) {
				best = Math.max(best, 1);
			}
		}
		if (best > 0) scored.push({ id, score: best });
	}
	return scored
		.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.slice(0, limit)
		.map((s) => s.id);
}
