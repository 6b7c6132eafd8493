import { mix32 } from './shingles';
import { SIGNATURE_SIZE } from './minhash';

/**
 * Banding: 24 bands of 5 rows. Two signatures become candidates when one band agrees entirely,
 * with probability 1 − (1 − J⁵)²⁴: 0.9999 at J = 0.8, 0.53 at 0.5, 0.06 at 0.3, 0.0002 at 0.1.
 * Candidates are then checked on the whole signature, so the bands only have to miss nothing.
 */
export const BANDS = 24;
export const ROWS = SIGNATURE_SIZE / BANDS;

/** Hash of band `b` of a signature (band number mixed in: equal values in two bands are different keys). */
export function bandKey(sig: ArrayLike<number>, b: number): number {
	let h = mix32(0x27d4eb2f ^ Math.imul(b + 1, 0x9e3779b9));
	for (let r = b * ROWS; r < (b + 1) * ROWS; r++) h = mix32(h ^ (sig[r]! + Math.imul(r, 0x10001)));
	return h;
}

/**
 * Band hash → document numbers, in typed arrays: 12 bytes per (document, band) plus one
 * bucket head per two entries; no texts, no signatures, no strings (29 MB for 74k documents,
 * arrays at their doubled capacity). Chained hashing, grows by doubling.
 */
export class LshIndex {
	private heads = new Int32Array(1024).fill(-1);
	private keys = new Uint32Array(1024);
	private docs = new Int32Array(1024);
	private next = new Int32Array(1024);
	private size = 0;

	get entries(): number {
		return this.size;
	}

	get bytes(): number {
		return this.heads.byteLength + this.keys.byteLength + this.docs.byteLength + this.next.byteLength;
	}

	add(doc: number, sig: ArrayLike<number>): void {
		for (let b = 0; b < BANDS; b++) this.insert(bandKey(sig, b), doc);
	}

	/** Document numbers sharing at least one band bucket with `sig`, each once. */
	/**
	 * Documents sharing at least one band, newest first within a band, at most `limit`: a wire
	 * story republished a thousand times must not make every new copy compare with all of them
	 * (quadratic), and its newest copies are as good a witness of the story as any.
	 */
	candidates(sig: ArrayLike<number>, limit = Infinity): number[] {
		const out: number[] = [];
		const seen = new Set<number>();
		const mask = this.heads.length - 1;
		for (let b = 0; b < BANDS && out.length < limit; b++) {
			const key = bandKey(sig, b);
			for (let e = this.heads[key & mask]!; e !== -1 && out.length < limit; e = this.next[e]!) {
				if (this.keys[e] !== key) continue;
				const d = this.docs[e]!;
				if (!seen.has(d)) {
					seen.add(d);
					out.push(d);
				}
			}
		}
		return out;
	}

	private insert(key: number, doc: number): void {
		if (this.size === this.docs.length) this.growEntries();
		if (this.size >= 2 * this.heads.length) this.rehash(this.heads.length * 2);
		const e = this.size++;
		const bucket = key & (this.heads.length - 1);
		this.keys[e] = key;
		this.docs[e] = doc;
		this.next[e] = this.heads[bucket]!;
		this.heads[bucket] = e;
	}

	private growEntries(): void {
		const keys = new Uint32Array(this.keys.length * 2);
		keys.set(this.keys);
		this.keys = keys;
		const grow = (a: Int32Array) => {
			const b = new Int32Array(a.length * 2);
			b.set(a);
			return b;
		};
		this.docs = grow(this.docs);
		this.next = grow(this.next);
	}

	private rehash(buckets: number): void {
		this.heads = new Int32Array(buckets).fill(-1);
		const mask = buckets - 1;
		for (let e = 0; e < this.size; e++) {
			const bucket = this.keys[e]! & mask;
			this.next[e] = this.heads[bucket]!;
			this.heads[bucket] = e;
		}
	}
}
