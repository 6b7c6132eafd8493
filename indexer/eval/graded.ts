/**
 * Graded-relevance metrics for the judged topical set (bench/topical): nDCG@k with gains
 * 2^grade − 1, P@k with "relevant" = grade ≥ 1, and how many of the top k nobody judged
 * (an unjudged result counts as not relevant, so the figure is a lower bound; the count says how loose).
 */
export type Judgements = ReadonlyMap<string, number>;

export interface GradedScore {
	ndcg: number;
	precision: number;
	unjudged: number;
	/** Languages of the relevant results in the top k (when the caller knows them). */
	relevantLangs: string[];
}

const gain = (grade: number): number => 2 ** grade - 1;
const discount = (rank: number): number => 1 / Math.log2(rank + 1);

export function dcg(grades: readonly number[], k: number): number {
	let sum = 0;
	for (let i = 0; i < Math.min(k, grades.length); i++) sum += gain(grades[i] ?? 0) * discount(i + 1);
	return sum;
}

export function scoreGraded(
	returned: readonly string[],
	judged: Judgements,
	k = 10,
	langOf: (id: string) => string | undefined = () => undefined
): GradedScore {
	const top = returned.slice(0, k);
	const grades = top.map((id) => judged.get(id) ?? 0);
	const ideal = [...judged.values()].sort((a, b) => b - a);
	const best = dcg(ideal, k);
	const langs = new Set<string>();
	for (const id of top) {
		if ((judged.get(id) ?? 0) >= 1) {
			const lang = langOf(id);
			if (lang) langs.add(lang);
		}
	}
	return {
		ndcg: best === 0 ? 0 : dcg(grades, k) / best,
		precision: top.length === 0 ? 0 : grades.filter((g) => g >= 1).length / k,
		unjudged: top.filter((id) => !judged.has(id)).length,
		relevantLangs: [...langs].sort()
	};
}

export interface TopicalQuery {
	qid: string;
	lang: 'ar' | 'fr' | 'en';
	split: 'dev' | 'heldout';
	q: string;
	narrative: string;
}

/** bench/topical/queries.tsv: qid, lang, split, query, narrative; `#` lines are comments. */
export function parseTopicalQueries(text: string, file: string): TopicalQuery[] {
	const out: TopicalQuery[] = [];
	text.split('\n').forEach((line, i) => {
		if (!line.trim() || line.startsWith('#')) return;
		const [qid, lang, split, q, narrative] = line.split('\t');
		if (!qid || !q || !narrative || !(lang === 'ar' || lang === 'fr' || lang === 'en'))
			throw new Error(`${file}:${i + 1}: expected qid, lang (ar|fr|en), split, query, narrative separated by tabs`);
		if (split !== 'dev' && split !== 'heldout') throw new Error(`${file}:${i + 1}: split must be dev or heldout`);
		out.push({ qid, lang, split, q, narrative });
	});
	return out;
}

/** bench/topical/judgements.tsv: qid, article id, grade (0–2); later lines win. */
export function parseJudgements(text: string, file: string): Map<string, Map<string, number>> {
	const out = new Map<string, Map<string, number>>();
	text.split('\n').forEach((line, i) => {
		if (!line.trim() || line.startsWith('#')) return;
		const [qid, id, grade] = line.split('\t');
		const g = Number(grade);
		if (!qid || !id || !(g === 0 || g === 1 || g === 2))
			throw new Error(`${file}:${i + 1}: expected qid, article id, grade 0|1|2 separated by tabs`);
		let forQuery = out.get(qid);
		if (!forQuery) out.set(qid, (forQuery = new Map()));
		forQuery.set(id, g);
	});
	return out;
}
