/**
 * Groups documents into batches bounded by count and by serialized bytes, so a corpus of
 * long articles does not build one huge request, and memory stays flat.
 */
export class Batcher<T> {
	private items: T[] = [];
	private bytes = 0;

	constructor(
		private readonly maxItems: number,
		private readonly maxBytes: number
	) {}

	/** Adds an item; returns a full batch when one is ready. */
	push(item: T, size: number): T[] | null {
		const full = this.items.length > 0 && (this.items.length >= this.maxItems || this.bytes + size > this.maxBytes);
		const ready = full ? this.drain() : null;
		this.items.push(item);
		this.bytes += size;
		return ready;
	}

	drain(): T[] {
		const out = this.items;
		this.items = [];
		this.bytes = 0;
		return out;
	}
}
