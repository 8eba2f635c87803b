/**
 * The policy evidence queries on the built sample (DuckDB-WASM over the site's file, as the
 * browser runs them), against values looked up once and written here by hand, and against an
 * independent native query over the sample's Parquet. The optional tables: a database without
 * them gets no query at all (null: the view says "no data").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NodeDb } from '$lib/data/node';
import { budgetByRegion, hasTable, policyEvidence, type BudgetRow, type RegionBudgetRow, type RegulationRow } from '$lib/queries/policy';
import { DEFAULT_DATASET, DEFAULT_OUT_DIR } from '../../scripts/build-db';
import { nativeRows, openNative, type NativeConnection } from '../../scripts/lib/native-db';
import { siteDb } from './setup';

const PARQUET = (name: string) => `read_parquet('${join(DEFAULT_DATASET, `${name}.parquet`)}')`;

let db: NodeDb;
let parquet: NativeConnection;
let tables: Record<string, number>;
beforeAll(async () => {
	db = await siteDb();
	parquet = await openNative();
	tables = (JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, 'dataset.json'), 'utf8')) as { database: { tables: Record<string, number> } }).database.tables;
}, 120_000);
afterAll(() => parquet?.closeSync());

describe('policyEvidence', () => {
	test('6208 Sukamara, 2021 and 2022: its own and Kalimantan Tengah’s regulations, by year, province first', async () => {
		const q = policyEvidence({ regency: '6208', years: [2021, 2022], tables });
		const rows = await db.query<RegulationRow & Record<string, unknown>>(q.regulations!);
		expect(rows.map((r) => [r.region_code, r.year, r.type, r.number, r.issued_on])).toEqual([
			['62', 2021, 'pergub', '11', '2021-06-02'],
			['6208', 2021, 'perbup', '16', '2021-07-02'],
			['62', 2022, 'keputusan', '560/9', '2022-02-13'],
			['6208', 2022, 'keputusan', '560/32', '2022-02-10']
		]);
		expect(rows[0]!.title).toBe('Peraturan Gubernur tentang Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan');
		// Another regency's (6201's 2023 perbup) and another year's never come in.
		expect((await db.query(policyEvidence({ regency: '6208', years: [2023, 2024], tables }).regulations!))).toEqual([]);
	});

	test('every regency of province 62, 2022 and 2023: the same rows as a plain query over the Parquet', async () => {
		const regencies = (await nativeRows<{ code: string }>(parquet, `SELECT code FROM ${PARQUET('regions')} WHERE level = 'regency' AND province_code = '62' ORDER BY code`)).map((r) => r.code);
		for (const regency of regencies) {
			const got = await db.query<RegulationRow & Record<string, unknown>>(policyEvidence({ regency, years: [2022, 2023], tables }).regulations!);
			const want = await nativeRows<Record<string, unknown>>(
				parquet,
				`SELECT region_code, year, type, number, title, strftime(issued_on, '%Y-%m-%d') AS issued_on
				 FROM ${PARQUET('regional_regulations')}
				 WHERE (region_code = '62' OR region_code = '${regency}') AND year BETWEEN 2022 AND 2023`
			);
			const key = (r: Record<string, unknown>) => `${r.year} ${r.region_code} ${r.issued_on} ${r.type} ${r.number}`;
			expect(got.map(key), regency).toEqual(want.map(key).sort());
			expect(got.map((r) => r.title).sort(), regency).toEqual(want.map((r) => r.title).sort());
		}
	});

	test('APBD of 6208 and of 62 in 2024 and 2025 (hand-checked rows of regional_budget)', async () => {
		const rows = await db.query<BudgetRow & Record<string, unknown>>(policyEvidence({ regency: '6208', years: [2024, 2025], tables }).budget!);
		expect(rows).toEqual([
			{ region_code: '62', year: 2024, vulnerable_idr: 3_607_000_000, vulnerable_people: 17_890, non_asn_idr: 7_953_000_000, non_asn_people: 32_536 },
			{ region_code: '62', year: 2025, vulnerable_idr: 3_721_000_000, vulnerable_people: 18_457, non_asn_idr: 8_784_000_000, non_asn_people: 33_838 },
			{ region_code: '6208', year: 2024, vulnerable_idr: 426_000_000, vulnerable_people: 2_112, non_asn_idr: 384_000_000, non_asn_people: 1_741 },
			{ region_code: '6208', year: 2025, vulnerable_idr: 446_000_000, vulnerable_people: 2_210, non_asn_idr: 425_000_000, non_asn_people: 1_811 }
		]);
	});

	test('a year the data lacks is a row of nulls (no data), never a cut to zero', async () => {
		const rows = await db.query<BudgetRow & Record<string, unknown>>(policyEvidence({ regency: '6208', years: [2025, 2026], tables }).budget!);
		expect(rows.map((r) => [r.region_code, r.year, r.vulnerable_idr, r.non_asn_people])).toEqual([
			['62', 2025, 3_721_000_000, 33_838],
			['62', 2026, null, null],
			['6208', 2025, 446_000_000, 1_811],
			['6208', 2026, null, null]
		]);
	});

	test('a database without the optional tables gets no query: null, which the view shows as no data', () => {
		const { regional_budget: _b, regional_regulations: _r, ...without } = tables;
		expect(hasTable(tables, 'regional_budget')).toBe(true);
		expect(hasTable(without, 'regional_budget')).toBe(false);
		expect(policyEvidence({ regency: '6208', years: [2024, 2025], tables: without })).toEqual({ regulations: null, budget: null });
		const { regional_budget: _only, ...noBudget } = tables;
		const q = policyEvidence({ regency: '6208', years: [2024, 2025], tables: noBudget });
		expect(q.budget).toBeNull();
		expect(q.regulations).not.toBeNull();
		expect(budgetByRegion({ codes: ['6208'], year: 2025, tables: without })).toBeNull();
	});
});

describe('budgetByRegion', () => {
	test('Kalimantan Tengah and its regencies in 2025: the Parquet’s rows, 6208 written out', async () => {
		const codes = ['62', ...(await nativeRows<{ code: string }>(parquet, `SELECT code FROM ${PARQUET('regions')} WHERE level = 'regency' AND province_code = '62'`)).map((r) => r.code)];
		const rows = await db.query<RegionBudgetRow & Record<string, unknown>>(budgetByRegion({ codes, year: 2025, tables })!);
		const want = await nativeRows<RegionBudgetRow>(
			parquet,
			`SELECT region_code, vulnerable_people::DOUBLE AS vulnerable_people, vulnerable_idr::DOUBLE AS vulnerable_idr
			 FROM ${PARQUET('regional_budget')} WHERE year = 2025 AND left(region_code, 2) = '62' ORDER BY region_code`
		);
		expect(rows).toHaveLength(15);
		expect(rows).toEqual(want);
		expect(rows.find((r) => r.region_code === '6208')).toEqual({ region_code: '6208', vulnerable_people: 2_210, vulnerable_idr: 446_000_000 });
		expect(await db.query(budgetByRegion({ codes: ['6208'], year: 2026, tables })!)).toEqual([]);
	});
});

test('hostile or malformed input never reaches SQL text', () => {
	expect(() => policyEvidence({ regency: "6208' OR 1=1 --", years: [2024, 2025], tables })).toThrow(/invalid area/);
	expect(() => policyEvidence({ regency: '62', years: [2024, 2025], tables })).toThrow(/not a regency code/);
	expect(() => policyEvidence({ regency: '6208', years: [2024.5, 2025], tables })).toThrow(/invalid year/);
	expect(() => budgetByRegion({ codes: ['ID'], year: 2025, tables })).toThrow(/not a province or regency code/);
	const q = policyEvidence({ regency: '6208', years: [2024, 2025], tables });
	expect(q.regulations!.text).not.toMatch(/6208|2024/);
	expect(q.regulations!.params).toEqual(['62', '6208', 2024, 2025]);
});
