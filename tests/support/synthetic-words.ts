import { seededUint32 } from '../../indexer/eval/seeded-random';

const SYLLABLES = ['ra', 'mo', 'ki', 'sel', 'tur', 'na', 'vo', 'pel', 'da', 'ghi', 'lu', 'ces', 'bri', 'om'];

/** Deterministic words, about `chars` long, different per seed (so no document is a near copy of another). */
export function syntheticWords(seed: number, chars: number): string {
	const next = seededUint32(seed);
	const out: string[] = [];
	let n = 0;
	while (n < chars) {
		let w = '';
		for (let s = 0; s < 3; s++) w += SYLLABLES[next() % SYLLABLES.length];
		out.push(w);
		n += w.length + 1;
	}
	return out.join(' ');
}
