import { resolveUiLang } from '$lib/i18n';
import { MESSAGES } from '$lib/i18n/all';
import { publicOrigin } from '$lib/server/public-origin';
import type { LayoutServerLoad } from './$types';

// Reads only the `ui` search param, so typing in the search box does not rerun this load.
// The strings travel as data: the client bundle carries no language.
export const load: LayoutServerLoad = ({ url, request }) => {
	const uiLang = resolveUiLang(url.searchParams.get('ui'), request.headers.get('accept-language'));
	// Absolute links (og:url) use this, not url.origin: without ORIGIN, adapter-node takes
	// url.origin from the request's Host header, which anyone can forge.
	return { uiLang, t: MESSAGES[uiLang], origin: publicOrigin() };
};
