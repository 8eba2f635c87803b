/**
 * The overview's query builders over the hand-made fixture, against figures worked out by hand
 * from tests/fixtures/kalimantan.ts, on both engines: DuckDB-WASM (the browser's engine, over
 * the built database file) and native DuckDB (the build's, which writes the first-view
 * snapshot). The engines differ in how they bind parameters (WASM reads every number as
 * DOUBLE), so a query must pass on both.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { areaSums, childSums, periodExtent, trendByMonth, type AreaSums, type ChildSums, type TrendRow } from '$lib/queries/overview';
import { coverageFigures } from '$lib/metrics';
import type { Db } from '$lib/data/connector';
import { nativeDb, type NativeConnection } from '../../scripts/lib/native-db';
import { loadFixture } from '../fixtures/load-fixture';
import { fixtureDb } from './setup';
import { ROLLUP_STATEMENTS } from '$lib/queries/rollups';

let conn: NativeConnection;
const engines: [string, () => Promise<Db>][] = [
	['wasm', () => fixtureDb()],
	['native', async () => {
		conn ??= await loadFixture();
		for (const statement of ROLLUP_STATEMENTS) await conn.run(statement);
		return nativeDb(conn);
	}]
];
afterAll(() => conn?.closeSync());

describe.each(engines)('on %s DuckDB', (_engine, getDb) => {
let db: Db;
beforeAll(async () => {
	db = await getDb();
});

describe('areaSums', () => {
	test('Kalimantan Tengah (62), December 2024: sums of 6201 + 6208 + 6209', async () => {
		const [row] = await db.query<AreaSums & Record<string, unknown>>(areaSums({ area: '62', month: '2024-12' }));
		// PU 42,000 + 5,400 + 10,500 = 57,900; BPU 11,700 + 1,600 + 2,500 = 15,800;
		// JAKON 2,400 + 400 + 1,000 = 3,800; PMI 600 + 100 + 100 = 800.
		expect(row).toEqual({
			active_all: 78_300, active_ucj: 77_500, active_pu: 57_900, active_bpu: 15_800, active_jakon: 3_800, active_pmi: 800,
			non_active_all: 78_300 / 4,
			// Dec 2023: 52,500 + 8,100 + 13,100 = 73,700; without PMI 52,000 + 8,000 + 13,000 = 73,000.
			active_all_prev: 73_700, active_ucj_prev: 73_000,
			working: 155_000 + 41_000 + 62_000, formal: 65_000 + 12_500 + 21_000, informal: 90_000 + 28_500 + 41_000,
			eligible: 110_000 + 29_000 + 44_000, eligible_prev: 104_000 + 28_000 + 43_000,
			target_pct: 55
		});
		const f = coverageFigures(row!);
		expect(f.ucj).toBeCloseTo((77_500 / 183_000) * 100, 10); // 42.35 %
		expect(f.coverageChangePts).toBeCloseTo((77_500 / 183_000 - 73_000 / 175_000) * 100, 10);
		expect(f.targetAttainment).toBeCloseTo((77_500 / 183_000) * 100 / 55 * 100, 10);
	});

	test('Indonesia is the sum of every regency; there is no national target in the data', async () => {
		const [row] = await db.query<AreaSums & Record<string, unknown>>(areaSums({ area: 'ID', month: '2024-12' }));
		// + Kalbar: 6104 31,000 + 5,000 + 2,000 + 300 = 38,300; 6171 95,000 + 6,500 + 4,500 + 200 = 106,200.
		expect(row!.active_all).toBe(78_300 + 38_300 + 106_200);
		expect(row!.active_pmi).toBe(800 + 300 + 200);
		expect(row!.target_pct).toBeNull();
	});

	test('a month outside the data gives nulls, not zeros', async () => {
		const [row] = await db.query<AreaSums & Record<string, unknown>>(areaSums({ area: '62', month: '2019-12' }));
		expect(row!.active_all).toBeNull();
		expect(coverageFigures(row!).ucj).toBeNull();
	});
});

describe('trendByMonth', () => {
	test('13 months × 4 segments for a province, with the January dip', async () => {
		const rows = await db.query<TrendRow & Record<string, unknown>>(trendByMonth({ area: '62' }));
		expect(rows).toHaveLength(13 * 4);
		const pu = rows.filter((r) => r.segment === 'PU').map((r) => [r.month, r.active]);
		expect(pu.slice(0, 3)).toEqual([['2023-12', 56_000], ['2024-01', 51_500], ['2024-02', 51_500]]);
		expect(pu.at(-1)).toEqual(['2024-12', 57_900]);
	});
});

describe('childSums', () => {
	test("a province's regencies with their sums and the province target", async () => {
		const rows = await db.query<ChildSums & Record<string, unknown>>(childSums({ area: '62', month: '2024-12' }));
		expect(rows.map((r) => r.code)).toEqual(['6201', '6208', '6209']);
		const sukamara = rows[1]!;
		expect(sukamara).toMatchObject({ name: 'Kabupaten Sukamara', active_ucj: 7_400, active_ucj_prev: 8_000, active_pu: 5_400, active_pu_prev: 6_000, eligible: 29_000, target_pct: 55 });
		const f = coverageFigures(sukamara);
		// Sukamara fell: ucj 7,400 / 29,000 = 25.52 % from 8,000 / 28,000 = 28.57 %.
		expect(f.coverageChangePts).toBeCloseTo((7_400 / 29_000 - 8_000 / 28_000) * 100, 10);
		expect(f.growth).toBeCloseTo(((7_500 - 8_100) / 8_100) * 100, 10);
	});

	test('the provinces of Indonesia', async () => {
		const rows = await db.query<ChildSums & Record<string, unknown>>(childSums({ area: 'ID', month: '2024-12' }));
		expect(rows.map((r) => [r.code, r.active_ucj])).toEqual([['61', 38_000 + 106_000], ['62', 77_500]]);
	});
});

test('periodExtent', async () => {
	expect(await db.query(periodExtent())).toEqual([{ first: '2023-12', last: '2024-12' }]);
});

});

test('hostile input never reaches SQL text', () => {
	expect(() => areaSums({ area: "62'; DROP TABLE regions; --", month: '2024-12' })).toThrow(/invalid area/);
	expect(() => areaSums({ area: '62', month: "2024-12' OR 1=1" })).toThrow(/invalid month/);
});
