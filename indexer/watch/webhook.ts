import { parseRetryAfter } from './schedule';
import type { AlertPayload } from './alerts';

export const WEBHOOK_TIMEOUT_MS = 10_000;

export type Delivery = { ok: true } | { ok: false; message: string; retryAfterMs: number | null };

/**
 * POSTs one alert batch as JSON. A 2xx is a delivery; anything else (redirects are not
 * followed: a webhook that moved must be configured again) is retried later by the caller.
 * `Idempotency-Key` is the batch id, the same on every retry of a batch. Messages never
 * contain the webhook URL (it is a secret).
 */
export async function postBatch(
	webhook: string,
	payload: AlertPayload,
	timeoutMs = WEBHOOK_TIMEOUT_MS
): Promise<Delivery> {
	try {
		const res = await fetch(webhook, {
			method: 'POST',
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'idempotency-key': payload.batch,
				'user-agent': 'Marsad-watcher/0.1'
			},
			body: JSON.stringify(payload),
			redirect: 'manual',
			signal: AbortSignal.timeout(timeoutMs)
		});
		await res.body?.cancel();
		if (res.status >= 200 && res.status < 300) return { ok: true };
		return {
			ok: false,
			message: `webhook answered HTTP ${res.status}`,
			retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), Date.now())
		};
	} catch (error) {
		const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
		const code = (error as { cause?: { code?: string } }).cause?.code;
		return {
			ok: false,
			message: timedOut
				? `webhook did not answer within ${timeoutMs / 1000} s`
				: `webhook unreachable (${code ?? 'network error'})`,
			retryAfterMs: null
		};
	}
}
