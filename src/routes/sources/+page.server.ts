import { readSourcesView } from '$lib/server/source-status';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { view: readSourcesView() };
};
