/**
 * The import's limits in one place. MAX_FILE_BYTES is refused before a byte is read: every reader
 * holds the whole file and its rows in memory at once (a 50 MB CSV is about a million rows), and
 * past this a 2-core, 8 GB laptop's tab slows to a crawl or runs out of memory.
 */

/** Largest file the data page reads: 50 MB (SI, as formatBytes shows it). */
export const MAX_FILE_BYTES = 50_000_000;

/** How far down a sheet the header row is looked for (title rows above it are skipped). */
export const HEADER_SEARCH_ROWS = 30;

/** Rows shown in a file's preview. */
export const PREVIEW_ROWS = 10;

/** Examples listed per kind of cell problem and column; the rest are counted. */
export const MAX_CELL_EXAMPLES = 5;
