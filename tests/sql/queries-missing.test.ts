/**
 * The query builders outside the rollups over rows that lack values (issue 11: a user's file may
 * leave out columns no figure needs): a sum over rows where any lacks the value is NULL ("no
 * data"), never a partial sum or 0; sums over complete rows, and other provinces' sums, are
 * unaffected. Policy rows are read one per region and year (no sum): a missing value stays NULL.
 * On both engines: DuckDB-WASM (the browser) and native DuckDB (the snapshot build).
 *
 * Rows, worked out by hand:
 *   participation_programme   December 2024            December 2023
 *     6201 (Kalimantan Tengah) JKK 100, JKM 80, JHT 60  JKK 90, JKM 70
 *     6208 (Kalimantan Tengah) JKK 50, JKM missing      JKK 40, JKM 30
 *     6104 (Kalimantan Barat)  JKK missing, JKM 20      JKK 10
 *   → 6201 + 6208, Dec 2024 vs 2023: JKK 150 / 130; JKM NULL (6208 lacks it) / 100; JHT 60 / NULL
 *     (no 2023 row); JP, JKP NULL (no rows). 6201 alone: JKK 100 / 90, JKM 80 / 70.
 *     6104: JKK NULL / 10, JKM 20 / NULL.
 *   participation_village, December 2024 (regency 6201, district 620101)
 *     6201012001  PU 10, BPU 5, JAKON 2, PMI 1   → ucj 17
 *     6201012002  PU 20, BPU missing, JAKON 3, PMI 0 → BPU NULL, ucj NULL (PU + BPU + JAKON)
 *   villages_support 2024: 6201012001 officials 7, vulnerable missing, APBDes 4 people, Rp1.000.000
 *   regional_budget 2024: 62 vulnerable 1.000 people, Rp2 miliar, non-ASN missing
 */
import { afterAll, describe, expect, test } from 'vitest';
import { createTableSql, type TableName } from '$lib/contract/schema';
import type { Sql } from '$lib/data/connector';
import { detailSchema } from '$lib/data/database';
import { createNodeEngine } from '$lib/data/node';
import { tableToRows } from '$lib/data/rows';
import { programmeChange } from '$lib/queries/programmes';
import { policyEvidence } from '$lib/queries/policy';
import { villageList } from '$lib/queries/villages';
import { nativeRows, openNative, type NativeConnection } from '../../scripts/lib/native-db';

const DETAIL = detailSchema('62');
const SETUP = [
	...(['regions', 'participation_programme', 'regional_budget', 'regional_regulations'] as TableName[]).map((t) => createTableSql(t, undefined, { valuesMayBeMissing: true })),
	`CREATE SCHEMA ${DETAIL}`,
	...(['participation_village', 'villages_support'] as TableName[]).map((t) => createTableSql(t, `${DETAIL}.${t}`, { valuesMayBeMissing: true })),
	`INSERT INTO regions (code, name, level, parent_code, province_code, kind) VALUES
	   ('620101', 'Kumai', 'district', '6201', '62', 'kecamatan'),
	   ('6201012001', 'Desa Satu', 'village', '620101', '62', 'desa'),
	   ('6201012002', 'Desa Dua', 'village', '620101', '62', 'desa')`,
	`INSERT INTO participation_programme (region_code, month, segment, programme, active) VALUES
	   ('6201', DATE '2024-12-01', 'PU', 'JKK', 100), ('6201', DATE '2024-12-01', 'PU', 'JKM', 80), ('6201', DATE '2024-12-01', 'PU', 'JHT', 60),
	   ('6208', DATE '2024-12-01', 'PU', 'JKK', 50), ('6208', DATE '2024-12-01', 'PU', 'JKM', NULL),
	   ('6104', DATE '2024-12-01', 'PU', 'JKK', NULL), ('6104', DATE '2024-12-01', 'PU', 'JKM', 20),
	   ('6201', DATE '2023-12-01', 'PU', 'JKK', 90), ('6201', DATE '2023-12-01', 'PU', 'JKM', 70),
	   ('6208', DATE '2023-12-01', 'PU', 'JKK', 40), ('6208', DATE '2023-12-01', 'PU', 'JKM', 30),
	   ('6104', DATE '2023-12-01', 'PU', 'JKK', 10)`,
	`INSERT INTO ${DETAIL}.participation_village (region_code, month, segment, active) VALUES
	   ('6201012001', DATE '2024-12-01', 'PU', 10), ('6201012001', DATE '2024-12-01', 'BPU', 5),
	   ('6201012001', DATE '2024-12-01', 'JAKON', 2), ('6201012001', DATE '2024-12-01', 'PMI', 1),
	   ('6201012002', DATE '2024-12-01', 'PU', 20), ('6201012002', DATE '2024-12-01', 'BPU', NULL),
	   ('6201012002', DATE '2024-12-01', 'JAKON', 3), ('6201012002', DATE '2024-12-01', 'PMI', 0)`,
	`INSERT INTO ${DETAIL}.villages_support (village_code, year, officials_covered, vulnerable_covered, apbdes_people, apbdes_idr) VALUES
	   ('6201012001', 2024, 7, NULL, 4, 1000000)`,
	`INSERT INTO regional_budget (region_code, year, vulnerable_idr, vulnerable_people, non_asn_idr, non_asn_people) VALUES
	   ('62', 2024, 2000000000, 1000, NULL, NULL)`
];

type Run = (q: Sql | string) => Promise<Record<string, unknown>[]>;

let native: NativeConnection | undefined;
const engines: [string, () => Promise<Run>][] = [
	['wasm', async () => {
		const conn = (await createNodeEngine()).connect();
		return async (q) => {
			if (typeof q === 'string') return tableToRows(conn.query(q));
			const statement = conn.prepare(q.text);
			try {
				return tableToRows(statement.query(...q.params));
			} finally {
				statement.close();
			}
		};
	}],
	['native', async () => {
		native = await openNative();
		const conn = native;
		return (q) => (typeof q === 'string' ? nativeRows(conn, q) : nativeRows(conn, q.text, q.params.length ? [...q.params] : undefined));
	}]
];
afterAll(() => native?.closeSync());

describe.each(engines)('on %s DuckDB', (_name, open) => {
	let run: Run;
	test('setup: contract tables whose non-key values may be missing', async () => {
		run = await open();
		for (const statement of SETUP) await run(statement);
	});

	test('programmes of 6201 + 6208: a regency lacking JKM makes the JKM sum NULL; JKK still adds up', async () => {
		expect(await run(programmeChange({ codes: ['6201', '6208'], month: '2024-12' }))).toEqual([
			{ programme: 'JKK', active: 150, active_prev: 130 },
			{ programme: 'JKM', active: null, active_prev: 100 },
			{ programme: 'JHT', active: 60, active_prev: null },
			{ programme: 'JP', active: null, active_prev: null },
			{ programme: 'JKP', active: null, active_prev: null }
		]);
	});

	test('programmes of 6201 alone, and of Kalimantan Barat’s 6104: each only its own rows’ gaps', async () => {
		expect((await run(programmeChange({ codes: ['6201'], month: '2024-12' }))).slice(0, 2)).toEqual([
			{ programme: 'JKK', active: 100, active_prev: 90 },
			{ programme: 'JKM', active: 80, active_prev: 70 }
		]);
		expect((await run(programmeChange({ codes: ['6104'], month: '2024-12' }))).slice(0, 2)).toEqual([
			{ programme: 'JKK', active: null, active_prev: 10 },
			{ programme: 'JKM', active: 20, active_prev: null }
		]);
	});

	test('villages: a village lacking BPU has BPU and its UCJ sum NULL; the other village and other segments add up', async () => {
		const rows = await run(villageList({ regency: '6201', month: '2024-12' }));
		expect(rows.map(({ code, active_pu, active_bpu, active_jakon, active_pmi, active_ucj, officials_covered, vulnerable_covered, apbdes_people, apbdes_idr }) => ({ code, active_pu, active_bpu, active_jakon, active_pmi, active_ucj, officials_covered, vulnerable_covered, apbdes_people, apbdes_idr }))).toEqual([
			{ code: '6201012001', active_pu: 10, active_bpu: 5, active_jakon: 2, active_pmi: 1, active_ucj: 17, officials_covered: 7, vulnerable_covered: null, apbdes_people: 4, apbdes_idr: 1_000_000 },
			{ code: '6201012002', active_pu: 20, active_bpu: null, active_jakon: 3, active_pmi: 0, active_ucj: null, officials_covered: null, vulnerable_covered: null, apbdes_people: null, apbdes_idr: null }
		]);
	});

	test('policy: a budget row without its non-ASN figures reads NULL there, its vulnerable figures as given', async () => {
		const { budget } = policyEvidence({ regency: '6201', years: [2023, 2024], tables: { regional_budget: 1, regional_regulations: 0 } });
		const rows = await run(budget!);
		expect(rows.find((r) => r.region_code === '62' && r.year === 2024)).toEqual({
			region_code: '62', year: 2024, vulnerable_idr: 2_000_000_000, vulnerable_people: 1000, non_asn_idr: null, non_asn_people: null
		});
		expect(rows.find((r) => r.region_code === '62' && r.year === 2023)).toMatchObject({ vulnerable_people: null, non_asn_people: null });
	});
});
