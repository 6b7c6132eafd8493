import { parseArgs } from 'node:util';
import { openAdminConnection } from '../meili/admin-connection';
import { IndexWriter } from '../meili/index-writer';
import { indexArticles } from '../index-articles';
import { parseFieldMap } from '../sources/read-sources';

/** marsad index [--rebuild] [--dry-run] [--strict] [--map title=headline,…] [paths…] (default: seeds/) */
export async function runIndex(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		options: {
			rebuild: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			strict: { type: 'boolean', default: false },
			map: { type: 'string' }
		},
		allowPositionals: true
	});
	// Parse before connecting: a bad --map is an error about the flag, not about Meilisearch.
	const map = values.map ? parseFieldMap(values.map) : undefined;
	const connection = await openAdminConnection();
	try {
		const writer = new IndexWriter(connection.url, connection.masterKey);
		const summary = await indexArticles({
			paths: positionals.length ? positionals : ['seeds'],
			writer,
			map,
			rebuild: values.rebuild,
			dryRun: values['dry-run']
		});
		if (summary.indexed === 0 && summary.read + summary.skipped.length > 0) return 1;
		if (values.strict && summary.skipped.length > 0) return 1;
		return 0;
	} finally {
		await connection.close();
	}
}
