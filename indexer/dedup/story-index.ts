import type { Fingerprint } from './fingerprint';
import { estimateJaccard, SIGNATURE_SIZE } from './minhash';
import { LshIndex } from './lsh-index';

/** Candidates checked per document (see LshIndex.candidates). */
const MAX_CANDIDATES = 256;

/** Estimated Jaccard similarity of 3-word shingles from which two bodies are one story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

/** How a document came to its story. */
export type StoryKind = 'new' | 'exact' | 'near' | 'kept';

export interface StoryAssignment {
	kind: StoryKind;
	/** The canonical document's id (the document's own id when it is canonical). */
	storyId: string;
	/** Estimated similarity to the document it matched (1 for an exact copy, 0 when alone). */
	similarity: number;
	/** Set when the document joined an existing story: that story's canonical id. */
	joined: string | null;
	/** Set when a changed document no longer matched the story it was in: that story's canonical id now (null when the story is gone). */
	left?: string | null;
}

/** The story fields of one document, as stored in Meilisearch. */
export interface StoryFields {
	story_id: string;
	story_size: number;
	duplicate_of: string | null;
	/** Canonical only: the other documents of the story, in the order they were seen. */
	duplicates?: string[];
}

/**
 * Every document seen, grouped in stories. Held per document: its id, its 120-byte signature
 * and its canonical's number, plus the LSH band table (no texts). The first document of a
 * story is its canonical and stays so; later copies join it. A new document that matches no
 * one is a story of its own.
 */
export class StoryIndex {
	private ids: string[] = [];
	private numbers = new Map<string, number>();
	private sigs = new Uint8Array(1024 * SIGNATURE_SIZE);
	private hasSig = new Uint8Array(1024);
	/** Canonical document number of each document; −1 for a removed document. */
	private canonical = new Int32Array(1024).fill(-1);
	/** Exact-copy key of each registered document (NaN: none). */
	private exactKeys = new Float64Array(1024).fill(NaN);
	private exact = new Map<number, number>();
	/** Canonical number → ids of the other members (these arrays are shared with documents). */
	private members = new Map<number, string[]>();
	private lsh = new LshIndex();

	constructor(private readonly threshold: number = NEAR_DUPLICATE_THRESHOLD) {}

	get size(): number {
		return this.ids.length;
	}

	/** Approximate bytes held in typed arrays (the LSH table and the signatures). */
	get typedBytes(): number {
		return (
			this.lsh.bytes +
			this.sigs.byteLength +
			this.hasSig.byteLength +
			this.canonical.byteLength +
			this.exactKeys.byteLength
		);
	}

	/** A document already in the index, with the story it was given then. */
	load(id: string, fp: Fingerprint | null, storyId: string | null | undefined): void {
		const n = this.slot(id);
		const c = this.slot(storyId || id);
		this.canonical[n] = c;
		if (this.canonical[c] === -1) this.canonical[c] = c;
		if (c !== n) this.membersOf(c).push(id);
		if (fp) this.register(n, fp);
	}

	/**
	 * A new or changed document. A new one joins the story of the most similar document seen
	 * (exact copy first, else estimated Jaccard ≥ threshold, ties to the earliest), or starts one.
	 * A changed document keeps the story it is in while it still matches the story's canonical
	 * (a canonical keeps its story while it can be matched at all); else it leaves it and is
	 * matched again. A null fingerprint (too short to compare) is a story of its own.
	 */
	add(id: string, fp: Fingerprint | null): StoryAssignment {
		let known = this.numbers.get(id);
		let left: string | null | undefined;
		if (known !== undefined && this.canonical[known] !== -1) {
			const c = this.canonical[known]!;
			const inStory = c !== known || (this.members.get(c)?.length ?? 0) > 0;
			const stillMatches = fp !== null && (c === known || this.matches(fp, c));
			if (inStory && stillMatches) {
				this.register(known, fp);
				return { kind: 'kept', storyId: this.ids[c]!, similarity: 0, joined: null };
			}
			if (inStory) {
				left = this.remove([id])[0] ?? null;
				known = this.numbers.get(id);
			}
		}
		const n = known ?? this.slot(id);
		if (!fp) {
			this.exactKeys[n] = NaN;
			this.hasSig[n] = 0;
			this.canonical[n] = n;
			return { kind: 'new', storyId: id, similarity: 0, joined: null, ...(left !== undefined ? { left } : {}) };
		}
		const match = this.findSimilar(fp, n);
		this.register(n, fp);
		const extra = left !== undefined ? { left } : {};
		if (!match) {
			this.canonical[n] = n;
			return { kind: 'new', storyId: id, similarity: 0, joined: null, ...extra };
		}
		const c = this.canonical[match.doc]!;
		this.canonical[n] = c;
		this.membersOf(c).push(id);
		return {
			kind: match.similarity === 1 && match.exact ? 'exact' : 'near',
			storyId: this.ids[c]!,
			similarity: match.similarity,
			joined: this.ids[c]!,
			...extra
		};
	}

	/** Does `fp` still match document `d` (same exact key, or estimated Jaccard ≥ threshold)? */
	private matches(fp: Fingerprint, d: number): boolean {
		if (this.exactKeys[d] === fp.exact) return true;
		if (!fp.signature || !this.hasSig[d]) return false;
		return estimateJaccard(fp.signature, this.sigs, d * SIGNATURE_SIZE) >= this.threshold;
	}

	/** The most similar live document other than `exclude`: an exact copy, else the best estimate ≥ threshold. */
	findSimilar(fp: Fingerprint, exclude = -1): { doc: number; similarity: number; exact: boolean } | null {
		const copy = this.exact.get(fp.exact);
		if (copy !== undefined && copy !== exclude && this.canonical[copy] !== -1 && this.exactKeys[copy] === fp.exact)
			return { doc: copy, similarity: 1, exact: true };
		if (!fp.signature) return null;
		let best: { doc: number; similarity: number; exact: boolean } | null = null;
		for (const d of this.lsh.candidates(fp.signature, MAX_CANDIDATES)) {
			if (d === exclude || this.canonical[d] === -1 || !this.hasSig[d]) continue;
			const j = estimateJaccard(fp.signature, this.sigs, d * SIGNATURE_SIZE);
			if (j < this.threshold) continue;
			if (!best || j > best.similarity || (j === best.similarity && d < best.doc))
				best = { doc: d, similarity: j, exact: false };
		}
		return best;
	}

	/** The story fields of a document (its canonical's `duplicates` array is shared, not copied). */
	fields(id: string): StoryFields {
		const n = this.numbers.get(id);
		if (n === undefined || this.canonical[n] === -1)
			return { story_id: id, story_size: 1, duplicate_of: null, duplicates: [] };
		const c = this.canonical[n]!;
		const others = this.membersOf(c);
		if (c === n) return { story_id: id, story_size: others.length + 1, duplicate_of: null, duplicates: others };
		return { story_id: this.ids[c]!, story_size: others.length + 1, duplicate_of: this.ids[c]! };
	}

	/** Ids of a story's documents, canonical first. */
	story(canonicalId: string): string[] {
		const c = this.numbers.get(canonicalId);
		return c === undefined ? [] : [canonicalId, ...(this.members.get(c) ?? [])];
	}

	/**
	 * Takes a member out of its story into one of its own (it stays known, signature and all).
	 * Returns the canonical id of the story it left, or null when it was not a member.
	 */
	separate(id: string): string | null {
		const n = this.numbers.get(id);
		if (n === undefined || this.canonical[n] === -1 || this.canonical[n] === n) return null;
		const c = this.canonical[n]!;
		const others = this.members.get(c) ?? [];
		others.splice(others.indexOf(id), 1);
		this.canonical[n] = n;
		return this.ids[c]!;
	}

	/**
	 * Forgets deleted documents. A story that lost its canonical gets its next member as canonical.
	 * Returns the canonical ids of the stories that changed and still exist.
	 */
	remove(ids: Iterable<string>): string[] {
		const changed = new Set<number>();
		for (const id of ids) {
			const n = this.numbers.get(id);
			if (n === undefined || this.canonical[n] === -1) continue;
			const c = this.canonical[n]!;
			this.canonical[n] = -1;
			const others = this.members.get(c) ?? [];
			if (c !== n) {
				others.splice(others.indexOf(id), 1);
				changed.add(c);
				continue;
			}
			this.members.delete(c);
			changed.delete(c);
			const [head, ...rest] = others;
			if (head === undefined) continue;
			const h = this.numbers.get(head)!;
			for (const m of [head, ...rest]) this.canonical[this.numbers.get(m)!] = h;
			this.members.set(h, rest);
			changed.add(h);
		}
		return [...changed].filter((c) => this.canonical[c] === c).map((c) => this.ids[c]!);
	}

	private membersOf(c: number): string[] {
		let list = this.members.get(c);
		if (!list) this.members.set(c, (list = []));
		return list;
	}

	private register(n: number, fp: Fingerprint): void {
		const holder = this.exact.get(fp.exact);
		if (holder === undefined || this.canonical[holder] === -1 || this.exactKeys[holder] !== fp.exact)
			this.exact.set(fp.exact, n);
		this.exactKeys[n] = fp.exact;
		if (!fp.signature) {
			this.hasSig[n] = 0;
			return;
		}
		this.sigs.set(fp.signature, n * SIGNATURE_SIZE);
		this.hasSig[n] = 1;
		// A changed signature is added again; the old bands only bring candidates that the
		// signature check then rejects.
		this.lsh.add(n, fp.signature);
	}

	private slot(id: string): number {
		const known = this.numbers.get(id);
		if (known !== undefined) return known;
		const n = this.ids.length;
		this.ids.push(id);
		this.numbers.set(id, n);
		if (n === this.hasSig.length) this.grow();
		return n;
	}

	private grow(): void {
		// ×1.5, not ×2: these arrays grow with the corpus and their slack is resident memory.
		const cap = Math.ceil(this.hasSig.length * 1.5);
		const sigs = new Uint8Array(cap * SIGNATURE_SIZE);
		sigs.set(this.sigs);
		this.sigs = sigs;
		const has = new Uint8Array(cap);
		has.set(this.hasSig);
		this.hasSig = has;
		const canon = new Int32Array(cap).fill(-1);
		canon.set(this.canonical);
		this.canonical = canon;
		const keys = new Float64Array(cap).fill(NaN);
		keys.set(this.exactKeys);
		this.exactKeys = keys;
	}
}
