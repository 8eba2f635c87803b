/**
 * checkParsedFile on the browser's engine (DuckDB-WASM's blocking bundle) behind the app's caching
 * `Db`: files checked one after another each get their own findings, never a cached answer for an
 * earlier file. The reference `regions` holds the sample's provinces and regencies, inserted
 * through bound statements (this engine reads no Parquet).
 */
import { beforeAll, expect, test } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { createTableSql, TABLES } from '$lib/contract/schema';
import { ENGINE_SETTINGS } from '$lib/data/attach';
import type { Param } from '$lib/data/connector';
import { createDb, type CachedDb } from '$lib/data/create-db';
import { createNodeEngine } from '$lib/data/node';
import { checkParsedFile, parseFile } from '$lib/import';
import { nativeRows } from '../../../scripts/lib/native-db';
import { example, nativeConnection, REGIONS, SAMPLE_REGIONS } from './helpers';

const NOW = new Date('2026-01-15T12:00:00+07:00');
let connection: DuckDBConnection;
let db: CachedDb;

beforeAll(async () => {
	const bindings = await createNodeEngine();
	connection = bindings.connect();
	for (const statement of ENGINE_SETTINGS) connection.query(statement);
	const columns = TABLES.regions.columns.map((c) => c.name);
	const rows = await nativeRows<Record<string, Param>>(await nativeConnection(), `SELECT * FROM read_parquet(?) WHERE level IN ('province', 'regency') ORDER BY code`, [SAMPLE_REGIONS]);
	expect(rows).toHaveLength(38 + 514);
	connection.query(createTableSql('regions'));
	const statement = connection.prepare(`INSERT INTO regions VALUES ${rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`);
	statement.query(...rows.flatMap((r) => columns.map((c) => r[c] ?? null)));
	statement.close();
	db = createDb(async (text, params) => {
		const s = connection.prepare(text);
		try {
			return s.query(...params);
		} finally {
			s.close();
		}
	});
});

async function check(name: string) {
	const findings = await checkParsedFile(db, await parseFile(example(name), { regions: REGIONS }), { now: NOW });
	return findings.map((f) => [f.code, f.column, f.row]);
}

test('one file after another on a caching Db: each its own findings', async () => {
	expect(await check('partisipasi-62-zstd.parquet')).toEqual([]);
	expect(await check('rusak-kode-tidak-dikenal.csv')).toEqual([['unknown_region', 'region_code', 2]]);
	expect(await check('rusak-negatif.csv')).toEqual([['negative_count', 'non_active', 4]]);
	expect(await check('rusak-kunci-ganda.csv')).toEqual([['duplicate_key', undefined, 11]]);
	expect(await check('partisipasi-62.csv')).toEqual([]);
});
