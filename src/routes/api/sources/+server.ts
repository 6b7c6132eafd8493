import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { readSourcesView } from '$lib/server/source-status';

/** GET /api/sources: every watched source's health, failing ones first (no secrets: see $lib/watch/source-status). */
export const GET: RequestHandler = () => json(readSourcesView(), { headers: { 'cache-control': 'no-store' } });
