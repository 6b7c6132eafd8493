import { hashString, mix32 } from './shingles';

/** A line shorter than this (in words) is never a boilerplate block: it is a sentence, a credit, a date. */
export const BLOCK_MIN_WORDS = 12;
/** A long line found in at least this many documents of one run is boilerplate (a site's footer, a disclaimer). */
export const BOILERPLATE_MIN_DOCS = 5;
/** Lines counted per run at most; past this new lines are not counted (memory stays bounded). */
const MAX_LINES_TRACKED = 1_000_000;

/** Hashes of the distinct long lines of a body (case and spacing ignored). */
export function blockHashes(body: string): Uint32Array {
	const out = new Set<number>();
	for (const raw of body.split('\n')) {
		const words = raw.toLowerCase().split(/\s+/).filter(Boolean);
		if (words.length < BLOCK_MIN_WORDS) continue;
		out.add(mix32(hashString(words.join(' '))));
	}
	return Uint32Array.from(out);
}

/**
 * The long lines each document of a run holds, and in how many documents each line occurs.
 * A near copy whose only exact common ground with its canonical is boilerplate — lines many
 * other documents carry too — is no copy: distinct short leads above one long footer share
 * most of their shingles and nothing of their own. Counts only reach their final value at the
 * end of the run, so the check is made then (`undo`), on the near copies the run linked.
 */
export class BoilerplateLines {
	private readonly counts = new Map<number, number>();
	private readonly blocks = new Map<string, Uint32Array>();

	add(id: string, body: string): void {
		const hashes = blockHashes(body);
		if (hashes.length === 0) return;
		this.blocks.set(id, hashes);
		for (const h of hashes) {
			const n = this.counts.get(h);
			if (n !== undefined) this.counts.set(h, n + 1);
			else if (this.counts.size < MAX_LINES_TRACKED) this.counts.set(h, 1);
		}
	}

	isBoilerplate(hash: number): boolean {
		return (this.counts.get(hash) ?? 0) >= BOILERPLATE_MIN_DOCS;
	}

	/**
	 * Is the link of `copy` to `canonical` made of boilerplate alone? True when the two share
	 * long lines and every one of them is boilerplate. Unknown documents (from earlier runs) and
	 * copies that share no long line (edited wire text) are left as they are.
	 */
	onlyBoilerplateInCommon(copy: string, canonical: string): boolean {
		const a = this.blocks.get(copy);
		const b = this.blocks.get(canonical);
		if (!a || !b) return false;
		const other = new Set(b);
		let shared = 0;
		for (const h of a) {
			if (!other.has(h)) continue;
			if (!this.isBoilerplate(h)) return false;
			shared++;
		}
		return shared > 0;
	}
}
