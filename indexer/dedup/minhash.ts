import { mix32 } from './shingles';

/** Hash functions per signature. The estimate's standard error is √(J(1−J)/120): ±0.037 at J = 0.8. */
export const SIGNATURE_SIZE = 120;

/** One seed per hash function, fixed forever: stored signatures must stay comparable across runs. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x5bd1e995 ^ Math.imul(i + 1, 0x9e3779b9)));

/**
 * MinHash signature of a shingle set: for each hash function the minimum over the shingles,
 * kept as its low 8 bits (b-bit MinHash: 120 bytes instead of 480; two different minima agree
 * by chance 1 time in 256, which `estimateJaccard` corrects).
 */
export function minhashSignature(shingles: Uint32Array): Uint8Array {
	const mins = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
	for (let s = 0; s < shingles.length; s++) {
		const x = shingles[s]!;
		for (let i = 0; i < SIGNATURE_SIZE; i++) {
			let v = Math.imul(x ^ SEEDS[i]!, 0xcc9e2d51);
			v ^= v >>> 15;
			v = Math.imul(v, 0x1b873593);
			v = (v ^ (v >>> 13)) >>> 0;
			if (v < mins[i]!) mins[i] = v;
		}
	}
	const sig = new Uint8Array(SIGNATURE_SIZE);
	// The LOW bits: a minimum over n shingles is about 2³²/n, so its high bits are mostly 0.
	for (let i = 0; i < SIGNATURE_SIZE; i++) sig[i] = mins[i]! & 0xff;
	return sig;
}

/** Chance that two different minima agree in their kept 8 bits. */
const CHANCE = 1 / 256;

/**
 * Estimated Jaccard similarity: the share of hash functions whose minima agree, less the
 * agreements that 8-bit values make by chance (P(agree) = J + (1 − J)/256).
 */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>, bOffset = 0): number {
	let same = 0;
	for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[bOffset + i]) same++;
	return Math.max(0, (same / SIGNATURE_SIZE - CHANCE) / (1 - CHANCE));
}
