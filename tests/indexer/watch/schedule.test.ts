import { describe, expect, it } from 'vitest';
import { alertBackoffDelay, backoffDelay, MAX_BACKOFF_MS, parseRetryAfter } from '../../../indexer/watch/schedule';
import { afterFailure, afterSuccess, initialState, readState, withPending } from '../../../indexer/watch/source-state';

const MIN = 60_000;

describe('backoffDelay', () => {
	// [every, failures, random, retryAfter] → delay: doubles per failure, jitter in the upper half, capped.
	it.each<[number, number, number, number | null, number]>([
		[MIN, 1, 1, null, MIN],
		[MIN, 1, 0, null, MIN / 2],
		[MIN, 2, 1, null, 2 * MIN],
		[MIN, 3, 0.5, null, 3 * MIN],
		[MIN, 30, 1, null, MAX_BACKOFF_MS],
		[MIN, 300, 1, null, MAX_BACKOFF_MS],
		[24 * 60 * MIN, 5, 1, null, 24 * 60 * MIN],
		[MIN, 1, 0, 10 * MIN, 10 * MIN],
		[MIN, 1, 1, 1000, MIN]
	])('every %i ms, %i failures, random %f, Retry-After %s → %i ms', (every, failures, random, after, expected) => {
		expect(backoffDelay(every, failures, random, after)).toBe(expected);
	});

	it('webhook retries start at a second and double', () => {
		expect([1, 2, 3, 4].map((n) => alertBackoffDelay(n, 1))).toEqual([1000, 2000, 4000, 8000]);
		expect(alertBackoffDelay(100, 1)).toBe(3_600_000);
	});
});

describe('parseRetryAfter', () => {
	const now = Date.parse('2026-01-01T00:00:00Z');
	it.each<[string | null, number | null]>([
		['120', 120_000],
		['Thu, 01 Jan 2026 00:01:00 GMT', 60_000],
		['soon', null],
		[null, null]
	])('%s → %s', (value, ms) => expect(parseRetryAfter(value, now)).toBe(ms));
});

describe('source state', () => {
	const every = 1000;
	it('a success resets failures and schedules the next poll one interval on', () => {
		const failed = afterFailure(initialState('k', 0), {
			now: 10,
			everyMs: every,
			error: { kind: 'http', message: 'HTTP 500', status: 500 },
			httpStatus: 500,
			random: 1
		});
		expect(failed).toMatchObject({
			failures: 1,
			httpStatus: 500,
			nextDue: 10 + every,
			lastError: { kind: 'http', at: 10 }
		});
		const twice = afterFailure(failed, {
			now: 20,
			everyMs: every,
			error: { kind: 'timeout', message: 't' },
			random: 1
		});
		expect(twice).toMatchObject({ failures: 2, nextDue: 20 + 2 * every });
		const ok = afterSuccess(twice, {
			now: 30,
			everyMs: every,
			httpStatus: 200,
			validators: { etag: '"e"' },
			fresh: 2,
			total: 5,
			indexed: 2
		});
		expect(ok).toMatchObject({
			failures: 0,
			lastError: null,
			nextDue: 30 + every,
			validators: { etag: '"e"' },
			items: { new: 2, total: 5 },
			indexed: 2
		});
	});

	it('a failure keeps the validators, the seen items and a pending ingest', () => {
		const s = withPending({ ...initialState('k', 0), validators: { etag: '"x"' }, seen: [['a', 'h']] }, ['a']);
		const failed = afterFailure(s, { now: 1, everyMs: every, error: { kind: 'network', message: 'x' }, random: 0 });
		expect(failed).toMatchObject({ validators: { etag: '"x"' }, seen: [['a', 'h']], pending: { added: ['a'] } });
		expect(
			afterSuccess(failed, { now: 2, everyMs: every, httpStatus: 304, fresh: 0, total: 1, indexed: 0 }).pending
		).toBeNull();
	});

	it('an earlier due time (a folder file settling) wins over the interval', () => {
		expect(
			afterSuccess(initialState('k', 0), {
				now: 0,
				everyMs: 60_000,
				httpStatus: null,
				fresh: 0,
				total: 0,
				indexed: 0,
				nextDue: 500
			}).nextDue
		).toBe(500);
	});

	it('reads back only its own, current state files', () => {
		const s = initialState('k', 5);
		expect(readState(JSON.parse(JSON.stringify(s)), 'k')).toEqual(s);
		expect(readState(s, 'other')).toBeNull();
		expect(readState({ version: 2 }, 'k')).toBeNull();
		expect(readState(null, 'k')).toBeNull();
	});
});
