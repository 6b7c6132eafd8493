import { describe, expect, it } from 'vitest';
import table from '../../../src/lib/knowledge/alias-frequency.generated.json' with { type: 'json' };
import { lintAliases, type FrequencyTable } from '../../../src/lib/facets/alias-frequency';
import { defaultKb } from '../../../src/lib/facets/default-kb';

const ckb = defaultKb();
const freq = table as unknown as FrequencyTable;

describe('knowledge-base lint: no alias that is a common word tags on its own', () => {
	it('measured every one-word alias on the news corpus', () => {
		expect(freq.docs.ar).toBeGreaterThan(30000);
		expect(freq.docs.fr).toBeGreaterThan(30000);
		expect(lintAliases(ckb, freq).filter((v) => v.rule === 'not-measured')).toEqual([]);
	});
	it('finds no alias that is a common word, a colliding stem, a bare surname or an ambiguous trigger', () => {
		const problems = lintAliases(ckb, freq).map((v) => `${v.entity} "${v.alias}" ${v.rule}: ${v.detail}`);
		expect(problems).toEqual([]);
	});
});
