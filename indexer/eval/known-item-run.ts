import type { KnownItem, KnownItemKind } from './known-items';
import { mean } from './metrics';

/** What one system answered for one query: ids of the first page and the total. */
export interface Answer {
	ids: string[];
	total: number;
}

export interface KnownItemFigures {
	kind: KnownItemKind;
	lang: 'ar' | 'fr';
	n: number;
	foundAt10: number;
	mrr: number;
	/** Share of queries with zero results on page 1. */
	zero: number;
}

/** found@10, MRR (rank of the known item, 0 beyond 10) and zero-result share per kind and language. */
export function knownItemFigures(items: readonly KnownItem[], answers: readonly Answer[]): KnownItemFigures[] {
	const out: KnownItemFigures[] = [];
	for (const kind of ['clean', 'typo', 'relax'] as const) {
		for (const lang of ['ar', 'fr'] as const) {
			const rows = items
				.map((item, i) => ({ item, answer: answers[i] }))
				.filter((r) => r.item.kind === kind && r.item.lang === lang);
			if (!rows.length) continue;
			const ranks = rows.map((r) => (r.answer?.ids.slice(0, 10).indexOf(r.item.id) ?? -1) + 1);
			out.push({
				kind,
				lang,
				n: rows.length,
				foundAt10: mean(ranks.map((r) => (r > 0 ? 1 : 0))),
				mrr: mean(ranks.map((r) => (r > 0 ? 1 / r : 0))),
				zero: mean(rows.map((r) => ((r.answer?.total ?? 0) === 0 ? 1 : 0)))
			});
		}
	}
	return out;
}
