/**
 * The built database file, as both sides see it: `scripts/build-db.ts` writes it with native
 * DuckDB and describes it in the served `dataset.json`; the browser (`engine.ts`) and the SQL
 * tests (`node.ts`) attach the very same file with DuckDB-WASM. Keep this module free of
 * engine imports: the build script imports it under plain Node.
 */
import type { Manifest } from '../contract/manifest';

/** Schema name the database file is attached under, in the build and in the app. */
export const DATABASE_ALIAS = 'cakupan';

/**
 * The on-disk format native DuckDB writes and DuckDB-WASM must read. The app's engine is
 * DuckDB 1.4.3 (duckdb-wasm 1.32) and the build's is newer (node-api 1.5.x); a file written
 * in the builder's default storage may not open in the older engine, so the build pins an
 * older format explicitly (https://duckdb.org/docs/stable/internals/storage#storage-version).
 */
export const STORAGE_VERSION = 'v1.2.0';

/** Where the site serves the data, relative to its base path. */
export const DATA_PATH = '/data';

/** The served manifest's file name, under {@link DATA_PATH}. */
export const MANIFEST_FILE = 'dataset.json';

/** What the build adds to the manifest it serves: the database file it made from the dataset. */
export interface DatabaseInfo {
	/** File name under {@link DATA_PATH}, e.g. `cakupan-sample.duckdb`. */
	readonly file: string;
	readonly bytes: number;
	/** Hex sha256 of the file's bytes: the app checks it after download. */
	readonly sha256: string;
	/** {@link STORAGE_VERSION} at build time. */
	readonly storage_version: string;
	/** The DuckDB that wrote the file, e.g. `v1.5.6`. */
	readonly built_with: string;
	/** Row count of each contract table (and each build step's table) in the file. */
	readonly tables: Readonly<Record<string, number>>;
	/** Hex sha256 over the build's inputs; an unchanged key skips the rebuild. */
	readonly input_key: string;
}

/** The served `dataset.json`: the dataset's own manifest plus the database built from it. */
export interface ServedManifest extends Manifest {
	readonly database: DatabaseInfo;
}

/** The statements that make the attached file the default schema (alias is a constant). */
export function attachStatements(file: string): string[] {
	return [
		`ATTACH '${file.replaceAll("'", "''")}' AS ${DATABASE_ALIAS} (READ_ONLY)`,
		`USE ${DATABASE_ALIAS}`
	];
}

// A DuckDB file starts with an 8-byte checksum and the magic bytes "DUCK"
// (https://github.com/duckdb/duckdb/blob/main/src/include/duckdb/storage/storage_info.hpp).
const MAGIC = [0x44, 0x55, 0x43, 0x4b];

/** Whether the bytes start like a DuckDB database file (cheap check before ATTACH). */
export function looksLikeDuckDb(bytes: Uint8Array): boolean {
	return bytes.length >= 4096 && MAGIC.every((b, i) => bytes[8 + i] === b);
}
