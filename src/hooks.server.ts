import type { Handle } from '@sveltejs/kit';
import { dirOf, resolveUiLang } from '$lib/i18n';
import { env } from '$env/dynamic/private';
import { RateLimiter } from '$lib/server/rate-limit';

/** `MARSAD_RATE_LIMIT=perSecond/burst` (default 20/60), or `off`. Static assets are never limited. */
function rateLimiterFromEnv(spec: string | undefined): RateLimiter | null {
	if (spec === 'off') return null;
	const [perSecond, burst] = (spec ?? '20/60').split('/').map(Number);
	if (!perSecond || !burst || perSecond <= 0 || burst < 1) return new RateLimiter({ perSecond: 20, burst: 60 });
	return new RateLimiter({ perSecond, burst });
}
const limiter = rateLimiterFromEnv(env.MARSAD_RATE_LIMIT);

/**
 * Fills `%lang%`/`%dir%` in app.html (so Arabic pages are RTL before any script runs) and adds
 * the security headers that CSP (svelte.config.js) does not cover.
 */
export const handle: Handle = async ({ event, resolve }) => {
	if (limiter && !event.url.pathname.startsWith('/_app/')) {
		const decision = limiter.take(event.getClientAddress(), Date.now());
		if (!decision.allowed) {
			return new Response('Too many requests: slow down and retry shortly.\n', {
				status: 429,
				headers: { 'Retry-After': String(decision.retryAfter), 'Content-Type': 'text/plain; charset=utf-8' }
			});
		}
	}
	const uiParam = event.url.searchParams.get('ui');
	const lang = resolveUiLang(uiParam, event.request.headers.get('accept-language'));
	const dir = dirOf(lang);

	let response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dir)
	});

	// Responses built with Response.redirect() or passed through from fetch have immutable headers.
	try {
		setSecurityHeaders(response.headers);
	} catch {
		response = new Response(response.body, response);
		setSecurityHeaders(response.headers);
	}
	// Without `ui`, the HTML language comes from Accept-Language: caches must key on it.
	if (!uiParam && response.headers.get('content-type')?.startsWith('text/html')) {
		response.headers.append('Vary', 'Accept-Language');
	}
	return response;
};

function setSecurityHeaders(headers: Headers): void {
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	// No version banners.
	headers.delete('X-Powered-By');
	headers.delete('Server');
}
