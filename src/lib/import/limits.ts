/**
 * The import's limits in one place. MAX_FILE_BYTES is refused before a byte is read: every reader
 * holds the whole file and its rows in memory at once, and time and memory grow with the rows.
 * Measured with `npx tsx bench/import-size.ts` (participation CSVs through parse, validator check,
 * Arrow encoding and the overlay's apply, on DuckDB-WASM in Node, this shared 2-core machine):
 * 10 MB took 28 s and 0.3 GB above the engine's own footprint, 20 MB 41 s and 0.6 GB, 25 MB 43 s
 * and 0.7 GB, 48 MB 95 s and 1.3 GB. 20 MB keeps a 2-core, 8 GB laptop's tab near 1 GB and under
 * a minute, and still takes the largest files an office brings: all of Indonesia's regencies over
 * 7 years with their names (about 13 MB), or a large province's villages for a year (about 18 MB).
 * It was 50 MB, unmeasured. See README "Data Anda sendiri (/data/)".
 */

/** Largest file the data page reads: 20 MB (SI, as formatBytes shows it). */
export const MAX_FILE_BYTES = 20_000_000;

/** How far down a sheet the header row is looked for (title rows above it are skipped). */
export const HEADER_SEARCH_ROWS = 30;

/** Rows shown in a file's preview. */
export const PREVIEW_ROWS = 10;

/** Examples listed per kind of cell problem and column; the rest are counted. */
export const MAX_CELL_EXAMPLES = 5;
