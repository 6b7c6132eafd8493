import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchQuery {
	q: string;
	/** [param, value] pairs as they appear in the app's URL (lang, country, actor, threat). */
	filters: [string, string][];
}

export const QUERIES_FILE = join(import.meta.dirname, '..', 'queries.tsv');

/** bench/queries.tsv: `query<TAB>filters`, "-" for none, filters as `facet=value&…`. */
export function loadQueries(file = QUERIES_FILE): BenchQuery[] {
	const out: BenchQuery[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		const [q = '', f = '-'] = line.split('\t');
		const filters: [string, string][] =
			f.trim() === '-' ? [] : f.split('&').map((pair) => pair.split('=') as [string, string]);
		out.push({ q: q.trim() === '-' ? '' : q.trim(), filters });
	}
	return out;
}

export function searchParams(query: BenchQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.q) params.set('q', query.q);
	for (const [k, v] of query.filters) params.append(k, v);
	return params;
}

export const label = (query: BenchQuery): string =>
	[query.q || '(empty)', ...query.filters.map(([k, v]) => `${k}=${v}`)].join(' ');
