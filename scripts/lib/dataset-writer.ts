/**
 * Writes a dataset in the contract: one Parquet file per table (or per province part), rows in
 * each table's `sortBy` order, and the manifest `dataset.json` with row counts and checksums.
 * Used by the sample generator, the hand-made fixture and the benchmark's large dataset.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
	MANIFEST_FORMAT,
	checksumInput,
	type Manifest,
	type ManifestSource,
	type ManifestTable
} from '../../src/lib/contract/manifest';
import {
	TABLES,
	createTableSql,
	quoteIdentifier,
	type TableDef,
	type TableName
} from '../../src/lib/contract/schema';
import { nativeRows, type NativeConnection } from './native-db';

/** Everything in a manifest that is not derived from the files. */
export interface DatasetMeta {
	name: string;
	title: string;
	version: string;
	synthetic: boolean;
	region_edition: string;
	period: { from: string; to: string };
	sources: ManifestSource[];
	/** Fixed time for reproducible manifests; defaults to now. */
	generated_at?: string;
}

/** Hex sha256 of a file's bytes. */
export function sha256File(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Hex sha256 of a string. */
export function sha256Text(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** Create every contract table (empty) in a native connection, optionally in a schema. */
export async function createContractTables(conn: NativeConnection, tables: TableName[] = Object.keys(TABLES) as TableName[]) {
	for (const name of tables) await conn.run(createTableSql(name));
}

/**
 * Insert plain row objects into a contract table (small data: fixtures and tests). Values are
 * bound, never spliced; missing nullable columns become NULL.
 */
export async function insertRows(conn: NativeConnection, table: TableName, rows: Record<string, unknown>[]) {
	const def = TABLES[table] as TableDef;
	const cols = def.columns.map((c) => quoteIdentifier(c.name)).join(', ');
	const marks = def.columns.map((c) => (c.type === 'DATE' ? '?::DATE' : `?::${c.type}`)).join(', ');
	const sql = `INSERT INTO ${quoteIdentifier(table)} (${cols}) VALUES (${marks})`;
	for (const row of rows) {
		const values = def.columns.map((c) => {
			const v = row[c.name];
			if (v === undefined || v === null) return null;
			if (c.type === 'BIGINT' || c.type === 'INTEGER' || c.type === 'DOUBLE') return Number(v);
			return v;
		});
		await conn.run(sql, values as never);
	}
}

/** The SELECT that writes a table: contract columns in contract order, rows in `sortBy` order. */
export function orderedSelect(table: TableName, where = ''): string {
	const def = TABLES[table] as TableDef;
	const cols = def.columns.map((c) => quoteIdentifier(c.name)).join(', ');
	const order = def.sortBy.map(quoteIdentifier).join(', ');
	return `SELECT ${cols} FROM ${quoteIdentifier(table)} ${where} ORDER BY ${order}`;
}

/**
 * Write the tables that exist in `conn` as Parquet under `dir`, plus `dataset.json`.
 * `splitByProvince` tables are written as one file per province (`<table>/<province>.parquet`).
 */
export async function writeDataset(
	conn: NativeConnection,
	dir: string,
	meta: DatasetMeta,
	{ tables, splitByProvince = [] }: { tables?: TableName[]; splitByProvince?: TableName[] } = {}
): Promise<Manifest> {
	mkdirSync(dir, { recursive: true });
	const present = new Set(
		(await nativeRows<{ name: string }>(conn, `SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = 'main'`)).map((r) => r.name)
	);
	const names = (tables ?? (Object.keys(TABLES) as TableName[])).filter((t) => present.has(t));
	const entries: ManifestTable[] = [];
	for (const table of names) {
		const def = TABLES[table] as TableDef;
		const parts = splitByProvince.includes(table)
			? (await nativeRows<{ p: string }>(conn, `SELECT DISTINCT left(${quoteIdentifier(def.columns[0]!.name)}, 2) AS p FROM ${quoteIdentifier(table)} ORDER BY p`)).map((r) => r.p)
			: [null];
		for (const province of parts) {
			const file = province ? `${table}/${province}.parquet` : `${table}.parquet`;
			const path = join(dir, file);
			mkdirSync(dirname(path), { recursive: true });
			const where = province ? `WHERE left(${quoteIdentifier(def.columns[0]!.name)}, 2) = '${province.replace(/\D/g, '')}'` : '';
			// ZSTD: about a third smaller than Snappy on these tables; row groups of 122,880 rows
			// (DuckDB's default) keep per-province reads to a few groups once sorted by code.
			await conn.run(`COPY (${orderedSelect(table, where)}) TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`);
			const [{ n }] = await nativeRows<{ n: number }>(conn, `SELECT count(*)::BIGINT AS n FROM read_parquet('${path.replaceAll("'", "''")}')`) as [{ n: number }];
			entries.push({
				table,
				file,
				...(province ? { part: { province_code: province } } : {}),
				key: [...def.key],
				rows: n,
				sha256: sha256File(path)
			});
		}
	}
	const manifest: Manifest = {
		format: MANIFEST_FORMAT,
		name: meta.name,
		title: meta.title,
		version: meta.version,
		generated_at: meta.generated_at ?? new Date().toISOString(),
		synthetic: meta.synthetic,
		region_edition: meta.region_edition,
		period: meta.period,
		sources: meta.sources,
		tables: entries,
		checksum: sha256Text(checksumInput(entries))
	};
	writeFileSync(join(dir, 'dataset.json'), JSON.stringify(manifest, null, '\t') + '\n');
	return manifest;
}

/**
 * A content checksum of one table: sha256 over its rows in key order, as DuckDB renders them.
 * Independent of Parquet encoding, so it proves the generator deterministic.
 */
export async function tableContentChecksum(conn: NativeConnection, table: TableName): Promise<string> {
	const def = TABLES[table] as TableDef;
	const cols = def.columns.map((c) => `coalesce(${quoteIdentifier(c.name)}::VARCHAR, '∅')`).join(`, '|', `);
	const order = def.key.map(quoteIdentifier).join(', ');
	const rows = await nativeRows<{ h: string }>(
		conn,
		`SELECT sha256(string_agg(concat(${cols}), chr(10) ORDER BY ${order})) AS h FROM ${quoteIdentifier(table)}`
	);
	return rows[0]?.h ?? sha256Text('');
}
