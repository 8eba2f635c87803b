/**
 * The build-time rollups hold exactly the sums of the base tables, at every level, on the
 * fixture as built for the browser (DuckDB-WASM over the built file).
 */
import { beforeAll, expect, test } from 'vitest';
import type { NodeDb } from '$lib/data/node';
import { fixtureDb } from './setup';

let db: NodeDb;
beforeAll(async () => {
	db = await fixtureDb();
});

const q = (text: string) => db.query({ text, params: [] });

test('area_month: one row per area (Indonesia, 2 provinces, 5 regencies) × 13 months × 4 segments', async () => {
	expect(await q(`SELECT count(*)::INTEGER AS n FROM area_month`)).toEqual([{ n: (1 + 2 + 5) * 13 * 4 }]);
});

test('area_month equals the participation sums at every level (hand-written fixture values)', async () => {
	// Dec 2024 PU: 6104 31,000 + 6171 95,000 = 126,000 (61); 6201 42,000 + 6208 5,400 + 6209 10,500 = 57,900 (62).
	const rows = await q(
		`SELECT area_code, parent_code, active FROM area_month WHERE month = DATE '2024-12-01' AND segment = 'PU' ORDER BY area_code`
	);
	expect(rows).toEqual([
		{ area_code: '61', parent_code: 'ID', active: 126_000 },
		{ area_code: '6104', parent_code: '61', active: 31_000 },
		{ area_code: '6171', parent_code: '61', active: 95_000 },
		{ area_code: '62', parent_code: 'ID', active: 57_900 },
		{ area_code: '6201', parent_code: '62', active: 42_000 },
		{ area_code: '6208', parent_code: '62', active: 5_400 },
		{ area_code: '6209', parent_code: '62', active: 10_500 },
		{ area_code: 'ID', parent_code: null, active: 183_900 }
	]);
	const mismatches = await q(`
		SELECT a.area_code, a.month, a.segment FROM area_month a
		JOIN (SELECT month, segment, sum(active)::DOUBLE AS active, sum(non_active)::DOUBLE AS non_active FROM participation GROUP BY ALL) b
		  USING (month, segment)
		WHERE a.area_code = 'ID' AND (a.active <> b.active OR a.non_active <> b.non_active)`);
	expect(mismatches).toEqual([]);
});

test('area_year equals the workforce sums', async () => {
	expect(await q(`SELECT area_code, eligible FROM area_year WHERE year = 2024 AND area_code IN ('ID', '62', '6208') ORDER BY area_code`)).toEqual([
		{ area_code: '62', eligible: 110_000 + 29_000 + 44_000 },
		{ area_code: '6208', eligible: 29_000 },
		{ area_code: 'ID', eligible: 184_000 + 223_000 + 110_000 + 29_000 + 44_000 }
	]);
});

test('area_monthly: one wide row per area and month, its sums those of area_month, with the year’s workforce and target', async () => {
	expect(await q(`SELECT count(*)::INTEGER AS n FROM area_monthly`)).toEqual([{ n: (1 + 2 + 5) * 13 }]);
	// 6208 Sukamara, Dec 2024: PU 5,400 + BPU 1,600 + JAKON 400 = 7,400 in ucj, PMI 100; 2024 workforce; target of 62 for 2024.
	expect(await q(`SELECT * FROM area_monthly WHERE code = '6208' AND month = '2024-12'`)).toEqual([{
		code: '6208', parent_code: '62', month: '2024-12',
		active_all: 7_500, active_ucj: 7_400, active_pu: 5_400, active_bpu: 1_600, active_jakon: 400, active_pmi: 100,
		non_active_all: 7_500 / 4, working: 41_000, formal: 12_500, informal: 28_500, eligible: 29_000, target_pct: 55
	}]);
	// the targets of the fixture's ucj_targets: each province its own, Indonesia the national row (ID 2023: 48, 2024: 50)
	expect(await q(`SELECT code, month, target_pct FROM area_monthly WHERE code IN ('ID', '61', '6104') AND month IN ('2023-12', '2024-12') ORDER BY code, month`)).toEqual([
		{ code: '61', month: '2023-12', target_pct: 40 },
		{ code: '61', month: '2024-12', target_pct: 45 },
		{ code: '6104', month: '2023-12', target_pct: 40 },
		{ code: '6104', month: '2024-12', target_pct: 45 },
		{ code: 'ID', month: '2023-12', target_pct: 48 },
		{ code: 'ID', month: '2024-12', target_pct: 50 }
	]);
	const mismatches = await q(`
		SELECT w.code, w.month FROM area_monthly w
		JOIN (SELECT area_code, strftime(month, '%Y-%m') AS month, sum(active) AS active FROM area_month GROUP BY ALL) m
		  ON m.area_code = w.code AND m.month = w.month
		WHERE m.active <> w.active_all`);
	expect(mismatches).toEqual([]);
});
