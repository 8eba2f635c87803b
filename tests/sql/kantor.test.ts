/**
 * The regional-office ranking on the bundled sample, as the browser computes it (DuckDB-WASM over
 * the built database, the view model's slicing and the metric formulas), against one independent
 * native-DuckDB query over the Parquet files that reads neither the rollups nor the app's code.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '$lib/data/connector';
import * as model from '$lib/views/kantor/model';
import { kantorParams } from '$lib/views/kantor/params';
import { nativeRows, openNative, type NativeConnection } from '../../scripts/lib/native-db';
import { siteDb } from './setup';

const SAMPLE = 'data/sample';
let db: Db;
let conn: NativeConnection;
beforeAll(async () => {
	db = await siteDb();
	conn = await openNative();
});
afterAll(() => conn?.closeSync());

interface Expected {
	code: string;
	name: string;
	active_all: number;
	active_ucj: number;
	ucj: number;
	formal_pen: number;
	informal_pen: number;
	growth: number;
	change_pts: number;
	attainment: number;
	gap: number;
}

/** Every regency of `province` in `month` straight from the Parquet: the same month a year earlier, August workforce, province target. */
function independent(province: string, month: string): Promise<Expected[]> {
	return nativeRows<Expected>(
		conn,
		`WITH p AS (
		   SELECT region_code, month,
		          sum(active) AS all_, sum(active) FILTER (segment IN ('PU','BPU','JAKON')) AS ucj_,
		          sum(active) FILTER (segment = 'PU') AS pu, sum(active) FILTER (segment = 'BPU') AS bpu
		   FROM '${SAMPLE}/participation.parquet' WHERE left(region_code, 2) = $1 GROUP BY ALL),
		 now AS (SELECT * FROM p WHERE month = $2::DATE),
		 prev AS (SELECT * FROM p WHERE month = $2::DATE - INTERVAL 1 YEAR),
		 w AS (SELECT * FROM '${SAMPLE}/workforce.parquet')
		 SELECT r.code, r.name, now.all_ AS active_all, now.ucj_ AS active_ucj,
		        100.0 * now.ucj_ / wn.eligible AS ucj,
		        100.0 * now.pu / wn.formal AS formal_pen, 100.0 * now.bpu / wn.informal AS informal_pen,
		        100.0 * (now.all_ - prev.all_) / prev.all_ AS growth,
		        100.0 * now.ucj_ / wn.eligible - 100.0 * prev.ucj_ / wp.eligible AS change_pts,
		        100.0 * (100.0 * now.ucj_ / wn.eligible) / t.target_pct AS attainment,
		        greatest(0, ceil(t.target_pct * wn.eligible / 100.0 - now.ucj_ - 1e-6)) AS gap
		 FROM '${SAMPLE}/regions.parquet' r
		 JOIN now ON now.region_code = r.code
		 JOIN prev ON prev.region_code = r.code
		 JOIN w wn ON wn.region_code = r.code AND wn.year = year($2::DATE)
		 JOIN w wp ON wp.region_code = r.code AND wp.year = year($2::DATE) - 1
		 JOIN '${SAMPLE}/ucj_targets.parquet' t ON t.province_code = $1 AND t.year = year($2::DATE)
		 WHERE r.level = 'regency' AND r.parent_code = $1
		 ORDER BY r.code`,
		[province, `${month}-01`]
	);
}

describe.each([
	['64', '2025-12'],
	['64', '2024-06'],
	['33', '2023-12']
])('ranking rows of province %s in %s', (province, month) => {
	test('equal the independent query, every regency and column', async () => {
		const dir = await model.loadDirectory(db);
		const { scope } = model.resolveScope(kantorParams.read(`?wilayah=${province}`).state, dir);
		const months = await model.loadScopeMonths(db, scope.provinces);
		const rows = model.regenciesAt(scope, months, month, 'layak');
		const expected = await independent(province, month);
		expect(rows.map((r) => r.code)).toEqual(expected.map((e) => e.code));
		expect(rows.length).toBeGreaterThan(5);
		rows.forEach((r, i) => {
			const e = expected[i]!;
			expect([r.name, r.active_all, r.active_ucj, r.gap]).toEqual([e.name, e.active_all, e.active_ucj, e.gap]);
			expect(r.coverage).toBeCloseTo(e.ucj, 9);
			expect(r.figures.formalPenetration).toBeCloseTo(e.formal_pen, 9);
			expect(r.figures.informalPenetration).toBeCloseTo(e.informal_pen, 9);
			expect(r.figures.growth).toBeCloseTo(e.growth, 9);
			expect(r.figures.coverageChangePts).toBeCloseTo(e.change_pts, 9);
			expect(r.figures.targetAttainment).toBeCloseTo(e.attainment, 9);
		});
	});
});

test('Indonesia: the Decembers and the national months give every one of the 514 regencies the same December figures', async () => {
	const dir = await model.loadDirectory(db);
	const { scope } = model.resolveScope(kantorParams.read('').state, dir);
	expect(scope.regencies).toHaveLength(514);
	const decembers = await model.loadDecembers(db);
	const months = await model.loadScopeMonths(db, scope.provinces);
	expect(model.regenciesAt(scope, decembers, '2025-12', 'layak')).toEqual(model.regenciesAt(scope, months, '2025-12', 'layak'));
});

test('the month pair (a month and a year earlier) holds exactly the whole history’s rows of those months', async () => {
	const dir = await model.loadDirectory(db);
	const { scope } = model.resolveScope(kantorParams.read('?kanwil=kalimantan').state, dir);
	const pair = await model.loadMonthPair(db, scope.provinces, '2024-06');
	const months = await model.loadScopeMonths(db, scope.provinces);
	expect([...pair.keys()]).toEqual(scope.regencies.map((r) => r.code));
	for (const [code, byMonth] of pair) {
		expect([...byMonth.keys()]).toEqual(['2023-06', '2024-06']);
		expect(byMonth.get('2024-06')).toEqual(months.get(code)!.get('2024-06'));
	}
	// The figures drawn from it are those of the whole history.
	expect(model.regenciesAt(scope, model.sourceFor('2024-06', null, null, pair)!, '2024-06', 'layak')).toEqual(model.regenciesAt(scope, months, '2024-06', 'layak'));
});

test('every province and every Kanwil: its regencies, and area sums equal to an independent query', async () => {
	const dir = await model.loadDirectory(db);
	const decembers = await model.loadDecembers(db);
	const expected = await nativeRows<{ scope: string; regencies: number; active_ucj: number; eligible: number }>(
		conn,
		`WITH r AS (SELECT code, parent_code, kanwil FROM '${SAMPLE}/regions.parquet' WHERE level = 'regency'),
		      p AS (SELECT region_code, sum(active) FILTER (segment <> 'PMI') AS a FROM '${SAMPLE}/participation.parquet' WHERE month = DATE '2025-12-01' GROUP BY 1),
		      w AS (SELECT region_code, eligible FROM '${SAMPLE}/workforce.parquet' WHERE year = 2025)
		 SELECT scope, count(*)::INTEGER AS regencies, sum(p.a)::DOUBLE AS active_ucj, sum(w.eligible)::DOUBLE AS eligible
		 FROM (SELECT code, parent_code AS scope FROM r UNION ALL SELECT code, 'kanwil:' || kanwil FROM r) s
		 JOIN p ON p.region_code = s.code JOIN w ON w.region_code = s.code
		 GROUP BY scope ORDER BY scope`
	);
	const scopes = [...dir.provinces.map((p) => `?wilayah=${p.code}`), ...dir.kanwils.map((k) => `?kanwil=${k.id}`)];
	expect(scopes).toHaveLength(38 + 11);
	const got = scopes.map((search) => {
		const { scope, problems } = model.resolveScope(kantorParams.read(search).state, dir);
		expect(problems).toEqual([]);
		const rows = model.regenciesAt(scope, decembers, '2025-12', 'layak');
		const area = model.areaFigures(scope.key, '2025-12', rows, 'layak');
		return { scope: scope.kind === 'kanwil' ? `kanwil:${scope.key}` : scope.key, regencies: rows.length, active_ucj: area.sums.active_ucj, eligible: area.sums.eligible };
	});
	expect(got.sort((a, b) => (a.scope < b.scope ? -1 : 1))).toEqual(expected);
});
