/**
 * The village detail files of the database build (`scripts/build-db.ts`): the DETAIL_TABLES are
 * loaded into the in-memory database (staged), not into the core file; after the build steps,
 * each province's rows go into a file of their own, `<name>-villages-<pp>.duckdb`, in the same
 * storage version as the core file, with smaller blocks (DETAIL_BLOCK_SIZE).
 */
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TABLES, createTableSql, quoteIdentifier, type TableDef } from '../../src/lib/contract/schema';
import {
	DETAIL_BLOCK_SIZE,
	DETAIL_TABLES,
	DETAIL_VILLAGE_COLUMN,
	STORAGE_VERSION,
	detailFileName,
	detailSchema,
	type DetailTable
} from '../../src/lib/data/database';
import { countRows, nativeRows, sqlString, type NativeConnection } from './native-db';

/** The staging table of a detail table during the build (in the in-memory database). */
export const stagedTable = (name: DetailTable): string => `memory.main.${quoteIdentifier(name)}`;

/** A file written under a temp name: renamed to `path` once every file of the build is done. */
export interface Pending {
	readonly tmp: string;
	readonly path: string;
}

/**
 * Write the staged detail tables into one file per province beside `coreFile`; returns the
 * files (still under their temp names) and their row counts. Each province's rows are those
 * whose village code starts with its two digits; the counts over all files must add up to the
 * staged totals.
 */
export async function writeDetailFiles(
	conn: NativeConnection,
	{
		coreFile,
		tables,
		tempFor,
		pending
	}: {
		coreFile: string;
		/** Rows of each staged detail table. */
		tables: Readonly<Partial<Record<DetailTable, number>>>;
		/** The private temp name to write a file under. */
		tempFor: (path: string) => string;
		/** Receives each file written, for the caller to rename (or remove on failure). */
		pending: Pending[];
	}
): Promise<Record<string, { path: string; tmp: string; tables: Record<string, number> }>> {
	const names = DETAIL_TABLES.filter((name) => name in tables);
	if (names.length === 0) return {};
	const prefixes = names
		.map((name) => `SELECT DISTINCT left(${quoteIdentifier(DETAIL_VILLAGE_COLUMN[name])}, 2) AS p FROM ${stagedTable(name)}`)
		.join(' UNION ');
	const provinces = (await nativeRows<{ p: string }>(conn, `SELECT p FROM (${prefixes}) ORDER BY p`)).map((r) => r.p);
	const out: Record<string, { path: string; tmp: string; tables: Record<string, number> }> = {};
	for (const province of provinces) {
		// The code becomes a file name and a schema name: two digits or the build stops.
		if (!/^\d{2}$/.test(province)) throw new Error(`village detail: a village code starts with ${JSON.stringify(province)}, not a two-digit province code`);
		const path = join(dirname(coreFile), detailFileName(basename(coreFile), province));
		const tmp = tempFor(path);
		pending.push({ tmp, path });
		const alias = detailSchema(province);
		await conn.run(`ATTACH ${sqlString(tmp)} AS ${alias} (STORAGE_VERSION ${sqlString(STORAGE_VERSION)}, BLOCK_SIZE ${DETAIL_BLOCK_SIZE})`);
		const counts: Record<string, number> = {};
		for (const name of names) {
			const def = TABLES[name] as TableDef;
			const target = `${alias}.${quoteIdentifier(name)}`;
			await conn.run(createTableSql(name, target));
			// Codes starting with the two digits, as a range: the staged rows are sorted by code,
			// so the scan skips other provinces' row groups. ('9' + 1 is ':', the next character.)
			const above = `${province[0]}${String.fromCharCode(province.charCodeAt(1) + 1)}`;
			const code = quoteIdentifier(DETAIL_VILLAGE_COLUMN[name]);
			await conn.run(
				`INSERT INTO ${target} SELECT * FROM ${stagedTable(name)} WHERE ${code} >= $1 AND ${code} < $2 ORDER BY ${def.sortBy.map(quoteIdentifier).join(', ')}`,
				[province, above]
			);
			counts[name] = await countRows(conn, target);
		}
		await conn.run(`CHECKPOINT ${alias}`);
		await conn.run(`DETACH ${alias}`);
		rmSync(`${tmp}.wal`, { force: true });
		out[province] = { path, tmp, tables: counts };
	}
	for (const name of names) {
		const sum = Object.values(out).reduce((n, file) => n + (file.tables[name] ?? 0), 0);
		if (sum !== tables[name]) throw new Error(`${name}: the province files hold ${sum} rows, the table ${tables[name]}`);
	}
	return out;
}
