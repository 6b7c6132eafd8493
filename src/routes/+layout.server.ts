import { resolveUiLang } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

// Reads only the `ui` search param, so typing in the search box does not rerun this load.
export const load: LayoutServerLoad = ({ url, request }) => {
	const uiChosen = url.searchParams.get('ui');
	return { uiLang: resolveUiLang(uiChosen, request.headers.get('accept-language')) };
};
