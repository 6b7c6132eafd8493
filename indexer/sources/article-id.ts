import { createHash } from 'node:crypto';

/** What Meilisearch accepts as a document id. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,200}$/;

/** A short stable hash, for ids that have to be made up or made safe. */
export function stableHash(text: string, length = 16): string {
	return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * An id Meilisearch will accept, derived from the source's own id. A safe id is kept as
 * is (corpus ids like `orangesum-18` stay readable); anything else (a guid that is a URL,
 * an Arabic file name) keeps its ASCII letters and digits for readability, plus a hash of
 * the original so two ids that differ only in the replaced characters stay distinct.
 */
export function safeId(id: string): string {
	if (SAFE_ID.test(id)) return id;
	const readable = id
		.normalize('NFKD')
		.replace(/[^A-Za-z0-9_-]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 80);
	return readable ? `${readable}-${stableHash(id, 12)}` : stableHash(id, 16);
}
