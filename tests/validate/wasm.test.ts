/**
 * The same validator on the browser's engine: DuckDB-WASM's blocking bundle in Node, behind the
 * data layer's `Db` (`$lib/data`). The fixture is inserted through bound statements (this engine
 * has no Parquet reader, STYLE.md section 8), then the good fixture and every bad one are
 * validated exactly as on native DuckDB; last, the site database built from the fixture is
 * attached read-only, as the app attaches it (core file and the provinces' village detail
 * files), and validated too.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DuckDBBindings, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { TABLE_NAMES, TABLES, createTableSql, type TableDef } from '$lib/contract/schema';
import { ENGINE_SETTINGS } from '$lib/data/attach';
import type { Param } from '$lib/data/connector';
import { createDb, type CachedDb } from '$lib/data/create-db';
import { createNodeEngine } from '$lib/data/node';
import { validateDataset } from '$lib/validate';
import type { GoodOptions } from '../fixtures/bad';
import { FIXTURE } from '../fixtures/kalimantan';
import { fixtureDb, wholeDatasetViews } from '../sql/setup';
import { CASES } from './cases';
import { goodOptions, located, runCase, type Engine } from './harness';

let bindings: DuckDBBindings;
let connection: DuckDBConnection;
let db: CachedDb;
let engine: Engine;
let good: GoodOptions;

/** Every fixture row, one bound multi-row INSERT per table. */
function insertFixture(conn: DuckDBConnection) {
	for (const name of TABLE_NAMES) {
		const def = TABLES[name] as TableDef;
		const rows = FIXTURE[name];
		conn.query(createTableSql(name));
		if (rows.length === 0) continue;
		const tuple = `(${def.columns.map((c) => `?::${c.type}`).join(', ')})`;
		const statement = conn.prepare(`INSERT INTO "${name}" VALUES ${rows.map(() => tuple).join(', ')}`);
		try {
			statement.query(...rows.flatMap((row) => def.columns.map((c) => (row[c.name] ?? null) as Param)));
		} finally {
			statement.close();
		}
	}
}

beforeAll(async () => {
	bindings = await createNodeEngine();
	connection = bindings.connect();
	for (const statement of ENGINE_SETTINGS) connection.query(statement);
	insertFixture(connection);
	db = createDb(async (text, params) => {
		const statement = connection.prepare(text);
		try {
			return statement.query(...params);
		} finally {
			statement.close();
		}
	});
	engine = { db, exec: async (text) => connection.query(text), reset: () => db.clearCache() };
	good = await goodOptions();
});

afterAll(() => {
	connection?.close();
	bindings?.reset();
});

test('the engine is the browser build of DuckDB', () => {
	expect(bindings.getVersion()).toMatch(/^v1\.4\./);
});

test('the good fixture has no findings, manifest, hashes and checksum included', async () => {
	expect(await validateDataset(db, good)).toEqual([]);
});

describe('every bad fixture yields exactly its findings here too', () => {
	test.each(CASES)('$description', async (fixture, expected) => {
		expect((await runCase(engine, fixture, good)).map(located)).toEqual(expected);
	});
});

test('the site database built from the fixture, attached read-only, has no findings', async () => {
	const site = await fixtureDb();
	try {
		// The validator reads one schema: the core tables and each detail table's province files, as views.
		expect(await validateDataset(site, { ...good, ...(await wholeDatasetViews(site, site.database)) })).toEqual([]);
	} finally {
		site.close();
	}
});
