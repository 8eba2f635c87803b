/**
 * Informal and formal penetration by year as the views compute them (the wide rollup through
 * `areaMonthly`/`childMonthly` on DuckDB-WASM over the site's database, then `penetrationByYear`,
 * `sumMonthly` and `scatterPoints`), against independent plain SQL over the sample's Parquet in
 * native DuckDB: December active PU/BPU summed over the regencies, over the same year's August
 * formal/informal workers. The independent queries use neither the rollups nor the app's builders.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scatterPoints } from '$lib/charts/informal-scatter';
import { PROVINCE_KANWIL } from '$lib/contract/domain';
import type { NodeDb } from '$lib/data/node';
import { penetrationByYear, sumMonthly } from '$lib/metrics/penetration';
import { areaMonthly, childMonthly, type MonthlySums } from '$lib/queries/monthly';
import { areaChoices, type RegionRow } from '$lib/queries/regions';
import { indexMonths } from '$lib/views/common/months';
import { nativeRows, openNative, type NativeConnection } from '../../scripts/lib/native-db';
import { siteDb } from './setup';

const SAMPLE = 'data/sample';
let db: NodeDb;
let conn: NativeConnection;

beforeAll(async () => {
	db = await siteDb();
	conn = await openNative();
	for (const t of ['participation', 'workforce', 'regions']) {
		await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${SAMPLE}/${t}.parquet')`);
	}
});
afterAll(() => conn?.closeSync());

interface Expected {
	year: number;
	informal: number;
	formal: number;
}

/** December penetration per year over the regencies `regencies` (a SQL subquery of codes). */
function independent(regencies: string, params: unknown[]): Promise<Expected[]> {
	return nativeRows<Expected>(
		conn,
		`WITH dec AS (
		   SELECT year(month) AS year,
		          sum(active) FILTER (WHERE segment = 'BPU')::DOUBLE AS bpu,
		          sum(active) FILTER (WHERE segment = 'PU')::DOUBLE AS pu
		   FROM participation
		   WHERE month(month) = 12 AND region_code IN (${regencies})
		   GROUP BY year(month)),
		 aug AS (
		   SELECT year, sum(informal)::DOUBLE AS informal, sum(formal)::DOUBLE AS formal
		   FROM workforce WHERE region_code IN (${regencies}) GROUP BY year)
		 SELECT dec.year, 100 * bpu / aug.informal AS informal, 100 * pu / aug.formal AS formal
		 FROM dec JOIN aug ON aug.year = dec.year
		 ORDER BY dec.year`,
		params
	);
}

function expectPoints(points: ReturnType<typeof penetrationByYear>, expected: Expected[]) {
	expect(points.map((p) => p.year)).toEqual(expected.map((e) => e.year));
	points.forEach((p, i) => {
		expect(p.informal, `informal ${p.year}`).toBeCloseTo(expected[i]!.informal, 9);
		expect(p.formal, `formal ${p.year}`).toBeCloseTo(expected[i]!.formal, 9);
	});
}

const monthly = (q: ReturnType<typeof areaMonthly>) => db.query<MonthlySums & Record<string, unknown>>(q);

describe.each(['62', '64'])('province %s', (province) => {
	test('penetration by year equals December active over August workers, every year 2019–2025', async () => {
		const points = penetrationByYear(indexMonths(await monthly(areaMonthly({ area: province }))).get(province));
		const expected = await independent(`SELECT code FROM regions WHERE level = 'regency' AND province_code = $1`, [province]);
		expect(expected.map((e) => e.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		expectPoints(points, expected);
		// a sanity bound, not the check: informal penetration is far below formal in every year
		for (const p of points) expect(p.informal!).toBeLessThan(p.formal!);
	});

	test('sumMonthly of its regencies equals its rollup row, every month (what the overview draws for a regency)', async () => {
		const summed = sumMonthly(province, indexMonths(await monthly(childMonthly({ area: province }))).values());
		const own = indexMonths(await monthly(areaMonthly({ area: province }))).get(province)!;
		expect(summed.size).toBe(84);
		for (const [month, row] of own) expect(summed.get(month), month).toEqual(row);
	});

	test('the scatter points of its regencies in December 2024 equal the independent ratios', async () => {
		const index = indexMonths(await monthly(childMonthly({ area: province })));
		const names = await db.query<RegionRow & Record<string, unknown>>(areaChoices({ province }));
		const rows = names
			.filter((n) => n.level === 'regency')
			.map((n) => ({ ...index.get(n.code)!.get('2024-12')!, name: n.name }));
		const points = scatterPoints(rows);
		const expected = await nativeRows<{ code: string; share: number; penetration: number; informal: number }>(
			conn,
			`SELECT w.region_code AS code, 100 * w.informal / w.working_population AS share,
			        100 * p.active / w.informal AS penetration, w.informal::DOUBLE AS informal
			 FROM workforce w JOIN participation p
			   ON p.region_code = w.region_code AND p.month = DATE '2024-12-01' AND p.segment = 'BPU'
			 WHERE w.year = 2024 AND left(w.region_code, 2) = $1
			 ORDER BY code`,
			[province]
		);
		expect(points.map((p) => p.code).sort()).toEqual(expected.map((e) => e.code));
		for (const e of expected) {
			const p = points.find((q) => q.code === e.code)!;
			expect(p.share, e.code).toBeCloseTo(e.share, 9);
			expect(p.penetration, e.code).toBeCloseTo(e.penetration, 9);
			expect(p.informal, e.code).toBe(e.informal);
		}
	});
});

test('sumMonthly: every province added equals Indonesia’s rollup row, month by month, column by column (the target aside)', async () => {
	const provinces = indexMonths(await monthly(childMonthly({ area: 'ID' })));
	const summed = sumMonthly('ID', provinces.values());
	const national = indexMonths(await monthly(areaMonthly({ area: 'ID' }))).get('ID')!;
	expect([...summed.keys()]).toEqual([...national.keys()]);
	expect(summed.size).toBe(84);
	// Indonesia's target is its own row of ucj_targets ('ID'), not something the provinces add up to:
	// provinces with different targets sum to none, the rollup row carries the national one.
	for (const [month, row] of national) expect(summed.get(month), month).toEqual({ ...row, target_pct: null });
	const targets = await nativeRows<{ month: string; target_pct: number }>(
		conn,
		`SELECT year || '-12' AS month, target_pct FROM read_parquet('${SAMPLE}/ucj_targets.parquet') WHERE province_code = 'ID' ORDER BY year`
	);
	expect(targets.at(-1)).toEqual({ month: '2025-12', target_pct: 52.15 }); // DOMAIN.md section 2
	for (const t of targets) expect(national.get(t.month)!.target_pct, t.month).toBe(t.target_pct);
});

test('a Kanwil summed from its provinces equals the independent sums over its regencies (regions.kanwil)', async () => {
	const kanwil = 'kalimantan';
	const members = Object.keys(PROVINCE_KANWIL).filter((p) => PROVINCE_KANWIL[p] === kanwil);
	expect(members.length).toBeGreaterThan(1);
	const provinces = indexMonths(await monthly(childMonthly({ area: 'ID' })));
	const points = penetrationByYear(sumMonthly(kanwil, members.map((p) => provinces.get(p))));
	const expected = await independent(`SELECT code FROM regions WHERE level = 'regency' AND kanwil = $1`, [kanwil]);
	expect(expected).toHaveLength(7);
	expectPoints(points, expected);
});
