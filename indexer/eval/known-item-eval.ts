import { corpusRecords } from '../../bench/lib/corpus';
import { generateKnownItems, titleFrequencies, type KnownItem, type TitleRecord } from './known-items';
import { knownItemFigures, type Answer, type KnownItemFigures } from './known-item-run';

/** The generated sets over the corpus titles (fixed seed). */
export async function knownItemSets(): Promise<KnownItem[]> {
	const records: TitleRecord[] = [];
	for await (const r of corpusRecords()) records.push({ id: r.id, lang: r.lang, title: r.title });
	return generateKnownItems(records, titleFrequencies(records));
}

async function askMarsad(url: string, q: string): Promise<Answer> {
	const res = await fetch(`${url}/api/search?${new URLSearchParams({ q })}`);
	if (!res.ok) throw new Error(`${url}/api/search answered HTTP ${res.status} for "${q}"`);
	const body = (await res.json()) as { hits: { id: string }[]; total: number };
	return { ids: body.hits.map((h) => h.id), total: body.total };
}

/** A plain Meilisearch over the raw records (index "raw", default settings). */
async function askPlain(url: string, key: string | undefined, q: string): Promise<Answer> {
	const res = await fetch(`${url}/indexes/raw/search`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
		body: JSON.stringify({ q, limit: 20, attributesToRetrieve: ['id'] })
	});
	if (!res.ok) throw new Error(`${url}/indexes/raw/search answered HTTP ${res.status}`);
	const body = (await res.json()) as { hits: { id: string }[]; estimatedTotalHits: number };
	return { ids: body.hits.map((h) => h.id), total: body.estimatedTotalHits };
}

export async function evaluateKnownItems(
	items: readonly KnownItem[],
	ask: (q: string) => Promise<Answer>
): Promise<{ figures: KnownItemFigures[]; answers: Answer[] }> {
	const answers: Answer[] = [];
	for (const item of items) answers.push(await ask(item.q));
	return { figures: knownItemFigures(items, answers), answers };
}

export function figureLines(name: string, figures: readonly KnownItemFigures[]): string[] {
	return figures.map(
		(f) =>
			`${name}\t${f.kind}\t${f.lang}\tn=${f.n}\tfound@10 ${f.foundAt10.toFixed(3)}\tMRR ${f.mrr.toFixed(3)}\tzero-result ${f.zero.toFixed(3)}`
	);
}

export async function runKnownItems(
	url: string,
	split: 'dev' | 'heldout',
	plainUrl: string | undefined,
	plainKey: string | undefined
): Promise<number> {
	const items = (await knownItemSets()).filter((i) => i.split === split);
	const marsad = await evaluateKnownItems(items, (q) => askMarsad(url, q));
	const lines = figureLines('marsad', marsad.figures);
	if (plainUrl)
		lines.push(
			...figureLines('plain', (await evaluateKnownItems(items, (q) => askPlain(plainUrl, plainKey, q))).figures)
		);
	if (process.env.MARSAD_EVAL_VERBOSE) {
		items.forEach((item, i) => {
			const rank = (marsad.answers[i]?.ids.indexOf(item.id) ?? -1) + 1;
			if (rank !== 1)
				process.stdout.write(
					`${item.kind}\t${item.lang}\t${item.q}\t${item.id}\trank ${rank || '-'}\ttotal ${marsad.answers[i]?.total}\n`
				);
		});
	}
	process.stdout.write(`split: ${split} (${items.length} queries)\n${lines.join('\n')}\n`);
	return 0;
}
