import { readFileSync } from 'node:fs';

/**
 * Closed-loop load: `concurrency` workers take requests from a shared list until it is empty;
 * each sample is the time from sending to the body fully read.
 */
export async function runLoad(
	requests: readonly (() => Promise<Response>)[],
	concurrency: number
): Promise<{ latencies: number[]; seconds: number; errors: number }> {
	const latencies: number[] = [];
	let errors = 0;
	let next = 0;
	const started = performance.now();
	const worker = async () => {
		while (next < requests.length) {
			const request = requests[next++]!;
			const t0 = performance.now();
			try {
				const res = await request();
				await res.arrayBuffer();
				if (!res.ok) errors++;
			} catch {
				errors++;
			}
			latencies.push(performance.now() - t0);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return { latencies, seconds: (performance.now() - started) / 1000, errors };
}

export interface TimedLoadResult {
	requests: number;
	/** Non-2xx answers and failed requests. */
	errors: number;
	statuses: Record<string, number>;
	latencies: number[];
	seconds: number;
	/** RSS of `pid` sampled every 250 ms: offset (s) from the start, bytes. */
	rss: { t: number; bytes: number }[];
}

function rssBytes(pid: number): number | null {
	try {
		const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * 1024 : null;
	} catch {
		return null;
	}
}

/**
 * Closed-loop load for a fixed time: `concurrency` virtual users, user u sending with
 * `x-forwarded-for: 10.77.<u>.1` (its own client address) and cycling through `urls` from
 * offset u. A sample is send → body read; the RSS of `pid` is sampled alongside.
 */
export async function runTimedLoad(
	urls: readonly string[],
	options: { concurrency: number; seconds: number; pid: number }
): Promise<TimedLoadResult> {
	const out: TimedLoadResult = { requests: 0, errors: 0, statuses: {}, latencies: [], seconds: 0, rss: [] };
	const started = performance.now();
	const end = started + options.seconds * 1000;
	const sample = () => {
		const bytes = rssBytes(options.pid);
		if (bytes !== null) out.rss.push({ t: (performance.now() - started) / 1000, bytes });
	};
	sample();
	const sampler = setInterval(sample, 250);
	const user = async (u: number) => {
		const headers = { 'x-forwarded-for': `10.77.${u}.1` };
		for (let i = u; performance.now() < end; i++) {
			const t0 = performance.now();
			let status = 'failed';
			try {
				const res = await fetch(urls[i % urls.length]!, { headers });
				await res.arrayBuffer();
				status = String(res.status);
				if (!res.ok) out.errors++;
			} catch {
				out.errors++;
			}
			out.statuses[status] = (out.statuses[status] ?? 0) + 1;
			out.latencies.push(performance.now() - t0);
			out.requests++;
		}
	};
	await Promise.all(Array.from({ length: options.concurrency }, (_, u) => user(u)));
	clearInterval(sampler);
	out.seconds = (performance.now() - started) / 1000;
	return out;
}
