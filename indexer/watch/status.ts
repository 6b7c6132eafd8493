import { healthOf, publicLocation, sortSources, type WatchStatus } from '../../src/lib/watch/source-status';
import type { AlertState } from './alerts';
import type { WatchConfig } from './config';
import type { SourceState } from './source-state';
import { basename } from 'node:path';

/**
 * The public status from the configuration and the states. Pure. Only what a person may see:
 * feed locations without credentials or query, folder names without their path, alert
 * searches without their webhooks.
 */
export function publicStatus(
	config: WatchConfig,
	sources: ReadonlyMap<string, SourceState>,
	alerts: ReadonlyMap<string, AlertState>,
	meta: { now: number; pid: number; started: number }
): WatchStatus {
	return {
		updated: meta.now,
		pid: meta.pid,
		started: meta.started,
		sources: sortSources(
			config.sources.map((source) => {
				const s = sources.get(source.key);
				const base = {
					failures: s?.failures ?? 0,
					lastFetch: s?.lastFetch ?? null
				};
				return {
					name: source.name,
					kind: source.kind,
					location: source.kind === 'feed' ? publicLocation(source.url) : `${basename(source.path)}/`,
					health: healthOf(base),
					...base,
					lastSuccess: s?.lastSuccess ?? null,
					httpStatus: s?.httpStatus ?? null,
					items: s?.items ?? { new: 0, total: 0 },
					indexed: s?.indexed ?? 0,
					lastError: s?.lastError ?? null,
					nextFetch: s?.nextDue ?? meta.now
				};
			})
		),
		alerts: config.alerts.map((alert) => {
			const a = alerts.get(alert.key);
			return {
				name: alert.name,
				search: alert.search,
				sent: a?.sent.length ?? 0,
				waiting: a?.outbox.length ?? 0,
				lastSent: a?.lastSent ?? null,
				lastError: a?.lastError ?? null
			};
		})
	};
}
