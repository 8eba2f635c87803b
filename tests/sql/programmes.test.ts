/**
 * `programmeChange` on the built sample, on both engines (DuckDB-WASM over the site's file, as
 * the browser runs it, and native DuckDB over the same file, as the snapshot build runs it),
 * against an independent native query over the sample's Parquet: one regency, and one
 * province's regencies (their codes read from regions.parquet, not from the code under test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '$lib/data/connector';
import { programmeChange, type ProgrammeChangeRow } from '$lib/queries/programmes';
import { DEFAULT_DATASET, DEFAULT_OUT_DIR } from '../../scripts/build-db';
import { nativeDb, nativeRows, openNative, type NativeConnection } from '../../scripts/lib/native-db';
import { siteDb } from './setup';

const PARQUET = (name: string) => `read_parquet('${join(DEFAULT_DATASET, `${name}.parquet`)}')`;

let parquet: NativeConnection;
let built: NativeConnection;
beforeAll(async () => {
	parquet = await openNative();
	await siteDb(); // builds static/data first if the sample changed
	built = await openNative();
	const { database } = JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, 'dataset.json'), 'utf8')) as { database: { file: string } };
	await built.run(`ATTACH '${join(DEFAULT_OUT_DIR, database.file)}' AS cakupan (READ_ONLY); USE cakupan`);
}, 120_000);
afterAll(() => {
	parquet?.closeSync();
	built?.closeSync();
});

/** The same figures, written independently: a plain GROUP BY over the Parquet, programmes in contract order. */
async function expected(codes: string[], now: string, prev: string): Promise<ProgrammeChangeRow[]> {
	const rows = await nativeRows<ProgrammeChangeRow>(
		parquet,
		`SELECT programme,
		        sum(active) FILTER (WHERE month = DATE '${now}-01')::DOUBLE AS active,
		        sum(active) FILTER (WHERE month = DATE '${prev}-01')::DOUBLE AS active_prev
		 FROM ${PARQUET('participation_programme')}
		 WHERE region_code IN (${codes.map((c) => `'${c}'`).join(', ')})
		 GROUP BY programme`
	);
	return ['JKK', 'JKM', 'JHT', 'JP', 'JKP'].map((p) => rows.find((r) => r.programme === p)!);
}

const engines: [string, () => Promise<Db>][] = [
	['wasm', () => siteDb()],
	['native', async () => nativeDb(built)]
];

describe.each(engines)('on %s DuckDB', (_engine, getDb) => {
	let db: Db;
	beforeAll(async () => {
		db = await getDb();
	});
	const run = (codes: string[], month: string) => db.query<ProgrammeChangeRow & Record<string, unknown>>(programmeChange({ codes, month }));

	test('one regency (6208 Sukamara), December 2025 against December 2024', async () => {
		const rows = await run(['6208'], '2025-12');
		expect(rows).toEqual(await expected(['6208'], '2025-12', '2024-12'));
		expect(rows.map((r) => r.programme)).toEqual(['JKK', 'JKM', 'JHT', 'JP', 'JKP']);
		expect(rows.every((r) => r.active! > 0 && r.active_prev! > 0)).toBe(true);
	});

	test("a province's regencies (62), June 2024 against June 2023", async () => {
		const codes = (await nativeRows<{ code: string }>(parquet, `SELECT code FROM ${PARQUET('regions')} WHERE level = 'regency' AND province_code = '62' ORDER BY code`)).map((r) => r.code);
		expect(codes).toHaveLength(14);
		const rows = await run(codes, '2024-06');
		expect(rows).toEqual(await expected(codes, '2024-06', '2023-06'));
	});

	test('programmes overlap: JKK + JKM alone exceed the active participants of the month', async () => {
		const rows = await run(['6208'], '2025-12');
		const [all] = await nativeRows<{ active: number }>(
			parquet,
			`SELECT sum(active)::DOUBLE AS active FROM ${PARQUET('participation')} WHERE region_code = '6208' AND month = DATE '2025-12-01'`
		);
		expect(rows[0]!.active! + rows[1]!.active!).toBeGreaterThan(all!.active);
	});

	test('a year before the data gives nulls, not zeros; no codes match nothing', async () => {
		const rows = await run(['6208'], '2019-03');
		expect(rows.map((r) => r.active_prev)).toEqual([null, null, null, null, null]);
		// JKP began in 2021: its rows before then hold 0 (a count of nobody), not a missing value.
		expect(rows.map((r) => r.active)).toEqual((await expected(['6208'], '2019-03', '2018-03')).map((r) => r.active));
		expect(rows[4]).toEqual({ programme: 'JKP', active: 0, active_prev: null });
		expect((await run([], '2025-12')).map((r) => [r.programme, r.active, r.active_prev])).toEqual([
			['JKK', null, null], ['JKM', null, null], ['JHT', null, null], ['JP', null, null], ['JKP', null, null]
		]);
	});
});

test('hostile or malformed input never reaches SQL text', () => {
	expect(() => programmeChange({ codes: ["6208' OR 1=1 --"], month: '2025-12' })).toThrow(/invalid area/);
	expect(() => programmeChange({ codes: ['62'], month: '2025-12' })).toThrow(/not a regency code/);
	expect(() => programmeChange({ codes: ['6208'], month: '2025-13' })).toThrow(/invalid month/);
	const q = programmeChange({ codes: ['6208', '6201'], month: '2025-12' });
	expect(q.text).not.toContain('6208');
	// Each month binds three times: the complete sum's row count, value count and sum (`completeSumOf`).
	expect(q.params).toEqual(['2025-12-01', '2025-12-01', '2025-12-01', '2024-12-01', '2024-12-01', '2024-12-01', 'JKK', '0', 'JKM', '1', 'JHT', '2', 'JP', '3', 'JKP', '4', '6208', '6201', '2025-12-01', '2024-12-01']);
});
