import { describe, expect, it } from 'vitest';
import {
	afterDelivered,
	afterDeliveryFailed,
	alertArticle,
	alertSearchPlan,
	initialAlertState,
	queueBatch,
	unsentIds,
	type AlertArticle
} from '../../../indexer/watch/alerts';
import type { Alert } from '../../../indexer/watch/config';
import { stateFromUrl } from '../../../src/lib/search/url-state';
import { publicStatus } from '../../../indexer/watch/status';
import { initialState } from '../../../indexer/watch/source-state';

const alert: Alert = {
	key: 'alert-1',
	name: 'Ransomware',
	search: '?q=ransomware&lang=fr',
	state: stateFromUrl(new URLSearchParams('q=ransomware&lang=fr')),
	webhook: 'https://hooks.example/secret'
};
const article = (id: string): AlertArticle => ({
	id,
	title: id,
	date: null,
	source: null,
	lang: 'fr',
	link: null,
	marsad: `/article/${id}`,
	facets: { actors: [], countries: [], threats: [] }
});

describe('alertSearchPlan', () => {
	it('is the search page request, restricted to the new ids, every copy included', () => {
		const plan = alertSearchPlan(alert, [{ token: 'ransom' }], ['a', 'b"c'], 'articles');
		expect(plan.queries).toHaveLength(1);
		expect(plan.queries[0]).toMatchObject({
			q: 'ransom',
			hitsPerPage: 2,
			filter: [['lang = "fr"'], 'id IN ["a", "b\\"c"]']
		});
	});
});

describe('alert state', () => {
	it('an article enters one batch only, and is never queued again once sent', () => {
		let s = initialAlertState(alert.key);
		s = queueBatch(s, alert, [article('a'), article('b'), article('a')], 'https://marsad.example', 1).state;
		expect(s.outbox).toHaveLength(1);
		expect(s.outbox[0]!.ids).toEqual(['a', 'b']);
		expect(s.outbox[0]!.payload).toMatchObject({
			alert: 'Ransomware',
			search: 'https://marsad.example/?q=ransomware&lang=fr',
			batch: s.outbox[0]!.id
		});
		expect(queueBatch(s, alert, [article('a')], null, 2).state).toBe(s);
		s = queueBatch(s, alert, [article('b'), article('c')], null, 2).state;
		expect(s.outbox.map((b) => b.ids)).toEqual([['a', 'b'], ['c']]);
		const failed = afterDeliveryFailed(s, s.outbox[0]!.id, 'HTTP 500', 10, 1);
		expect(failed).toMatchObject({ failures: 1, nextAttempt: 1010, lastError: { message: 'HTTP 500' } });
		expect(failed.outbox[0]!.attempts).toBe(1);
		const sent = afterDelivered(failed, failed.outbox[0]!.id, 20);
		expect(sent).toMatchObject({ sent: ['a', 'b'], failures: 0, lastError: null, lastSent: 20 });
		expect(unsentIds(sent, ['a', 'b', 'c', 'd'])).toEqual(['d']);
		// Batch ids never repeat.
		expect(new Set([...s.outbox.map((b) => b.id)]).size).toBe(2);
	});

	it('the payload carries title, date, source, language, links and labelled facets', () => {
		const a = alertArticle(
			{
				id: 'x',
				title: 'T',
				body: 'B',
				lang: 'fr',
				source: 'S',
				url: 'https://news/x',
				date: '2026-01-02',
				timestamp: 1,
				actors: ['lockbit'],
				countries: ['FR'],
				threats: []
			},
			'https://marsad.example',
			'fr',
			(field, id) => `${field}:${id}`
		);
		expect(a).toEqual({
			id: 'x',
			title: 'T',
			date: '2026-01-02',
			source: 'S',
			lang: 'fr',
			link: 'https://news/x',
			marsad: 'https://marsad.example/article/x',
			facets: {
				actors: [{ id: 'lockbit', label: 'actor:lockbit' }],
				countries: [{ id: 'FR', label: 'country:FR' }],
				threats: []
			}
		});
	});
});

describe('publicStatus', () => {
	it('shows no secret and puts failing sources first', () => {
		const config = {
			origin: null,
			alerts: [alert],
			sources: [
				{
					kind: 'feed' as const,
					key: 'a',
					name: 'A ok',
					url: 'https://user:pw@feeds.example/rss?token=t0k',
					everyMs: 1000,
					timeoutMs: 1000,
					allow: []
				},
				{
					kind: 'folder' as const,
					key: 'b',
					name: 'B failing',
					path: '/home/analyst/private/incoming',
					everyMs: 1000,
					settleMs: 0
				}
			]
		};
		const ok = { ...initialState('a', 0), lastFetch: 5, failures: 0 };
		const failing = {
			...initialState('b', 0),
			lastFetch: 5,
			failures: 2,
			lastError: { kind: 'folder' as const, message: 'missing', at: 5 }
		};
		const status = publicStatus(
			config,
			new Map([
				['a', ok],
				['b', failing]
			]),
			new Map(),
			{ now: 9, pid: 1, started: 0 }
		);
		expect(status.sources.map((s) => s.name)).toEqual(['B failing', 'A ok']);
		expect(status.sources[1]!.location).toBe('https://feeds.example/rss');
		expect(status.sources[0]!.location).toBe('incoming/');
		const text = JSON.stringify(status);
		for (const secret of ['pw', 't0k', 'hooks.example', 'secret', '/home/analyst']) expect(text).not.toContain(secret);
		expect(status.alerts[0]).toMatchObject({
			name: 'Ransomware',
			search: '?q=ransomware&lang=fr',
			sent: 0,
			waiting: 0
		});
	});
});
