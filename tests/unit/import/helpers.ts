/**
 * What the import tests share: the example files' bytes, the reference regions (provinces and
 * regencies, read from data/reference, not from the app), and the sample's own rows for
 * Kalimantan Tengah read by native DuckDB straight from the sample Parquet: the independent
 * side every parsed figure is compared with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { createTableSql, TABLES } from '$lib/contract/schema';
import { ENGINE_SETTINGS } from '$lib/data/attach';
import type { Db, Param } from '$lib/data/connector';
import { createDb, type CachedDb } from '$lib/data/create-db';
import { createNodeEngine } from '$lib/data/node';
import type { RegionRef } from '$lib/import';
import { nativeDb, nativeRows, openNative, type NativeConnection } from '../../../scripts/lib/native-db';
import { perTestFile } from '../../helpers/per-test-file';

export const EXAMPLES = join(import.meta.dirname, '../../../data/examples');
const REFERENCE = join(import.meta.dirname, '../../../data/reference');
export const SAMPLE_PARTICIPATION = join(import.meta.dirname, '../../../data/sample/participation.parquet');
export const SAMPLE_REGIONS = join(import.meta.dirname, '../../../data/sample/regions.parquet');

/** An example file as parseFile takes it. */
export function example(name: string): { name: string; bytes: Uint8Array } {
	return { name, bytes: new Uint8Array(readFileSync(join(EXAMPLES, name))) };
}

function csvRows(file: string): string[][] {
	return readFileSync(join(REFERENCE, file), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
}

/** Provinces and regencies of the Kemendagri 2025 list (code, official name). */
export const REGIONS: RegionRef[] = [
	...csvRows('provinces.csv').map(([code, name]) => ({ code: code!, name: name! })),
	...csvRows('regencies.csv').map(([code, , name]) => ({ code: code!, name: name! }))
];

/** One native DuckDB per test file, closed when the next file asks (`perTestFile`). */
export const nativeConnection: () => Promise<NativeConnection> = perTestFile(
	() => openNative(),
	(connection) => void connection.then((conn) => conn.closeSync(), () => {})
);

/** The sample's participation rows of one province, ordered as the examples are, months as YYYY-MM-DD. */
export async function sampleParticipation(province: string): Promise<Record<string, unknown>[]> {
	const conn = await nativeConnection();
	return nativeRows(
		conn,
		`SELECT region_code, strftime(month, '%Y-%m-%d') AS month, segment, active, non_active, new_registrations, contributions_idr
		 FROM read_parquet(?) WHERE region_code LIKE ? ORDER BY region_code, month, segment`,
		[SAMPLE_PARTICIPATION, `${province}%`]
	);
}

/**
 * The browser's engine (DuckDB-WASM's blocking bundle) behind the app's caching `Db`, with the
 * sample's provinces and regencies as `regions`, inserted through bound statements (this engine
 * reads no Parquet). `onStatement` hears every statement's text (to count the check's inserts).
 */
export async function wasmRegionsDb(onStatement: (text: string) => void = () => {}): Promise<{ db: CachedDb; connection: DuckDBConnection; regions: number }> {
	const bindings = await createNodeEngine();
	const connection = bindings.connect();
	for (const statement of ENGINE_SETTINGS) connection.query(statement);
	const columns = TABLES.regions.columns.map((c) => c.name);
	const rows = await nativeRows<Record<string, Param>>(await nativeConnection(), `SELECT * FROM read_parquet(?) WHERE level IN ('province', 'regency') ORDER BY code`, [SAMPLE_REGIONS]);
	connection.query(createTableSql('regions'));
	const statement = connection.prepare(`INSERT INTO regions VALUES ${rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`);
	statement.query(...rows.flatMap((r) => columns.map((c) => r[c] ?? null)));
	statement.close();
	const db = createDb(async (text, params) => {
		onStatement(text);
		const s = connection.prepare(text);
		try {
			return s.query(...params);
		} finally {
			s.close();
		}
	});
	return { db, connection, regions: rows.length };
}

/** Native DuckDB with the sample's whole `regions` as `ref.regions`, the reference the native check tests pass. */
export async function nativeReferenceDb(): Promise<{ db: Db; conn: NativeConnection }> {
	const conn = await nativeConnection();
	await conn.run(`CREATE SCHEMA ref; CREATE TABLE ref.regions AS SELECT * FROM read_parquet('${SAMPLE_REGIONS}')`);
	return { db: nativeDb(conn), conn };
}
