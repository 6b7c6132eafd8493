/** The knowledge base compiled once with the project's analysis chain. */
import { analyzeText } from '../analysis/index';
import { loadKnowledgeBase } from '../knowledge/index';
import { compileKb } from './match-entities';
import type { CompiledKb } from './match-entities';

let compiled: CompiledKb | undefined;

export function defaultKb(): CompiledKb {
	compiled ??= compileKb(loadKnowledgeBase(), analyzeText);
	return compiled;
}
