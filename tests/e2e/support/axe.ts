import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol: the page's CSP (no inline script) does not apply.
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => {
		type Result = { violations: AxeViolation[]; passes: unknown[] };
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return {
			passes: result.passes.length,
			list: result.violations.map((v) => ({
				id: v.id,
				impact: v.impact,
				help: v.help,
				nodes: v.nodes.map((n) => ({ target: n.target }))
			}))
		};
	});
	// axe really looked at the page (an empty document would "pass" too).
	expect(violations.passes).toBeGreaterThan(10);
	const minor = violations.list.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
	if (minor.length) console.info(`axe (minor) on ${page.url()}: ${minor.map((v) => `${v.impact} ${v.id}`).join(', ')}`);
	return violations.list
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
