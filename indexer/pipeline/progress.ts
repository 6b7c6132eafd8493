/**
 * Progress on stderr: a live line on a terminal, plain periodic lines in CI or when piped.
 * Counts only; the caller says what was done.
 */
export class Progress {
	private last = 0;
	private readonly started = performance.now();

	constructor(
		private readonly write: (line: string) => void,
		private readonly tty: boolean = Boolean(process.stderr.isTTY) && !process.env.CI,
		private readonly everyMs: number = tty ? 200 : 5000
	) {}

	update(done: number, bytes: number, total?: number): void {
		const now = performance.now();
		if (now - this.last < this.everyMs) return;
		this.last = now;
		const seconds = (now - this.started) / 1000;
		const rate = done / Math.max(seconds, 0.001);
		const mbps = bytes / 1e6 / Math.max(seconds, 0.001);
		const eta = total && rate > 0 ? ` ETA ${Math.max(0, (total - done) / rate).toFixed(0)} s` : '';
		const bar = total ? ` [${'#'.repeat(Math.round((done / total) * 20)).padEnd(20, '.')}]` : '';
		const line = `${done}${total ? `/${total}` : ''} articles${bar} ${rate.toFixed(0)} docs/s ${mbps.toFixed(1)} MB/s${eta}`;
		if (this.tty) process.stderr.write(`\r${line}\x1b[K`);
		else this.write(line);
	}

	finish(): void {
		if (this.tty) process.stderr.write('\r\x1b[K');
	}
}
