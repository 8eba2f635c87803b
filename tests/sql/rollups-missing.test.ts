/**
 * The shared rollup statements over rows that lack values (a user's office summary with active
 * counts only): a total is NULL wherever any row it adds up lacks the value, never a partial sum
 * or 0, at every level; complete columns still add up. On both engines: native DuckDB (the build)
 * and DuckDB-WASM (the browser, which rebuilds the rollups over a user's rows).
 *
 * Rows (December 2024, Kalimantan Tengah), worked out by hand:
 *   participation 6201 PU active 100 non_active 10; 6201 BPU active 50 non_active missing;
 *                 6208 PU active 30 non_active 5; 6208 BPU active 20 non_active 7
 *   workforce     6201 2024 eligible 1,000, formal missing; 6208 2024 eligible 500, formal 200
 */
import { afterAll, describe, expect, test } from 'vitest';
import { createTableSql, type TableName } from '$lib/contract/schema';
import { createNodeEngine } from '$lib/data/node';
import { tableToRows } from '$lib/data/rows';
import { ROLLUP_STATEMENTS, rollupSources } from '$lib/queries/rollups';
import { nativeRows, openNative, type NativeConnection } from '../../scripts/lib/native-db';

const SETUP = [
	...(['regions', 'participation', 'workforce', 'ucj_targets'] as TableName[]).map((t) => createTableSql(t, undefined, { valuesMayBeMissing: true })),
	`INSERT INTO participation (region_code, month, segment, active, non_active) VALUES
	   ('6201', DATE '2024-12-01', 'PU', 100, 10), ('6201', DATE '2024-12-01', 'BPU', 50, NULL), ('6208', DATE '2024-12-01', 'PU', 30, 5),
	   ('6208', DATE '2024-12-01', 'BPU', 20, 7)`,
	`INSERT INTO workforce (region_code, year, working_population, formal, informal, eligible) VALUES
	   ('6201', 2024, 1500, NULL, 900, 1000), ('6208', 2024, 700, 200, 500, 500)`,
	`INSERT INTO ucj_targets VALUES ('62', 2024, 55)`
];

type Run = (text: string) => Promise<Record<string, unknown>[]>;

let native: NativeConnection | undefined;
const engines: [string, () => Promise<Run>][] = [
	['native', async () => {
		native = await openNative();
		const conn = native;
		return (text) => nativeRows(conn, text);
	}],
	['wasm', async () => {
		const bindings = await createNodeEngine();
		const conn = bindings.connect();
		return async (text) => tableToRows(conn.query(text));
	}]
];
afterAll(() => native?.closeSync());

test('each rollup names the contract tables it is computed from', () => {
	expect(rollupSources('area_monthly').sort()).toEqual(['participation', 'ucj_targets', 'workforce']);
	expect(rollupSources('quality_village_excess').sort()).toEqual(['participation', 'participation_village']);
	expect(rollupSources('area_names')).toEqual(['regions']);
});

describe.each(engines)('on %s DuckDB', (_name, open) => {
	let run: Run;
	test('setup: the rollup statements run over tables whose non-key values may be missing', async () => {
		run = await open();
		for (const statement of [...SETUP, ...ROLLUP_STATEMENTS]) await run(statement);
	});

	test('area_month: a missing non-active count makes its regency, province and national totals NULL', async () => {
		expect(await run(`SELECT area_code, segment, active, non_active FROM area_month ORDER BY area_code, segment`)).toEqual([
			{ area_code: '62', segment: 'BPU', active: 70, non_active: null },
			{ area_code: '62', segment: 'PU', active: 130, non_active: 15 },
			{ area_code: '6201', segment: 'BPU', active: 50, non_active: null },
			{ area_code: '6201', segment: 'PU', active: 100, non_active: 10 },
			{ area_code: '6208', segment: 'BPU', active: 20, non_active: 7 },
			{ area_code: '6208', segment: 'PU', active: 30, non_active: 5 },
			{ area_code: 'ID', segment: 'BPU', active: 70, non_active: null },
			{ area_code: 'ID', segment: 'PU', active: 130, non_active: 15 }
		]);
	});

	test('area_year: a missing formal count makes the totals that include it NULL', async () => {
		expect(await run(`SELECT area_code, working, formal, informal, eligible FROM area_year ORDER BY area_code`)).toEqual([
			{ area_code: '62', working: 2200, formal: null, informal: 1400, eligible: 1500 },
			{ area_code: '6201', working: 1500, formal: null, informal: 900, eligible: 1000 },
			{ area_code: '6208', working: 700, formal: 200, informal: 500, eligible: 500 },
			{ area_code: 'ID', working: 2200, formal: null, informal: 1400, eligible: 1500 }
		]);
	});

	test('area_monthly: non-active NULL where a segment lacks it, segments without rows NULL, the rest summed', async () => {
		expect(await run(`SELECT code, active_all, active_ucj, active_pu, active_bpu, active_jakon, active_pmi, non_active_all, formal, eligible, target_pct
		                  FROM area_monthly ORDER BY code`)).toEqual([
			{ code: '62', active_all: 200, active_ucj: 200, active_pu: 130, active_bpu: 70, active_jakon: null, active_pmi: null, non_active_all: null, formal: null, eligible: 1500, target_pct: 55 },
			{ code: '6201', active_all: 150, active_ucj: 150, active_pu: 100, active_bpu: 50, active_jakon: null, active_pmi: null, non_active_all: null, formal: null, eligible: 1000, target_pct: 55 },
			{ code: '6208', active_all: 50, active_ucj: 50, active_pu: 30, active_bpu: 20, active_jakon: null, active_pmi: null, non_active_all: 12, formal: 200, eligible: 500, target_pct: 55 },
			{ code: 'ID', active_all: 200, active_ucj: 200, active_pu: 130, active_bpu: 70, active_jakon: null, active_pmi: null, non_active_all: null, formal: null, eligible: 1500, target_pct: null }
		]);
	});
});
