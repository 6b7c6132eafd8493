import { parseArgs } from 'node:util';
import { MarsadError } from '../../src/lib/server/marsad-error';
import { networkForIndexer, openAdminConnection } from '../meili/admin-connection';
import { shardedWriterFor } from '../meili/network-setup';
import { IndexWriter } from '../meili/index-writer';
import { indexArticles } from '../index-articles';
import { parseFieldMap } from '../sources/read-sources';
import { acquireWriterLock } from '../meili/writer-lock';
import { dataDir } from '../../src/lib/server/meili-connection';

/** marsad index [--rebuild] [--prune] [--dry-run] [--strict] [--map title=headline,…] [paths…] (default: seeds/) */
export async function runIndex(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		options: {
			rebuild: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			strict: { type: 'boolean', default: false },
			prune: { type: 'boolean', default: false },
			'batch-size': { type: 'string' },
			map: { type: 'string' }
		},
		allowPositionals: true
	});
	// Parse before connecting: a bad --map is an error about the flag, not about Meilisearch.
	const map = values.map ? parseFieldMap(values.map) : undefined;
	// Taken before connecting: two runs with no server would each start Meilisearch on one database.
	const lock = values['dry-run'] ? null : acquireWriterLock(dataDir());
	const network = networkForIndexer();
	// On a network every shard must already run (started by "npm start -- --shards N" or by you).
	const connection = network ? null : await openAdminConnection();
	try {
		const writer = network ? shardedWriterFor(network) : new IndexWriter(connection!.url, connection!.masterKey);
		const summary = await indexArticles<unknown>({
			paths: positionals.length ? positionals : ['seeds'],
			writer,
			map,
			rebuild: values.rebuild,
			prune: values.prune,
			batchSize: parseBatchSize(values['batch-size']),
			dryRun: values['dry-run']
		});
		// Non-zero when nothing at all could be indexed, or with --strict when anything was skipped.
		const usable = summary.added + summary.updated + summary.unchanged;
		if (usable === 0 && summary.read + summary.skipCount > 0) return 1;
		if (values.strict && summary.skipCount > 0) return 1;
		return 0;
	} finally {
		await connection?.close();
		lock?.release();
	}
}

function parseBatchSize(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1 || n > 100_000) {
		throw new MarsadError(`--batch-size must be a whole number from 1 to 100000, got "${value}"`);
	}
	return n;
}
