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
