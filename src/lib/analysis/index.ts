/** Public API of Marsad's text analysis (pure functions, no I/O). */
export { normalizeArabic } from './normalize-arabic';
export { stemArabic, cliticVariants, arabicReadings, queryArabicForm } from './stem-arabic';
export { analyzeFrench } from './analyze-french';
export { analyzeEnglish } from './analyze-english';
export { tokenize } from './tokenize';
export type { Token, Script } from './tokenize';
export { detectLanguage } from './detect-language';
export { encodeTerm, decodeTerm } from './encode-term';
export { analyzeText, analyzeWord, analyzeQuery, toSearchField, typoField, TYPO_MIN_ARABIC_LETTERS } from './analyze';
export type { AnalysedToken, QueryTerm, Lang } from './analyze';
export { highlightHtml, snippetHtml, escapeHtml } from './highlight';
