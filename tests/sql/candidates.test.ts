/**
 * The panel view's query builders (`queries/candidates.ts`) on the browser's engine over the
 * site's built file, against plain native queries over the sample's Parquet written another
 * way, and a few rows looked up once and written here by hand. A database without an optional
 * table gets no query at all (null).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NodeDb } from '$lib/data/node';
import { candidateList, employersOf, policyByYear, type CandidateRow, type EmployerRow, type PolicyYearRow } from '$lib/queries/candidates';
import { DEFAULT_DATASET, DEFAULT_OUT_DIR } from '../../scripts/build-db';
import { nativeRows, openNative, type NativeConnection } from '../../scripts/lib/native-db';
import { siteDb } from './setup';

const PARQUET = (name: string) => `read_parquet('${join(DEFAULT_DATASET, `${name}.parquet`)}')`;

let db: NodeDb;
let native: NativeConnection;
let tables: Record<string, number>;
beforeAll(async () => {
	db = await siteDb();
	native = await openNative();
	tables = (JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, 'dataset.json'), 'utf8')) as { database: { tables: Record<string, number> } }).database.tables;
}, 180_000);
afterAll(() => native?.closeSync());

/** Numbers as numbers (the native reader gives BigInt counts as numbers already; DOUBLE stays). */
const plain = <T>(rows: T[]) => JSON.parse(JSON.stringify(rows)) as T[];

describe('candidateList', () => {
	test('every row of candidates.parquet, all columns, latest year first, then province and id', async () => {
		const got = await db.query<CandidateRow & Record<string, unknown>>(candidateList({ tables })!);
		// Ordered here by a different route: the year descending as a negated key.
		const want = await nativeRows<CandidateRow & Record<string, unknown>>(native, `SELECT * FROM ${PARQUET('candidates')} ORDER BY -assessment_year, province_code, candidate_id`);
		expect(want.length).toBeGreaterThan(20);
		expect(got.map((r) => Object.keys(r))[0]).toEqual(Object.keys(want[0]!));
		expect(plain(got)).toEqual(plain(want));
	});

	test('hand-checked rows: Ketapang first of Kalimantan Barat 2024, Arga Mulya with its two codes', async () => {
		// Looked up once in data/sample/candidates.parquet (source 003 for Kalimantan Barat's ranks,
		// the ambiguous village from the seed list); these rows come from the seeds, not the generator.
		const rows = await db.query<CandidateRow & Record<string, unknown>>(candidateList({ tables })!);
		expect(rows.find((r) => r.candidate_id === 'PA2025-61-001')).toMatchObject({
			edition: 'Paritrana Award 2025',
			assessment_year: 2024,
			province_code: '61',
			category: 'regency_government',
			candidate: 'Kabupaten Ketapang',
			candidate_kind: 'regency_government',
			region_code: '6104',
			employer_id: null,
			result: 1
		});
		expect(rows.find((r) => r.candidate_id === 'PA2025-62-010')).toMatchObject({ candidate: 'Desa Arga Mulya', region_code: '6201062008|6209032037', result: null });
		expect(rows.find((r) => r.candidate_id === 'PA2025-62-002')).toMatchObject({ candidate: 'LKP Enter', employer_id: 'EMP-62-S02', region_code: null });
	});

	test('null without the table', () => {
		const { candidates: _, ...without } = tables;
		expect(candidateList({ tables: without })).toBeNull();
	});
});

describe('policyByYear', () => {
	test('equals a union of keys with scalar subqueries over regional_regulations and regional_budget', async () => {
		const got = await db.query<PolicyYearRow & Record<string, unknown>>(policyByYear({ tables })!);
		const want = await nativeRows<PolicyYearRow & Record<string, unknown>>(
			native,
			`WITH keys AS (
			   SELECT region_code, year FROM ${PARQUET('regional_regulations')}
			   UNION
			   SELECT region_code, year FROM ${PARQUET('regional_budget')})
			 SELECT k.region_code, k.year,
			        (SELECT count(*) FROM ${PARQUET('regional_regulations')} AS r WHERE r.region_code = k.region_code AND r.year = k.year)::DOUBLE AS regulations,
			        (SELECT b.vulnerable_people FROM ${PARQUET('regional_budget')} AS b WHERE b.region_code = k.region_code AND b.year = k.year)::DOUBLE AS vulnerable_people,
			        (SELECT b.vulnerable_idr FROM ${PARQUET('regional_budget')} AS b WHERE b.region_code = k.region_code AND b.year = k.year)::DOUBLE AS vulnerable_idr,
			        (SELECT b.non_asn_people FROM ${PARQUET('regional_budget')} AS b WHERE b.region_code = k.region_code AND b.year = k.year)::DOUBLE AS non_asn_people,
			        (SELECT b.non_asn_idr FROM ${PARQUET('regional_budget')} AS b WHERE b.region_code = k.region_code AND b.year = k.year)::DOUBLE AS non_asn_idr
			 FROM keys AS k ORDER BY k.region_code, k.year`
		);
		expect(want.length).toBeGreaterThan(500);
		expect(plain(got)).toEqual(plain(want));
	});

	test('hand-checked: Ketapang (6104) 2023 and 2024, Sukamara (6208) 2021', async () => {
		// Looked up once in regional_regulations.parquet (6104: one regulation in 2022, two in 2023;
		// 6208: one in 2021 and one in 2022) and regional_budget.parquet (6104 2024: 7.081 vulnerable
		// people for Rp1.428.000.000, 5.455 non-ASN for Rp898.000.000).
		const rows = await db.query<PolicyYearRow & Record<string, unknown>>(policyByYear({ tables })!);
		const at = (code: string, year: number) => rows.find((r) => r.region_code === code && r.year === year);
		expect(at('6104', 2022)?.regulations).toBe(1);
		expect(at('6104', 2023)?.regulations).toBe(2);
		expect(at('6104', 2024)).toEqual({
			region_code: '6104', year: 2024, regulations: 0, vulnerable_people: 7081, vulnerable_idr: 1_428_000_000, non_asn_people: 5455, non_asn_idr: 898_000_000
		});
		expect(at('6208', 2021)?.regulations).toBe(1);
	});

	test('regulations only, budget only, neither', async () => {
		const { regional_budget: _b, ...regsOnly } = tables;
		const { regional_regulations: _r, ...budgetOnly } = tables;
		const { regional_budget: _b2, regional_regulations: _r2, ...neither } = tables;
		expect(policyByYear({ tables: neither })).toBeNull();
		const regs = await db.query<PolicyYearRow & Record<string, unknown>>(policyByYear({ tables: regsOnly })!);
		const [{ n }] = (await nativeRows<{ n: number }>(native, `SELECT count(DISTINCT (region_code, year)) AS n FROM ${PARQUET('regional_regulations')}`)) as [{ n: number }];
		expect(regs).toHaveLength(n);
		expect(regs.every((r) => r.vulnerable_people === null && r.regulations! >= 1)).toBe(true);
		// Without the regulations table the count is unknown (null), never 0.
		const budget = await db.query<PolicyYearRow & Record<string, unknown>>(policyByYear({ tables: budgetOnly })!);
		expect(budget.every((r) => r.regulations === null)).toBe(true);
	});
});

describe('employersOf', () => {
	test("Kalimantan Tengah's employers of 2024 equal the Parquet rows", async () => {
		const got = await db.query<EmployerRow & Record<string, unknown>>(employersOf({ province: '62', years: [2024], tables })!);
		const want = await nativeRows<EmployerRow & Record<string, unknown>>(
			native,
			`SELECT employer_id, year, name, region_code, province_code, size, sector, workers, workers_registered,
			        has_jkk, has_jkm, has_jht, has_jp, has_jkp, wage_reported_idr, wage_reference_idr, months_in_arrears, vulnerable_sponsored
			 FROM ${PARQUET('employers')} WHERE province_code = '62' AND year = 2024 ORDER BY employer_id`
		);
		expect(want.length).toBeGreaterThan(7);
		expect(plain(got)).toEqual(plain(want));
	});

	test('hand-checked: LKP Enter (EMP-62-S02) in 2024', async () => {
		// Looked up once in employers.parquet: a small training institute, 6 workers all
		// registered, JKK/JKM/JHT without JP, Rp4.108.000 reported against Rp3.772.000.
		const rows = await db.query<EmployerRow & Record<string, unknown>>(employersOf({ province: '62', years: [2023, 2024], tables })!);
		const enter = rows.filter((r) => r.employer_id === 'EMP-62-S02');
		expect(enter.map((r) => r.year)).toEqual([2023, 2024]);
		expect(enter[1]).toMatchObject({
			name: 'LKP Enter', size: 'small', workers: 6, workers_registered: 6, has_jkk: true, has_jkm: true, has_jht: true, has_jp: false,
			wage_reported_idr: 4_108_000, wage_reference_idr: 3_772_000, months_in_arrears: 0
		});
	});

	test('null without the table; bad province or year refused before any SQL', () => {
		const { employers: _, ...without } = tables;
		expect(employersOf({ province: '62', years: [2024], tables: without })).toBeNull();
		expect(() => employersOf({ province: '6201', years: [2024], tables })).toThrow();
		expect(() => employersOf({ province: "62' OR 1=1", years: [2024], tables })).toThrow();
		expect(() => employersOf({ province: '62', years: [2024.5], tables })).toThrow(/invalid year/);
	});
});
