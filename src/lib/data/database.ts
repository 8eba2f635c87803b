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

/**
 * The village detail tables. Only drill-down views read them, and at village scale they are
 * most of the data, so they are not in the core file the first view waits for: the build
 * writes them into one file per province (`<name>-villages-<pp>.duckdb`, {@link DetailFile}),
 * which a view attaches on demand as the schema `villages_<pp>` ({@link detailSchema}).
 */
export const DETAIL_TABLES = ['participation_village', 'villages_support'] as const;

/**
 * Block size of the detail files (DuckDB's default is 256 KiB). A file spends whole blocks on
 * its tables' segments, so a small province's file was at least 0.8 MB; with 64 KiB blocks the
 * sample's 38 files shrink from 42.7 MB to 24.9 MB (smallest 0.2 MB), and DuckDB 1.4.3 (the
 * app's engine) reads them. https://duckdb.org/docs/stable/sql/statements/attach
 */
export const DETAIL_BLOCK_SIZE = 65_536;

/** A village detail table. */
export type DetailTable = (typeof DETAIL_TABLES)[number];

/** The column of each detail table holding the village code; its first two digits are the province. */
export const DETAIL_VILLAGE_COLUMN: Readonly<Record<DetailTable, string>> = {
	participation_village: 'region_code',
	villages_support: 'village_code'
};

/** One province's detail file. */
export interface DetailFile {
	/** File name under {@link DATA_PATH}, e.g. `cakupan-sample-villages-61.duckdb`. */
	readonly file: string;
	readonly bytes: number;
	/** Hex sha256 of the file's bytes, checked after download like the core file's. */
	readonly sha256: string;
	/** Row count of each detail table in the file (0 when the province has none of its rows). */
	readonly tables: Readonly<Record<string, number>>;
}

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
	/** Row count of each table in the core file: contract tables but the detail ones, build steps' tables. */
	readonly tables: Readonly<Record<string, number>>;
	/** The village detail files by two-digit province code, e.g. `{ "61": {...} }`; `{}` without village data. */
	readonly detail: Readonly<Record<string, DetailFile>>;
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

/** The detail file's name for a province: `<core name without .duckdb>-villages-<pp>.duckdb`. */
export function detailFileName(coreFile: string, province: string): string {
	return `${coreFile.replace(/\.duckdb$/, '')}-villages-${checkProvince(province)}.duckdb`;
}

/** Matches every detail file name (stale-file cleanup, the service worker's precache filter). */
export const DETAIL_FILE = /-villages-\d{2}\.duckdb$/;

/** `province` if it is a two-digit province code; throws naming the value otherwise. */
function checkProvince(province: unknown): string {
	if (typeof province !== 'string' || !/^\d{2}$/.test(province)) {
		throw new RangeError(`invalid province code: ${JSON.stringify(province)} (expected two digits, e.g. "61")`);
	}
	return province;
}

/**
 * The schema a province's detail file is attached as, for query builders. Validates the code
 * (two digits) so nothing else reaches SQL text; whether the file is attached is the view's
 * business (`attachDetail`): a query on an unattached schema fails, and failures are not cached.
 * @example sql`SELECT count(*) FROM ${table('participation_village', detailSchema('61'))}`
 */
export function detailSchema(province: string): string {
	return `villages_${checkProvince(province)}`;
}

/** Whether the data has a detail file for `province` (a well-formed code listed in `database.detail`). */
export function hasDetail(database: Pick<DatabaseInfo, 'detail'>, province: string): boolean {
	return typeof province === 'string' && /^\d{2}$/.test(province) && Object.hasOwn(database.detail ?? {}, province);
}

/** The detail file of `province`; throws a RangeError for a malformed code or one without a file. */
export function detailEntry(database: Pick<DatabaseInfo, 'detail'>, province: string): DetailFile {
	checkProvince(province);
	if (!hasDetail(database, province)) throw new RangeError(`no village detail for province ${province}`);
	return database.detail[province]!;
}

/** The statement that attaches a province's registered detail file read-only as {@link detailSchema}. */
export function detailAttachStatement(file: string, province: string): string {
	return `ATTACH '${file.replaceAll("'", "''")}' AS ${detailSchema(province)} (READ_ONLY)`;
}

// A DuckDB file starts with an 8-byte checksum and the magic bytes "DUCK"
// (https://github.com/duckdb/duckdb/blob/main/src/include/duckdb/storage/storage_info.hpp).
const MAGIC = [0x44, 0x55, 0x43, 0x4b];

/** Whether the bytes start like a DuckDB database file (cheap check before ATTACH). */
export function looksLikeDuckDb(bytes: Uint8Array): boolean {
	return bytes.length >= 4096 && MAGIC.every((b, i) => bytes[8 + i] === b);
}
