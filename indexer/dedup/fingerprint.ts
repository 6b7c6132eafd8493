import { createHash } from 'node:crypto';
import type { AnalysedToken } from '../../src/lib/analysis/index';
import { minhashSignature, SIGNATURE_SIZE } from './minhash';
import { shingleHashes, storyTerms } from './shingles';

/**
 * Below this many analysed words a body is only ever matched exactly: short texts (scores,
 * one-line briefs) share most of their shingles without being the same story.
 */
export const MIN_NEAR_WORDS = 30;

/**
 * Below this many analysed body words a document is never matched, not even exactly: a title
 * alone, a teaser ("Lire la suite", "Article réservé aux abonnés.") or a body the cleaner emptied
 * says nothing about whether two articles are one story, and the empty body hashed alike for all.
 */
export const MIN_MATCH_WORDS = 8;

const HASH_BYTES = 8;
/** Byte 6 of the hash bytes: 1 since the title is part of the story text (older ones are 0 and not compared). */
const VERSION = 1;

/** What dedup knows about a document: the hash of its analysed title and body and, when long enough, its MinHash signature. */
export interface Fingerprint {
	/** 48 bits of the SHA-256 of the analysed title and body, as a number (exact-copy key). */
	exact: number;
	/** null for bodies shorter than MIN_NEAR_WORDS. */
	signature: Uint8Array | null;
}

/**
 * The fingerprint of a story's own content: its title and body (the cleaner has left the
 * boilerplate out). The title is part of it, so distinct short items that share a body (a feed's
 * teaser) or most of it (a long footer under a short lead) stay distinct. null — never matched —
 * when the body has fewer than MIN_MATCH_WORDS words.
 */
export function fingerprintOf(
	bodyTokens: readonly AnalysedToken[],
	titleTokens: readonly AnalysedToken[] = []
): Fingerprint | null {
	if (bodyTokens.length < MIN_MATCH_WORDS) return null;
	const title = storyTerms(titleTokens);
	const body = storyTerms(bodyTokens);
	const terms = [...title, ...body];
	const digest = createHash('sha256')
		.update(`${title.join(' ')}\n${body.join(' ')}`)
		.digest();
	return {
		exact: digest.readUIntBE(0, 6),
		signature: terms.length >= MIN_NEAR_WORDS ? minhashSignature(shingleHashes(terms)) : null
	};
}

/**
 * Compact text form stored in the document: base64 of 8 hash bytes (48-bit hash, version, 0) +
 * 120 signature bytes (172 chars, 12 without signature); '' for a document never matched.
 */
export function encodeFingerprint(fp: Fingerprint | null): string {
	if (!fp) return '';
	const buf = Buffer.alloc(HASH_BYTES + (fp.signature ? SIGNATURE_SIZE : 0));
	buf.writeUIntBE(fp.exact, 0, 6);
	buf[6] = VERSION;
	if (fp.signature) buf.set(fp.signature, HASH_BYTES);
	return buf.toString('base64');
}

/** null when the text is not a fingerprint of this version (e.g. a document indexed before dedup). */
export function decodeFingerprint(text: string | null | undefined): Fingerprint | null {
	if (!text) return null;
	const buf = Buffer.from(text, 'base64');
	if (buf.length !== HASH_BYTES && buf.length !== HASH_BYTES + SIGNATURE_SIZE) return null;
	if (buf[6] !== VERSION) return null;
	let signature: Uint8Array | null = null;
	if (buf.length > HASH_BYTES) {
		signature = Uint8Array.from(buf.subarray(HASH_BYTES));
	}
	return { exact: buf.readUIntBE(0, 6), signature };
}
