import { SourceError } from '../sources/source-error';

export interface EvalQuery {
	line: number;
	q: string;
	/** URL parameters for the filters (facet=value pairs). */
	filters: [string, string][];
	relevant: string[];
}

/** Parses the dev-queries.tsv format: query<TAB>filters<TAB>ids; `-` means none; `#` comments. */
export function parseQueryFile(text: string, origin: string): EvalQuery[] {
	const queries: EvalQuery[] = [];
	text.split(/\r?\n/).forEach((raw, i) => {
		if (!raw.trim() || raw.startsWith('#')) return;
		const cols = raw.split('\t');
		if (cols.length < 3)
			throw new SourceError(`${origin}:${i + 1}`, `expected 3 tab-separated columns, found ${cols.length}`);
		const [q, filters, ids] = cols as [string, string, string];
		queries.push({
			line: i + 1,
			q: q.trim() === '-' ? '' : q.trim(),
			filters:
				filters.trim() === '-'
					? []
					: filters.split('&').map((pair) => {
							const [k, v] = pair.split('=');
							if (!k || !v) throw new SourceError(`${origin}:${i + 1}`, `bad filter "${pair}" (want facet=value)`);
							return [k.trim(), v.trim()] as [string, string];
						}),
			relevant: ids
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		});
	});
	return queries;
}
