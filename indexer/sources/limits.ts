/**
 * Size caps that keep the readers' memory constant whatever the analysts bring.
 * A reader never holds more than one record (or one capped document) at a time.
 */

/** An article body longer than this is cut here (and the cut is reported): nothing real is this long. */
export const MAX_BODY_CHARS = 2 * 1024 * 1024;

/** A `.txt`/`.md` file is read up to this many bytes; the rest is reported and left out. */
export const MAX_TEXT_FILE_BYTES = 2 * 1024 * 1024;

/** One JSONL line, JSON array element or CSV record larger than this is skipped (reported with its line). */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** Formats that need the whole file in memory (HTML, feeds, a JSON object) are skipped above this. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/** Binary sniffing looks at this many leading bytes, as `file(1)`-like tools do. */
export const SNIFF_BYTES = 1024;

/**
 * HTML nested deeper than this is refused before it is parsed: Readability's time grows with the
 * cube of the depth (1,000 levels: 15 s, 2,000: 117 s; 256: 0.9 s); real pages nest a few dozen levels.
 */
export const MAX_HTML_DEPTH = 128;

/** An HTML page with more elements than this is refused (Readability's `maxElemsToParse`). */
export const MAX_HTML_ELEMENTS = 50_000;
