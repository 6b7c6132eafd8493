import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/lib/server/rate-limit';

describe('RateLimiter', () => {
	it('lets a burst through, then refuses with a Retry-After, then refills', () => {
		const limiter = new RateLimiter({ perSecond: 10, burst: 5 });
		const results = Array.from({ length: 7 }, () => limiter.take('a', 0));
		expect(results.filter((r) => r.allowed)).toHaveLength(5);
		expect(results[6]).toEqual({ allowed: false, retryAfter: 1 });
		expect(limiter.take('a', 100).allowed).toBe(true); // 0.1 s × 10/s = one token back
		expect(limiter.take('a', 100).allowed).toBe(false);
	});

	it('an abusive client does not slow anyone else', () => {
		const limiter = new RateLimiter({ perSecond: 1, burst: 2 });
		for (let i = 0; i < 100; i++) limiter.take('abuser', i);
		expect(limiter.take('abuser', 100).allowed).toBe(false);
		expect(limiter.take('neighbour', 100).allowed).toBe(true);
	});

	it('never tracks more clients than allowed, forgetting the least recently seen', () => {
		const limiter = new RateLimiter({ perSecond: 1, burst: 1, maxClients: 2 });
		limiter.take('a', 0);
		limiter.take('b', 0);
		limiter.take('c', 0); // forgets a
		expect(limiter.take('a', 0).allowed).toBe(true);
		expect(limiter.take('c', 0).allowed).toBe(false);
	});
});
