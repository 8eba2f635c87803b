/**
 * The monthly query builders over the hand-made fixture, sliced to a month as the views do
 * (`views/common/months.ts`), against figures worked out by hand from
 * tests/fixtures/kalimantan.ts, on both engines: DuckDB-WASM (the browser's engine, over the
 * built database file) and native DuckDB (the build's, which writes the first-view snapshot).
 * The engines differ in how they bind parameters (WASM reads every number as DOUBLE), so a
 * query must pass on both.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { areaMonthly, childMonthly, type MonthlySums } from '$lib/queries/monthly';
import { areaChoices, type RegionRow } from '$lib/queries/regions';
import { coverageFigures } from '$lib/metrics';
import type { Db } from '$lib/data/connector';
import { indexMonths, sumsAt } from '$lib/views/common/months';
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
	const monthly = (q: ReturnType<typeof areaMonthly>) => db.query<MonthlySums & Record<string, unknown>>(q);

	describe('areaMonthly', () => {
		test('Kalimantan Tengah (62), December 2024: sums of 6201 + 6208 + 6209 and a year earlier', async () => {
			const rows = await monthly(areaMonthly({ area: '62' }));
			expect(rows.map((r) => r.month)).toEqual(['2023-12', ...Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`)]);
			const s = sumsAt(indexMonths(rows), '62', '2024-12');
			// PU 42,000 + 5,400 + 10,500 = 57,900; BPU 11,700 + 1,600 + 2,500 = 15,800;
			// JAKON 2,400 + 400 + 1,000 = 3,800; PMI 600 + 100 + 100 = 800.
			expect(s).toMatchObject({
				active_all: 78_300, active_ucj: 77_500, active_pu: 57_900, active_bpu: 15_800, active_jakon: 3_800, active_pmi: 800,
				non_active_all: 78_300 / 4,
				// Dec 2023: 52,500 + 8,100 + 13,100 = 73,700; without PMI 52,000 + 8,000 + 13,000 = 73,000.
				active_all_prev: 73_700, active_ucj_prev: 73_000,
				working: 155_000 + 41_000 + 62_000, formal: 65_000 + 12_500 + 21_000, informal: 90_000 + 28_500 + 41_000,
				eligible: 110_000 + 29_000 + 44_000, eligible_prev: 104_000 + 28_000 + 43_000,
				target_pct: 55
			});
			const f = coverageFigures(s);
			expect(f.ucj).toBeCloseTo((77_500 / 183_000) * 100, 10); // 42.35 %
			expect(f.coverageChangePts).toBeCloseTo((77_500 / 183_000 - 73_000 / 175_000) * 100, 10);
			expect(f.targetAttainment).toBeCloseTo(((77_500 / 183_000) * 100) / 55 * 100, 10);
		});

		test('the January dip: PU by month for a province', async () => {
			const rows = await monthly(areaMonthly({ area: '62' }));
			expect(rows.slice(0, 3).map((r) => [r.month, r.active_pu])).toEqual([['2023-12', 56_000], ['2024-01', 51_500], ['2024-02', 51_500]]);
		});

		test('Indonesia is the sum of every regency, with the national target (ID) of its year', async () => {
			const s = sumsAt(indexMonths(await monthly(areaMonthly({ area: 'ID' }))), 'ID', '2024-12');
			// + Kalbar: 6104 31,000 + 5,000 + 2,000 + 300 = 38,300; 6171 95,000 + 6,500 + 4,500 + 200 = 106,200.
			expect(s.active_all).toBe(78_300 + 38_300 + 106_200);
			expect(s.active_pmi).toBe(800 + 300 + 200);
			// the fixture's ucj_targets row ('ID', 2024, 50), not a province's (61: 45, 62: 55)
			expect(s.target_pct).toBe(50);
			const f = coverageFigures(s);
			// ucj: (77,500 + 38,000 + 106,000) / (183,000 + 184,000 + 223,000) = 221,500 / 590,000 = 37.54 %; / 50 × 100 = 75.08 %
			expect(f.targetAttainment).toBeCloseTo(((221_500 / 590_000) * 100) / 50 * 100, 10);
		});

		test('a month outside the data gives nulls, not zeros', async () => {
			const s = sumsAt(indexMonths(await monthly(areaMonthly({ area: '62' }))), '62', '2019-12');
			expect(s.active_all).toBeNull();
			expect(s.eligible).toBeNull();
			expect(coverageFigures(s).ucj).toBeNull();
		});
	});

	describe('childMonthly', () => {
		test("a province's regencies, every month, with the province target", async () => {
			const rows = await monthly(childMonthly({ area: '62' }));
			expect(rows).toHaveLength(3 * 13);
			expect([...new Set(rows.map((r) => r.code))]).toEqual(['6201', '6208', '6209']);
			const sukamara = sumsAt(indexMonths(rows), '6208', '2024-12');
			expect(sukamara).toMatchObject({ active_ucj: 7_400, active_ucj_prev: 8_000, active_pu: 5_400, active_pu_prev: 6_000, eligible: 29_000, eligible_prev: 28_000, target_pct: 55 });
			const f = coverageFigures(sukamara);
			// Sukamara fell: ucj 7,400 / 29,000 = 25.52 % from 8,000 / 28,000 = 28.57 %.
			expect(f.coverageChangePts).toBeCloseTo((7_400 / 29_000 - 8_000 / 28_000) * 100, 10);
			expect(f.growth).toBeCloseTo(((7_500 - 8_100) / 8_100) * 100, 10);
		});

		test('the provinces of Indonesia', async () => {
			const index = indexMonths(await monthly(childMonthly({ area: 'ID' })));
			expect([...index.keys()]).toEqual(['61', '62']);
			expect(['61', '62'].map((code) => sumsAt(index, code, '2024-12').active_ucj)).toEqual([38_000 + 106_000, 77_500]);
		});

		test("a regency's own months equal its rows among its province's children", async () => {
			const own = await monthly(areaMonthly({ area: '6208' }));
			const among = (await monthly(childMonthly({ area: '62' }))).filter((r) => r.code === '6208');
			expect(among).toEqual(own);
		});
	});

	test('areaChoices: every province, and one province’s regencies, from the small names table', async () => {
		const rows = await db.query<RegionRow & Record<string, unknown>>(areaChoices({ province: '62' }));
		expect(rows.map((r) => [r.code, r.level])).toEqual([['61', 'province'], ['62', 'province'], ['6201', 'regency'], ['6208', 'regency'], ['6209', 'regency']]);
		expect(rows[3]!.name).toBe('Kabupaten Sukamara');
		expect((await db.query(areaChoices({ province: null }))).map((r) => r.code)).toEqual(['61', '62']);
	});
});

test('hostile input never reaches SQL text', () => {
	expect(() => areaMonthly({ area: "62'; DROP TABLE regions; --" })).toThrow(/invalid area/);
	expect(() => childMonthly({ area: '6208' })).toThrow(/a regency has no child areas/);
	expect(() => areaChoices({ province: "6' OR 1=1" })).toThrow(/invalid province/);
});
