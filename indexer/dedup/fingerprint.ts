import { createHash } from 'node:crypto';
import type { AnalysedToken } from '../../src/lib/analysis/index';
import { minhashSignature, SIGNATURE_SIZE } from './minhash';
import { shingleHashes, storyTerms } from './shingles';

/**
 * Below this many analysed words a body is only ever matched exactly: short texts (scores,
 * one-line briefs) share most of their shingles without being the same story.
 */
export const MIN_NEAR_WORDS = 30;

const HASH_BYTES = 8;

/** What dedup knows about a document: the hash of its analysed body and, when long enough, its MinHash signature. */
export interface Fingerprint {
	/** 48 bits of the SHA-256 of the analysed body, as a number (exact-copy key). */
	exact: number;
	/** null for bodies shorter than MIN_NEAR_WORDS. */
	signature: Uint8Array | null;
}

export function fingerprintOf(bodyTokens: readonly AnalysedToken[]): Fingerprint {
	const terms = storyTerms(bodyTokens);
	const digest = createHash('sha256').update(terms.join(' ')).digest();
	return {
		exact: digest.readUIntBE(0, 6),
		signature: terms.length >= MIN_NEAR_WORDS ? minhashSignature(shingleHashes(terms)) : null
	};
}

/** Compact text form stored in the document: base64 of 8 hash bytes + 120 signature bytes (172 chars, 12 without signature). */
export function encodeFingerprint(fp: Fingerprint): string {
	const buf = Buffer.alloc(HASH_BYTES + (fp.signature ? SIGNATURE_SIZE : 0));
	buf.writeUIntBE(fp.exact, 0, 6);
	if (fp.signature) buf.set(fp.signature, HASH_BYTES);
	return buf.toString('base64');
}

/** null when the text is not a fingerprint of this version (e.g. a document indexed before dedup). */
export function decodeFingerprint(text: string | null | undefined): Fingerprint | null {
	if (!text) return null;
	const buf = Buffer.from(text, 'base64');
	if (buf.length !== HASH_BYTES && buf.length !== HASH_BYTES + SIGNATURE_SIZE) return null;
	let signature: Uint8Array | null = null;
	if (buf.length > HASH_BYTES) {
		signature = Uint8Array.from(buf.subarray(HASH_BYTES));
	}
	return { exact: buf.readUIntBE(0, 6), signature };
}
