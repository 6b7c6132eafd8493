/** Small numeric helpers shared by the bench parts. */

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface LatencySummary {
	n: number;
	p50: number;
	p95: number;
	p99: number;
	mean: number;
	max: number;
}

export function summarize(samples: readonly number[]): LatencySummary {
	const n = samples.length;
	const mean = n ? samples.reduce((a, b) => a + b, 0) / n : Number.NaN;
	return {
		n,
		p50: percentile(samples, 50),
		p95: percentile(samples, 95),
		p99: percentile(samples, 99),
		mean,
		max: n ? Math.max(...samples) : Number.NaN
	};
}

export const fmt = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** 12345678 → "12,345,678". */
export const int = (x: number): string => Math.round(x).toLocaleString('en-US');

export function mib(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export const verdict = (ok: boolean): string => (ok ? '**met**' : '**NOT met**');
