/**
 * The village list of a regency (`villageList`, `loadVillages`) on the browser's engine over the
 * built sample, checked against the reference CSV and independent native-DuckDB queries over
 * the sample's Parquet; the hand-made fixture for figures worked out by hand and for villages
 * without detail rows; and the build-time `quality_village_excess` rollup against an
 * independent query, on a copy of the fixture where one village sums above its regency.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NodeDb } from '$lib/data/node';
import { villageExcess, villageList, type VillageExcessRow, type VillageRow } from '$lib/queries/villages';
import { loadVillages, villageTotals } from '$lib/views/kantor/villages';
import { REGION_EDITION } from '$lib/contract/domain';
import { writeDataset } from '../../scripts/lib/dataset-writer';
import { nativeRows, openNative, type NativeConnection } from '../../scripts/lib/native-db';
import { loadFixture } from '../fixtures/load-fixture';
import { FIXTURE_PERIOD } from '../fixtures/kalimantan';
import { dbForDataset, fixtureDb, siteDb } from './setup';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'data/sample');
const parquet = (name: string) => `'${join(SAMPLE, `${name}.parquet`)}'`;

/** The reference villages of a regency, read from the CSV itself (code,district_code,name,type). */
function referenceVillages(regency: string): { code: string; district_code: string; name: string; type: string }[] {
	const [, ...lines] = readFileSync(join(ROOT, 'data/reference/villages.csv'), 'utf8').trim().split('\n');
	return lines
		.map((line) => {
			const [code, district_code, name, type] = line.split(',') as [string, string, string, string];
			return { code, district_code, name, type };
		})
		.filter((v) => v.code.startsWith(regency));
}

let native: NativeConnection;
let site: NodeDb;
beforeAll(async () => {
	[native, site] = await Promise.all([openNative(), siteDb()]);
});
afterAll(() => native?.closeSync());

const list = (db: NodeDb, regency: string, month: string) => db.query<VillageRow & Record<string, unknown>>(villageList({ regency, month }));

describe.each([
	['6201', 'Kabupaten Kotawaringin Barat'],
	['6271', 'Kota Palangka Raya']
])('the sample, regency %s (%s), December 2024', (regency) => {
	let rows: VillageRow[];
	beforeAll(async () => {
		rows = await list(site, regency, '2024-12');
	});

	test('one row per village of the reference CSV, in district then code order, with its district', async () => {
		const reference = referenceVillages(regency);
		expect(reference.length).toBeGreaterThan(20);
		expect(rows).toHaveLength(reference.length);
		const sorted = [...reference].sort((a, b) => a.district_code.localeCompare(b.district_code) || a.code.localeCompare(b.code));
		expect(rows.map((r) => [r.code, r.name, r.kind, r.district_code])).toEqual(sorted.map((v) => [v.code, v.name, v.type, v.district_code]));
		const districts = new Map(
			readFileSync(join(ROOT, 'data/reference/districts.csv'), 'utf8')
				.trim()
				.split('\n')
				.map((line) => line.split(','))
				.map(([code, , name]) => [code!, name!])
		);
		expect(rows.every((r) => r.district_name === districts.get(r.district_code))).toBe(true);
	});

	test('column totals equal an independent sum over the Parquet', async () => {
		const [expected] = await nativeRows<Record<string, number>>(
			native,
			`SELECT
			   (SELECT sum(active) FROM ${parquet('participation_village')} WHERE region_code LIKE $1 || '%' AND month = DATE '2024-12-01' AND segment = 'PU') AS active_pu,
			   (SELECT sum(active) FROM ${parquet('participation_village')} WHERE region_code LIKE $1 || '%' AND month = DATE '2024-12-01' AND segment = 'BPU') AS active_bpu,
			   (SELECT sum(active) FROM ${parquet('participation_village')} WHERE region_code LIKE $1 || '%' AND month = DATE '2024-12-01' AND segment = 'JAKON') AS active_jakon,
			   (SELECT sum(active) FROM ${parquet('participation_village')} WHERE region_code LIKE $1 || '%' AND month = DATE '2024-12-01' AND segment = 'PMI') AS active_pmi,
			   (SELECT sum(active) FROM ${parquet('participation_village')} WHERE region_code LIKE $1 || '%' AND month = DATE '2024-12-01' AND segment IN ('PU', 'BPU', 'JAKON')) AS active_ucj,
			   (SELECT sum(officials_covered) FROM ${parquet('villages_support')} WHERE village_code LIKE $1 || '%' AND year = 2024) AS officials_covered,
			   (SELECT sum(vulnerable_covered) FROM ${parquet('villages_support')} WHERE village_code LIKE $1 || '%' AND year = 2024) AS vulnerable_covered,
			   (SELECT sum(apbdes_people) FROM ${parquet('villages_support')} WHERE village_code LIKE $1 || '%' AND year = 2024) AS apbdes_people,
			   (SELECT sum(apbdes_idr) FROM ${parquet('villages_support')} WHERE village_code LIKE $1 || '%' AND year = 2024) AS apbdes_idr`,
			[regency]
		);
		const numbers = Object.fromEntries(Object.entries(expected!).map(([k, v]) => [k, Number(v)]));
		expect(numbers.active_pu).toBeGreaterThan(0);
		expect(villageTotals(rows)).toEqual(numbers);
	});

	test("one named village's row equals its values in the Parquet", async () => {
		// The regency's last village in the CSV, looked up by its name there.
		const { code, name } = referenceVillages(regency).at(-1)!;
		const [expected] = await nativeRows<Record<string, unknown>>(
			native,
			`WITH p AS (PIVOT (SELECT segment, active FROM ${parquet('participation_village')} WHERE region_code = $1 AND month = DATE '2024-12-01')
			            ON segment IN ('PU', 'BPU', 'JAKON', 'PMI') USING sum(active))
			 SELECT r.name, p.PU, p.BPU, p.JAKON, p.PMI, s.officials_covered, s.vulnerable_covered, s.apbdes_people, s.apbdes_idr
			 FROM ${parquet('regions')} AS r, p, ${parquet('villages_support')} AS s
			 WHERE r.code = $1 AND s.village_code = $1 AND s.year = 2024`,
			[code]
		);
		const n = (v: unknown) => (v == null ? null : Number(v));
		const row = rows.find((r) => r.name === name && r.code === code)!;
		expect(row).toMatchObject({
			name: expected!.name,
			active_pu: n(expected!.PU),
			active_bpu: n(expected!.BPU),
			active_jakon: n(expected!.JAKON),
			active_pmi: n(expected!.PMI),
			active_ucj: (n(expected!.PU) ?? 0) + (n(expected!.BPU) ?? 0) + (n(expected!.JAKON) ?? 0),
			officials_covered: n(expected!.officials_covered),
			vulnerable_covered: n(expected!.vulnerable_covered),
			apbdes_people: n(expected!.apbdes_people),
			apbdes_idr: n(expected!.apbdes_idr)
		});
	});
});

test('loadVillages attaches the province, reports its progress and returns the query’s rows', async () => {
	const progress: [number, number][] = [];
	const attached: string[] = [];
	const data = await loadVillages(
		site,
		(province, options) => {
			attached.push(province);
			return site.attachDetail(province, options);
		},
		{ regency: '6201', month: '2024-12' },
		{ onProgress: (loaded, total) => progress.push([loaded, total]) }
	);
	expect(attached).toEqual(['62']);
	expect(data.rows).toEqual(await list(site, '6201', '2024-12'));
	expect(data.rows).toHaveLength(referenceVillages('6201').length);
	// The sample's villages never sum above their regency (see quality_village_excess below).
	expect(data.excess).toEqual([]);
	// siteDb attached every province already: nothing is downloaded, so nothing is reported.
	expect(progress).toEqual([]);
});

test('hostile or malformed codes and months are refused before any SQL', () => {
	for (const regency of ["62'; DROP TABLE regions; --", '62', '620101', 'ID', '', '6201 ']) {
		expect(() => villageList({ regency, month: '2024-12' }), regency).toThrow(RangeError);
	}
	expect(() => villageList({ regency: '6201', month: '2024-13' })).toThrow(/invalid month/);
	expect(() => villageExcess({ codes: ["62' OR 1=1"] })).toThrow(/invalid area/);
});

describe('the hand-made fixture (figures worked out by hand)', () => {
	let db: NodeDb;
	beforeAll(async () => {
		db = await fixtureDb();
	});

	test('Kotawaringin Barat, December 2024: Sakabulin and Arga Mulya, by district', async () => {
		expect(await list(db, '6201', '2024-12')).toEqual([
			{
				code: '6201032003', name: 'Sakabulin', kind: 'desa', district_code: '620103', district_name: 'Kotawaringin Lama',
				active_pu: 320, active_bpu: 520, active_jakon: 40, active_pmi: 10, active_ucj: 320 + 520 + 40,
				officials_covered: 14, vulnerable_covered: 60, apbdes_people: 60, apbdes_idr: 12_096_000
			},
			{
				code: '6201062008', name: 'Arga Mulya', kind: 'desa', district_code: '620106', district_name: 'Pangkalan Banteng',
				active_pu: 450, active_bpu: 350, active_jakon: 20, active_pmi: 0, active_ucj: 450 + 350 + 20,
				officials_covered: 10, vulnerable_covered: 0, apbdes_people: 0, apbdes_idr: 0
			}
		]);
	});

	test('a month without village rows keeps every village, its counts null (never 0); support follows the year', async () => {
		const rows = await list(db, '6201', '2024-06');
		expect(rows.map((r) => [r.code, r.active_pu, r.active_ucj, r.active_pmi, r.officials_covered])).toEqual([
			['6201032003', null, null, null, 14],
			['6201062008', null, null, null, 10]
		]);
		// 2023: Sakabulin has support figures, Arga Mulya none.
		expect((await list(db, '6201', '2023-12')).map((r) => [r.code, r.active_pu, r.officials_covered, r.apbdes_idr])).toEqual([
			['6201032003', 300, 12, 8_064_000],
			['6201062008', 500, null, null]
		]);
	});

	test('a kota and its kelurahan: Pontianak (6171), December 2024', async () => {
		expect((await list(db, '6171', '2024-12')).map((r) => [r.code, r.name, r.kind, r.active_ucj, r.officials_covered])).toEqual([
			['6171011002', 'Benuamelayu Laut', 'kelurahan', 2_000 + 150 + 100, null]
		]);
	});

	test('quality_village_excess is empty: the fixture’s villages stay below their regencies', async () => {
		expect(await db.query(villageExcess({ codes: ['ID'] }))).toEqual([]);
	});
});

describe('quality_village_excess on a fixture copy where one village sums above its regency', () => {
	let db: NodeDb;
	let dir: string;
	beforeAll(async () => {
		// Natai Sedawak (6208012001), the only village of Sukamara in the fixture: PU 300 -> 6,000 in
		// December 2024, above Sukamara's own PU 5,400. BPU 110 + 1,600 = 1,710 > 1,600 too.
		const conn = await loadFixture();
		await conn.run(`UPDATE participation_village SET active = 6000 WHERE region_code = '6208012001' AND month = DATE '2024-12-01' AND segment = 'PU'`);
		await conn.run(`UPDATE participation_village SET active = 1710 WHERE region_code = '6208012001' AND month = DATE '2024-12-01' AND segment = 'BPU'`);
		dir = mkdtempSync(join(tmpdir(), 'cakupan-excess-'));
		await writeDataset(conn, dir, {
			name: 'cakupan-excess',
			title: 'Fixture with a village above its regency',
			version: 'excess-1',
			synthetic: true,
			region_edition: REGION_EDITION,
			period: { ...FIXTURE_PERIOD },
			sources: [{ name: 'Hand-made test fixture', note: 'tests/sql/villages.test.ts' }],
			generated_at: '2026-12-01T00:00:00.000Z'
		});
		conn.closeSync();
		db = await dbForDataset(dir);
	});

	test('the rollup holds exactly the two groups, as worked out by hand', async () => {
		const expected: VillageExcessRow[] = [
			{ region_code: '6208', month: '2024-12', segment: 'BPU', villages_active: 1_710, regency_active: 1_600 },
			{ region_code: '6208', month: '2024-12', segment: 'PU', villages_active: 6_000, regency_active: 5_400 }
		];
		expect(await db.query(villageExcess({ codes: ['6208'] }))).toEqual(expected);
		expect(await db.query(villageExcess({ codes: ['62'] }))).toEqual(expected);
		expect(await db.query(villageExcess({ codes: ['ID'] }))).toEqual(expected);
		expect(await db.query(villageExcess({ codes: ['6201', '61'] }))).toEqual([]);
		expect(await db.query(villageExcess({ codes: [] }))).toEqual([]);
	});

	test('the rollup equals an independent query over the dataset’s Parquet', async () => {
		const expected = await nativeRows(
			native,
			`SELECT v.r AS region_code, strftime(v.m, '%Y-%m') AS month, v.s AS segment, v.a::DOUBLE AS villages_active, p.active::DOUBLE AS regency_active
			 FROM (SELECT substr(region_code, 1, 4) AS r, month AS m, segment AS s, sum(active) AS a
			       FROM '${join(dir, 'participation_village.parquet')}' GROUP BY 1, 2, 3) AS v
			 JOIN '${join(dir, 'participation.parquet')}' AS p ON p.region_code = v.r AND p.month = v.m AND p.segment = v.s
			 WHERE v.a > p.active ORDER BY 1, 2, 3`
		);
		expect(expected).toHaveLength(2);
		expect(await db.query(villageExcess({ codes: ['ID'] }))).toEqual(expected);
	});

	test('the village list beside it: loadVillages returns the regency’s notes with its rows', async () => {
		const data = await loadVillages(db, db.attachDetail, { regency: '6208', month: '2024-12' });
		expect(data.rows.map((r) => [r.code, r.active_pu, r.active_bpu])).toEqual([['6208012001', 6_000, 1_710]]);
		expect(data.excess.map((r) => r.segment)).toEqual(['BPU', 'PU']);
	});
});

test('quality_village_excess on the sample equals an independent query over its Parquet', async () => {
	const expected = await nativeRows(
		native,
		`SELECT v.r AS region_code, strftime(v.m, '%Y-%m') AS month, v.s AS segment, v.a::DOUBLE AS villages_active, p.active::DOUBLE AS regency_active
		 FROM (SELECT substr(region_code, 1, 4) AS r, month AS m, segment AS s, sum(active) AS a
		       FROM ${parquet('participation_village')} GROUP BY 1, 2, 3) AS v
		 JOIN ${parquet('participation')} AS p ON p.region_code = v.r AND p.month = v.m AND p.segment = v.s
		 WHERE v.a > p.active ORDER BY 1, 2, 3`
	);
	expect(await site.query(villageExcess({ codes: ['ID'] }))).toEqual(expected);
});

test('a dataset without village detail builds an empty quality_village_excess', async () => {
	const conn = await loadFixture();
	const dir = mkdtempSync(join(tmpdir(), 'cakupan-novillages-'));
	await writeDataset(
		conn,
		dir,
		{
			name: 'cakupan-novillages',
			title: 'Fixture without village detail',
			version: 'novillages-1',
			synthetic: true,
			region_edition: REGION_EDITION,
			period: { ...FIXTURE_PERIOD },
			sources: [{ name: 'Hand-made test fixture', note: 'tests/sql/villages.test.ts' }],
			generated_at: '2026-12-01T00:00:00.000Z'
		},
		{ tables: ['regions', 'workforce', 'ucj_targets', 'participation', 'participation_programme'] }
	);
	conn.closeSync();
	const db = await dbForDataset(dir);
	expect(db.database.detail).toEqual({});
	expect(db.database.tables.quality_village_excess).toBe(0);
	expect(await db.query(villageExcess({ codes: ['ID'] }))).toEqual([]);
});
