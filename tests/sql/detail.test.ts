/**
 * Village detail on demand, on the browser's engine (DuckDB-WASM's blocking bundle): the core
 * file alone first, then one province's file attached as `villages_<pp>`, as a view that drills
 * down does it (`attachDetail`, the same `detailAttacher` the browser runs).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { detailSchema, type DatabaseInfo } from '$lib/data/database';
import { QueryError } from '$lib/data/errors';
import { openNodeDatabase, type NodeDb } from '$lib/data/node';
import { sql, table } from '$lib/queries/sql';
import { buildDatabase } from '../../scripts/build-db';
import { writeFixtureDataset } from '../fixtures/load-fixture';

let db: NodeDb;
let info: DatabaseInfo;

beforeAll(async () => {
	const { dir } = await writeFixtureDataset();
	const outFile = join(mkdtempSync(join(tmpdir(), 'cakupan-detail-')), 'fixture.duckdb');
	info = await buildDatabase({ datasetDir: dir, outFile, steps: [] });
	db = await openNodeDatabase({ path: outFile, database: info });
});

afterAll(() => db?.close());

/** The attached databases, read afresh (the result cache would answer with the first list). */
async function databases(): Promise<string[]> {
	db.clearCache();
	return (await db.query<{ name: string }>(sql`SELECT database_name AS name FROM duckdb_databases() ORDER BY 1`)).map((r) => r.name);
}

/** Sakabulin (6201032003), Dec 2024, active by segment: the fixture's hand-written figures. */
const sakabulin = () => sql`
	SELECT v.segment, v.active, r.name
	FROM ${table('participation_village', detailSchema('62'))} AS v JOIN ${table('regions')} AS r ON r.code = v.region_code
	WHERE v.region_code = ${'6201032003'} AND v.month = ${'2024-12-01'}::DATE ORDER BY v.segment`;

test('hostile or unknown province codes are refused before any SQL', async () => {
	const before = await databases();
	for (const province of ['61; DROP', "61' AS x; DROP TABLE regions; --", '6', '99', '']) {
		await expect(db.attachDetail(province), province).rejects.toBeInstanceOf(RangeError);
	}
	expect(() => table('participation_village', detailSchema('61; DROP'))).toThrow(RangeError);
	expect(await databases()).toEqual(before);
});

test('a detail query before the attach fails and is not cached; after it, the same query answers', async () => {
	expect(await databases()).not.toContain('villages_62');
	const error = await db.query(sakabulin()).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(QueryError);
	expect((error as QueryError).message).toMatch(/villages_62/);

	await Promise.all([db.attachDetail('62'), db.attachDetail('62')]);
	const rows = await db.query(sakabulin());
	expect(rows).toEqual([
		{ segment: 'BPU', active: 520, name: 'Sakabulin' },
		{ segment: 'JAKON', active: 40, name: 'Sakabulin' },
		{ segment: 'PMI', active: 10, name: 'Sakabulin' },
		{ segment: 'PU', active: 320, name: 'Sakabulin' }
	]);
	// One attachment, read-only, and no other province's file came with it.
	expect((await databases()).filter((name) => name.startsWith('villages_'))).toEqual(['villages_62']);
	await expect(db.query(sql`DELETE FROM ${table('villages_support', detailSchema('62'))}`)).rejects.toBeInstanceOf(QueryError);
});

test('each file holds its province only: 61 has participation rows and an empty villages_support', async () => {
	await db.attachDetail('61');
	const counts = await db.query(sql`
		SELECT (SELECT count(*) FROM ${table('participation_village', detailSchema('61'))})::INTEGER AS village,
		       (SELECT count(*) FROM ${table('villages_support', detailSchema('61'))})::INTEGER AS support`);
	expect(counts).toEqual([{ village: info.detail['61']!.tables.participation_village, support: 0 }]);
	expect(info.detail['61']!.tables).toEqual({ participation_village: 8, villages_support: 0 });
});
