import { describe, expect, it } from 'vitest';
import { answerSearch, readSearchRequest } from '$lib/server/search-http';
import { SearchUnavailableError } from '$lib/server/meili-search-client';

const req = (lang = 'fr') => new Request('http://x/', { headers: { 'accept-language': lang } });

describe('readSearchRequest', () => {
	it('reads the state and the UI language (ui param first, then Accept-Language)', () => {
		expect(readSearchRequest(new URL('http://x/api/search?q=a&ui=ar'), req()).ui).toBe('ar');
		expect(readSearchRequest(new URL('http://x/api/search?q=a'), req('fr-FR,fr;q=0.9')).ui).toBe('fr');
	});

	it('refuses a query over 512 characters instead of truncating it', async () => {
		const ok = `q=${'a'.repeat(512)}`;
		expect(readSearchRequest(new URL(`http://x/?${ok}`), req()).state.q).toHaveLength(512);
		const res = await answerSearch(async () => {
			readSearchRequest(new URL(`http://x/?q=${'a'.repeat(513)}`), req());
			return new Response('unreachable');
		});
		expect(res.status).toBe(400);
		expect((await res.json()).error).toMatch(/query too long: at most 512 characters/);
	});
});

describe('answerSearch', () => {
	it('maps an unavailable engine to 503 JSON and lets other errors through', async () => {
		const res = await answerSearch(async () => {
			throw new SearchUnavailableError('x', { cause: new Error('refused') });
		});
		expect(res.status).toBe(503);
		expect(await res.json()).toEqual({ error: 'search engine unavailable' });
		await expect(
			answerSearch(async () => {
				throw new TypeError('bug');
			})
		).rejects.toThrow('bug');
	});
});
