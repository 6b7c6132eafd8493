import { readFileSync } from 'node:fs';

export interface LoadResult {
	requests: number;
	errors: number;
	statuses: Record<number, number>;
	latenciesMs: number[];
	/** App RSS samples (MB) with their time offsets (s). */
	rss: { t: number; mb: number }[];
}

export function rssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return kb / 1024;
}

export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Closed-loop load on loopback: `concurrency` virtual users, each with its own client address
 * (X-Forwarded-For, trusted by the app under test via ADDRESS_HEADER), for `seconds`.
 */
export async function runLoad(options: {
	baseUrl: string;
	paths: string[];
	concurrency: number;
	seconds: number;
	pid: number;
}): Promise<LoadResult> {
	const result: LoadResult = { requests: 0, errors: 0, statuses: {}, latenciesMs: [], rss: [] };
	const started = performance.now();
	const end = started + options.seconds * 1000;
	const sampler = setInterval(() => {
		result.rss.push({ t: (performance.now() - started) / 1000, mb: rssMb(options.pid) });
	}, 250);
	const user = async (u: number) => {
		let i = u;
		while (performance.now() < end) {
			const path = options.paths[i++ % options.paths.length]!;
			const t0 = performance.now();
			try {
				const res = await fetch(options.baseUrl + path, {
					headers: { 'x-forwarded-for': `10.0.${u >> 8}.${u & 255}` }
				});
				await res.arrayBuffer();
				result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
				if (res.status >= 500) result.errors++;
			} catch {
				result.errors++;
			}
			result.latenciesMs.push(performance.now() - t0);
			result.requests++;
		}
	};
	await Promise.all(Array.from({ length: options.concurrency }, (_, u) => user(u)));
	clearInterval(sampler);
	result.latenciesMs.sort((a, b) => a - b);
	return result;
}
