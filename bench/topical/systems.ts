/** The two systems the topical set compares: Marsad's /api/search and a plain Meilisearch over the raw records. */
export interface Systems {
	ours?: string;
	plain?: string;
	plainKey: string;
	k: number;
}

export async function oursTop(s: Systems, q: string): Promise<string[]> {
	const res = await fetch(`${s.ours}/api/search?${new URLSearchParams({ q })}`);
	if (!res.ok) throw new Error(`ours: HTTP ${res.status} for ${q}`);
	return ((await res.json()) as { hits: { id: string }[] }).hits.slice(0, s.k).map((h) => h.id);
}

const headers = (s: Systems) => ({ 'content-type': 'application/json', authorization: `Bearer ${s.plainKey}` });

export async function plainTop(s: Systems, q: string): Promise<string[]> {
	const res = await fetch(`${s.plain}/indexes/raw/search`, {
		method: 'POST',
		headers: headers(s),
		body: JSON.stringify({ q, limit: s.k, attributesToRetrieve: ['id'] })
	});
	if (!res.ok) throw new Error(`plain: HTTP ${res.status} for ${q}`);
	return ((await res.json()) as { hits: { id: string }[] }).hits.map((h) => h.id);
}

export interface RawRecord {
	id: string;
	lang: string;
	title: string;
	body: string;
	source: string;
	date: string;
}

export async function rawRecord(s: Systems, id: string): Promise<RawRecord> {
	const res = await fetch(`${s.plain}/indexes/raw/documents/${encodeURIComponent(id)}`, { headers: headers(s) });
	if (!res.ok) throw new Error(`plain: no document ${id}`);
	return (await res.json()) as RawRecord;
}
