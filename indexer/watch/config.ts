import { isAbsolute, join } from 'node:path';
import { stableHash } from '../sources/article-id';
import { stateFromUrl, stateToUrl } from '../../src/lib/search/url-state';
import type { SearchState } from '../../src/lib/search/types';

/**
 * SOURCES.json → the watcher's configuration, or every problem with its field and reason.
 * Pure: the caller reads the file, checks folders exist and supplies the search-parameter check.
 */

export interface FeedSource {
	kind: 'feed';
	/** Stable name of the source's state file: a hash of what it reads, so a rename keeps its state. */
	key: string;
	name: string;
	url: string;
	everyMs: number;
	timeoutMs: number;
	/** Hosts (lower case) whose pages the feed's items may link to, besides the feed's own host. */
	allow: string[];
}

export interface FolderSource {
	kind: 'folder';
	key: string;
	name: string;
	/** Absolute (relative paths are resolved against the folder of SOURCES.json). */
	path: string;
	everyMs: number;
	/** A file is read once its size and mtime stayed the same across two looks this far apart. */
	settleMs: number;
}

export type Source = FeedSource | FolderSource;

export interface Alert {
	key: string;
	name: string;
	/** Canonical query string of the search page (`?q=…`), page and sort dropped. */
	search: string;
	state: SearchState;
	webhook: string;
}

export interface WatchConfig {
	sources: Source[];
	alerts: Alert[];
	/** The app's public URL, for the links an alert sends (null: links are relative). */
	origin: string | null;
}

export interface ConfigProblem {
	field: string;
	reason: string;
}

export class ConfigError extends Error {
	constructor(
		readonly file: string,
		readonly problems: ConfigProblem[]
	) {
		super(`${file}: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`);
		this.name = 'ConfigError';
	}
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_SETTLE_MS = 2_000;
const MIN_EVERY_MS = 100;
const MAX_EVERY_MS = 7 * 24 * 3600_000;
const MAX_TIMEOUT_MS = 5 * 60_000;

const UNIT_MS = { s: 1000, m: 60_000, h: 3600_000 } as const;

/** `"15m"`, `"1h"`, `"30s"`, `"0.5s"` → milliseconds; null when not of that form. */
export function parseDuration(text: string): number | null {
	const m = /^(\d+(?:\.\d+)?)(s|m|h)$/.exec(text.trim());
	if (!m) return null;
	const ms = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
	return Number.isFinite(ms) && ms >= 0 ? Math.round(ms) : null;
}

const HOST_RE = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

/** An http(s) URL, or the reason it is not one. */
function httpUrl(value: unknown): { url: URL } | { reason: string } {
	if (typeof value !== 'string' || !value.trim()) return { reason: 'must be a URL (a non-empty string)' };
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		return { reason: `"${value}" is not a URL` };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return { reason: `only http and https are fetched, not ${url.protocol.replace(':', '')}` };
	return { url };
}

export interface ValidateOptions {
	/** File name, for the error. */
	file: string;
	/** Folder of the file: relative folder paths are resolved against it. */
	baseDir: string;
	/** Reasons the search parameters are refused (`name: reason`), e.g. unknown actor ids. */
	checkSearchParams(params: URLSearchParams): string[];
}

/** The pages an alert search may come from: the search page and its Atom feed. */
const SEARCH_PATHS = new Set(['/', '/feed.atom', '/api/search']);
const SEARCH_PARAMS = new Set(['q', 'lang', 'country', 'actor', 'threat', 'from', 'to', 'sort', 'page', 'ui']);

export function validateConfig(input: unknown, options: ValidateOptions): WatchConfig {
	const problems: ConfigProblem[] = [];
	const problem = (field: string, reason: string) => problems.push({ field, reason });
	const out: WatchConfig = { sources: [], alerts: [], origin: null };
	if (!isObject(input)) throw new ConfigError(options.file, [{ field: '(file)', reason: 'must be a JSON object' }]);
	unknownKeys(input, ['sources', 'alerts', 'origin'], '', problem);

	if (input.origin !== undefined) {
		const u = httpUrl(input.origin);
		if ('reason' in u) problem('origin', u.reason);
		else out.origin = u.url.origin;
	}

	if (!Array.isArray(input.sources) || input.sources.length === 0) {
		problem('sources', 'must be a non-empty array of sources');
	} else {
		const names = new Set<string>();
		const keys = new Map<string, string>();
		input.sources.forEach((raw: unknown, i: number) => {
			const at = `sources[${i}]`;
			const source = readSource(raw, at, options, problem);
			if (!source) return;
			if (names.has(source.name)) problem(`${at}.name`, `"${source.name}" is used by another source`);
			names.add(source.name);
			const other = keys.get(source.key);
			if (other) problem(at, `reads the same ${source.kind === 'feed' ? 'URL' : 'folder'} as ${other}`);
			keys.set(source.key, at);
			out.sources.push(source);
		});
	}

	if (input.alerts !== undefined) {
		if (!Array.isArray(input.alerts)) problem('alerts', 'must be an array of alerts');
		else {
			const names = new Set<string>();
			input.alerts.forEach((raw: unknown, i: number) => {
				const alert = readAlert(raw, `alerts[${i}]`, options, problem);
				if (!alert) return;
				if (names.has(alert.name)) problem(`alerts[${i}].name`, `"${alert.name}" is used by another alert`);
				names.add(alert.name);
				out.alerts.push(alert);
			});
		}
	}
	if (problems.length) throw new ConfigError(options.file, problems);
	return out;
}

type Problem = (field: string, reason: string) => void;

function readName(raw: Record<string, unknown>, at: string, problem: Problem): string | null {
	const name = raw.name;
	if (typeof name !== 'string' || !name.trim()) {
		problem(`${at}.name`, 'must be a non-empty string');
		return null;
	}
	if (name.length > 100) {
		problem(`${at}.name`, 'at most 100 characters');
		return null;
	}
	return name.trim();
}

function readDuration(
	raw: Record<string, unknown>,
	key: string,
	at: string,
	problem: Problem,
	bounds: { min: number; max: number; fallback?: number }
): number | null {
	const value = raw[key];
	if (value === undefined && bounds.fallback !== undefined) return bounds.fallback;
	const ms = typeof value === 'string' ? parseDuration(value) : null;
	if (ms === null) {
		problem(`${at}.${key}`, `must be a duration like "30s", "15m" or "1h", got ${JSON.stringify(value) ?? 'nothing'}`);
		return null;
	}
	if (ms < bounds.min || ms > bounds.max) {
		problem(`${at}.${key}`, `must be between ${bounds.min / 1000} s and ${bounds.max / 3600_000} h`);
		return null;
	}
	return ms;
}

function readSource(raw: unknown, at: string, options: ValidateOptions, problem: Problem): Source | null {
	if (!isObject(raw)) {
		problem(at, 'must be an object with "name", "every" and "url" or "path"');
		return null;
	}
	const hasUrl = raw.url !== undefined;
	const hasPath = raw.path !== undefined;
	unknownKeys(
		raw,
		hasPath ? ['name', 'path', 'every', 'settle'] : ['name', 'url', 'every', 'timeout', 'allow'],
		at,
		problem
	);
	const name = readName(raw, at, problem);
	const everyMs = readDuration(raw, 'every', at, problem, { min: MIN_EVERY_MS, max: MAX_EVERY_MS });
	if (hasUrl === hasPath) {
		problem(
			at,
			hasUrl ? 'has both "url" and "path": a source is a feed or a folder' : 'needs "url" (a feed) or "path" (a folder)'
		);
		return null;
	}
	if (hasPath) {
		const settleMs = readDuration(raw, 'settle', at, problem, {
			min: 0,
			max: MAX_TIMEOUT_MS,
			fallback: DEFAULT_SETTLE_MS
		});
		if (typeof raw.path !== 'string' || !raw.path.trim()) {
			problem(`${at}.path`, 'must be a folder path (a non-empty string)');
			return null;
		}
		if (name === null || everyMs === null || settleMs === null) return null;
		const path = isAbsolute(raw.path) ? raw.path : join(options.baseDir, raw.path);
		return { kind: 'folder', key: `folder-${stableHash(path, 16)}`, name, path, everyMs, settleMs };
	}
	const u = httpUrl(raw.url);
	if ('reason' in u) problem(`${at}.url`, u.reason);
	const timeoutMs = readDuration(raw, 'timeout', at, problem, {
		min: 100,
		max: MAX_TIMEOUT_MS,
		fallback: DEFAULT_TIMEOUT_MS
	});
	const allow: string[] = [];
	if (raw.allow !== undefined) {
		if (!Array.isArray(raw.allow)) problem(`${at}.allow`, 'must be an array of host names');
		else
			raw.allow.forEach((h: unknown, j: number) => {
				const host = typeof h === 'string' ? h.trim().toLowerCase() : '';
				if (!HOST_RE.test(host))
					problem(`${at}.allow[${j}]`, `${JSON.stringify(h)} is not a host name (like "www.example.org")`);
				else allow.push(host);
			});
	}
	if (name === null || everyMs === null || timeoutMs === null || 'reason' in u) return null;
	const url = u.url.href;
	return { kind: 'feed', key: `feed-${stableHash(url, 16)}`, name, url, everyMs, timeoutMs, allow };
}

function readAlert(raw: unknown, at: string, options: ValidateOptions, problem: Problem): Alert | null {
	if (!isObject(raw)) {
		problem(at, 'must be an object with "name", "search" and "webhook"');
		return null;
	}
	unknownKeys(raw, ['name', 'search', 'webhook'], at, problem);
	const name = readName(raw, at, problem);
	const hook = httpUrl(raw.webhook);
	// The webhook is a secret: its value is never repeated in a message.
	if ('reason' in hook) problem(`${at}.webhook`, hook.reason.replace(/"[^"]*" is not a URL/, 'is not a URL'));
	let state: SearchState | null = null;
	if (typeof raw.search !== 'string' || !raw.search.trim()) {
		problem(`${at}.search`, 'must be a link of a search (like "/?q=ransomware&lang=fr")');
	} else {
		let url: URL | null = null;
		try {
			url = new URL(raw.search.trim(), 'http://marsad.invalid');
		} catch {
			problem(`${at}.search`, 'is not a link');
		}
		if (url) {
			const reasons: string[] = [];
			if (!SEARCH_PATHS.has(url.pathname)) reasons.push(`a link of the search page ("/?q=…"), not of ${url.pathname}`);
			for (const key of new Set(url.searchParams.keys()))
				if (!SEARCH_PARAMS.has(key)) reasons.push(`unknown parameter "${key}"`);
			reasons.push(...options.checkSearchParams(url.searchParams));
			if (reasons.length) problem(`${at}.search`, reasons.join('; '));
			else state = { ...stateFromUrl(url.searchParams), page: 1, sort: 'relevance' };
		}
	}
	if (name === null || state === null || 'reason' in hook) return null;
	return { key: `alert-${stableHash(name, 16)}`, name, search: stateToUrl(state), state, webhook: hook.url.href };
}

function unknownKeys(raw: Record<string, unknown>, allowed: string[], at: string, problem: Problem): void {
	for (const key of Object.keys(raw))
		if (!allowed.includes(key))
			problem(at ? `${at}.${key}` : key, `unknown field (expected ${allowed.map((k) => `"${k}"`).join(', ')})`);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
