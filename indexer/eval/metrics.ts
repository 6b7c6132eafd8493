/** Ranking metrics over one query's result ids. Ranks are 1-based; null = not returned. */
export interface QueryScore {
	ranks: (number | null)[];
	recallAt10: number;
	reciprocalRank: number;
	precisionAt5: number;
	/** Returned ids that are not relevant (the dev set lists every relevant seed). */
	extra: string[];
}

export function scoreQuery(returned: string[], relevant: string[]): QueryScore {
	const ranks = relevant.map((id) => {
		const i = returned.indexOf(id);
		return i < 0 ? null : i + 1;
	});
	const found10 = ranks.filter((r) => r !== null && r <= 10).length;
	const firstRank = Math.min(...ranks.map((r) => r ?? Infinity));
	const relevantSet = new Set(relevant);
	const top5 = returned.slice(0, 5).filter((id) => relevantSet.has(id)).length;
	return {
		ranks,
		recallAt10: relevant.length ? found10 / relevant.length : 1,
		reciprocalRank: Number.isFinite(firstRank) ? 1 / firstRank : 0,
		precisionAt5: top5 / Math.min(5, Math.max(relevant.length, 1)),
		extra: returned.filter((id) => !relevantSet.has(id))
	};
}

export function mean(values: number[]): number {
	return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
