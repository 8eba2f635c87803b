/**
 * The regional-office view's model on the hand-made fixture (tests/fixtures/kalimantan.ts),
 * loaded through DuckDB-WASM over the built fixture database, against figures worked out by hand:
 *
 * December 2024, active PU + BPU + JAKON over eligible workers, province targets 61: 45 %, 62: 55 %:
 *   6104 Ketapang         31,000 + 5,000 + 2,000 =  38,000 / 184,000   gap 0.45 × 184,000 −  38,000 = 44,800
 *   6171 Pontianak        95,000 + 6,500 + 4,500 = 106,000 / 223,000   gap 100,350 − 106,000 < 0    =      0
 *   6201 Kotawaringin B.  42,000 + 11,700 + 2,400 =  56,100 / 110,000  gap  60,500 −  56,100        =  4,400
 *   6208 Sukamara          5,400 + 1,600 +   400 =   7,400 /  29,000   gap  15,950 −   7,400        =  8,550
 *   6209 Lamandau         10,500 + 2,500 + 1,000 =  14,000 /  44,000   gap  24,200 −  14,000        = 10,200
 * Kalimantan Barat (61): 144,000 / 407,000, gap 183,150 − 144,000 = 39,150 (Pontianak's surplus counts).
 * Kalimantan Tengah (62): 77,500 / 183,000, gap 100,650 − 77,500 = 23,150.
 * Kanwil Kalimantan: 39,150 + 23,150 = 62,300 (provinces' gaps add; one province's surplus never
 * offsets another's shortfall). Branch Pangkalan Bun (6201 + 6208): 0.55 × 139,000 − 63,500 = 12,950.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Db, QueryOptions, Row, Sql } from '$lib/data/connector';
import * as model from '$lib/views/kantor/model';
import { sumMonthly } from '$lib/metrics/penetration';
import { kantorParams } from '$lib/views/kantor/params';
import { fixtureDb } from '../../../sql/setup';

let db: Db;
let dir: model.Directory;
let decembers: Awaited<ReturnType<typeof model.loadDecembers>>;
beforeAll(async () => {
	db = await fixtureDb();
	dir = await model.loadDirectory(db);
	decembers = await model.loadDecembers(db);
});

const state = (search: string) => kantorParams.read(search).state;

describe('the directory and scopes', () => {
	test('offices from the data: one Kanwil with both provinces, branch offices by name', () => {
		expect(dir.kanwils).toEqual([{ id: 'kalimantan', name: 'Kalimantan', provinces: ['61', '62'] }]);
		expect(dir.branches.map((b) => [b.name, b.regencies])).toEqual([
			['Ketapang', ['6104']],
			['Palangka Raya', ['6209']],
			['Pangkalan Bun', ['6201', '6208']],
			['Pontianak', ['6171']]
		]);
	});

	test('a branch office before a Kanwil before the area; a regency area is its province with it selected', () => {
		const codes = (s: model.ResolvedScope) => [s.scope.kind, s.scope.key, s.scope.regencies.map((r) => r.code), s.selected];
		expect(codes(model.resolveScope(state(''), dir))).toEqual(['national', 'ID', ['6104', '6171', '6201', '6208', '6209'], null]);
		expect(codes(model.resolveScope(state('?wilayah=6208'), dir))).toEqual(['province', '62', ['6201', '6208', '6209'], '6208']);
		expect(codes(model.resolveScope(state('?kanwil=kalimantan&wilayah=62'), dir))).toEqual(['kanwil', 'kalimantan', ['6104', '6171', '6201', '6208', '6209'], null]);
		expect(codes(model.resolveScope(state('?cabang=Pangkalan+Bun&kanwil=kalimantan&pilih=6201'), dir))).toEqual(['branch', 'Pangkalan Bun', ['6201', '6208'], '6201']);
	});

	test('what the data does not know falls back and is reported, never used', () => {
		const r = model.resolveScope(state('?cabang=Atlantis&kanwil=jatim&wilayah=63&pilih=6104&banding=6201,9999'), dir);
		expect(r.scope.kind).toBe('national');
		expect(r.problems).toEqual([
			{ param: 'cabang', value: 'Atlantis' },
			{ param: 'kanwil', value: 'jatim' },
			{ param: 'wilayah', value: '63' },
			{ param: 'banding', value: '6201,9999' }
		]);
		expect(r.selected).toBe('6104'); // in Indonesia's scope
		expect(r.compared).toEqual(['6201']);
		const outside = model.resolveScope(state('?wilayah=62&pilih=6104'), dir);
		expect([outside.selected, outside.problems]).toEqual([null, [{ param: 'pilih', value: '6104' }]]);
	});
});

describe('figures of December 2024', () => {
	test('regencies of the Kanwil from the Decembers alone: coverage and the gap to target in people', () => {
		const { scope } = model.resolveScope(state('?kanwil=kalimantan'), dir);
		const rows = model.regenciesAt(scope, model.sourceFor('2024-12', null, decembers)!, '2024-12', 'layak');
		expect(rows.map((r) => [r.code, r.active_ucj, r.eligible, r.gap])).toEqual([
			['6104', 38_000, 184_000, 44_800],
			['6171', 106_000, 223_000, 0],
			['6201', 56_100, 110_000, 4_400],
			['6208', 7_400, 29_000, 8_550],
			['6209', 14_000, 44_000, 10_200]
		]);
		expect(rows.map((r) => r.coverage)).toEqual([38_000 / 184_000, 106_000 / 223_000, 56_100 / 110_000, 7_400 / 29_000, 14_000 / 44_000].map((x) => x * 100));
		const area = model.areaFigures(scope.key, '2024-12', rows, 'layak');
		expect([area.sums.active_ucj, area.sums.eligible, area.sums.target_pct, area.gap, area.reporting]).toEqual([221_500, 590_000, null, 62_300, 5]);
		expect(area.figures.ucj).toBeCloseTo((221_500 / 590_000) * 100, 10);
	});

	test('a branch office spanning one province keeps its target', () => {
		const { scope } = model.resolveScope(state('?cabang=Pangkalan+Bun'), dir);
		const rows = model.regenciesAt(scope, decembers, '2024-12', 'layak');
		const area = model.areaFigures(scope.key, '2024-12', rows, 'layak');
		expect([area.sums.active_ucj, area.sums.eligible, area.sums.target_pct, area.gap]).toEqual([63_500, 139_000, 55, 12_950]);
		expect(area.figures.targetAttainment).toBeCloseTo(((63_500 / 139_000) * 100 * 100) / 55, 10);
	});

	test('the scope months give the same December figures as the Decembers, and any other month', async () => {
		const { scope } = model.resolveScope(state('?wilayah=62'), dir);
		const months = await model.loadScopeMonths(db, scope.provinces);
		expect(model.regenciesAt(scope, months, '2024-12', 'layak')).toEqual(model.regenciesAt(scope, decembers, '2024-12', 'layak'));
		// January 2024 has no January 2023: no growth, no change; the Decembers cannot answer it.
		expect(model.sourceFor('2024-01', null, decembers)).toBeNull();
		const january = model.regenciesAt(scope, months, '2024-01', 'bekerja');
		expect(january.map((r) => [r.active_ucj, r.coverage, r.figures.growth])).toEqual([
			[47_800, (47_800 / 155_000) * 100, null],
			[7_100, (7_100 / 41_000) * 100, null],
			[11_700, (11_700 / 62_000) * 100, null]
		]);
		// Loaded once while recent: the same promise's index comes back.
		expect(await model.loadScopeMonths(db, scope.provinces)).toBe(months);
	});

	test('only the last few province sets are kept: an older one is loaded again, a recent one reused', async () => {
		// Each set loads once, then answers from the memo; the Db counts what it is asked.
		let asked = 0;
		const counting: Db = {
			query: <T extends Row>(q: Sql, o?: QueryOptions) => {
				asked++;
				return db.query<T>(q, o);
			}
		};
		const sets = Array.from({ length: model.SCOPE_MONTHS_KEPT + 1 }, (_, i) => [String(11 + i)]);
		const first = await model.loadScopeMonths(counting, sets[0]!);
		for (const set of sets.slice(1, -1)) await model.loadScopeMonths(counting, set);
		// Using the first again makes it the most recent: the next new set evicts the second.
		expect(await model.loadScopeMonths(counting, sets[0]!)).toBe(first);
		await model.loadScopeMonths(counting, sets.at(-1)!);
		expect(asked).toBe(sets.length);
		expect(await model.loadScopeMonths(counting, sets[0]!)).toBe(first);
		expect(asked).toBe(sets.length);
		await model.loadScopeMonths(counting, sets[1]!);
		expect(asked).toBe(sets.length + 1);
	});

	test('trend lines and the area trend', async () => {
		expect(model.decemberTrend(decembers, '6201', [2023, 2024], 'layak')).toEqual([(52_000 / 104_000) * 100, (56_100 / 110_000) * 100]);
		const months = await model.loadScopeMonths(db, ['62']);
		// The area trend adds its regencies' months (the one rule of lib/metrics/penetration's sumMonthly).
		const all = sumMonthly('area', ['6201', '6208'].map((c) => months.get(c)));
		const sum = new Map(['2023-12', '2024-01'].map((m) => [m, all.get(m)!]));
		expect([...sum.values()].map((r) => [r.month, r.active_pu, r.active_pmi])).toEqual([
			['2023-12', 46_000, 600],
			['2024-01', 42_500, 600]
		]);
		const trend = model.segmentTrend(sum);
		expect(trend.filter((p) => p.month === '2024-01').map((p) => [p.segment, p.active])).toEqual([
			['PU', 42_500],
			['BPU', 9_200],
			['JAKON', 3_200],
			['PMI', 600]
		]);
	});
});

describe('the month and the notes', () => {
	test('the latest December by default; a month the data lacks is replaced and reported', () => {
		const months = model.periodMonths({ from: '2023-12', to: '2025-03' });
		expect(model.resolveKantorMonth(null, months)).toEqual({ month: '2024-12', problem: null });
		expect(model.resolveKantorMonth('2025-02', months)).toEqual({ month: '2025-02', problem: null });
		expect(model.resolveKantorMonth('2019-06', months)).toEqual({ month: '2024-12', problem: '2019-06' });
		expect(model.resolveKantorMonth(null, ['2025-01', '2025-02'])).toEqual({ month: '2025-02', problem: null });
	});

	test('coverage above 100 % and missing months are noted', () => {
		const row = (code: string, ucj: number | null) => ({ code, name: code, figures: { ucj } }) as model.RegencyFigures;
		const index = new Map([['a', new Map([['2024-01', {}]])], ['b', new Map([['2024-01', {}], ['2024-02', {}]])]]) as never;
		expect(model.qualityNotes([row('a', 101.5), row('b', 100)], index, ['2024-01', '2024-02'])).toEqual([
			{ kind: 'overFull', code: 'a', name: 'a', ucj: 101.5 },
			{ kind: 'missingMonths', code: 'a', name: 'a', missing: 1, of: 2 }
		]);
	});
});

describe('an office area over a user’s file lacking columns (issue 11)', () => {
	/** A regency's month with every count null but those given. */
	const sums = (code: string, counts: Partial<model.RegencyFigures>) =>
		({
			code, month: '2024-12', target_pct: 45,
			active_all: null, active_ucj: null, active_pu: null, active_bpu: null, active_jakon: null, active_pmi: null, non_active_all: null,
			working: null, formal: null, informal: null, eligible: null,
			active_all_prev: null, active_ucj_prev: null, active_pu_prev: null, active_bpu_prev: null, active_jakon_prev: null, active_pmi_prev: null, eligible_prev: null,
			...counts
		}) as model.RegencyFigures;
	// 6104 (the sample's) complete; 6201 (the user's office summary) without non_active and formal, and no year-earlier rows.
	const ketapang = sums('6104', { active_all: 38_300, active_ucj: 38_000, active_pu: 31_000, active_bpu: 5_000, active_jakon: 2_000, active_pmi: 300, non_active_all: 9_000, working: 250_000, formal: 90_000, informal: 160_000, eligible: 184_000, active_all_prev: 37_000, active_ucj_prev: 36_700, active_pu_prev: 30_000, eligible_prev: 180_000 });
	const kobar = sums('6201', { active_all: 56_600, active_ucj: 56_100, active_pu: 42_000, active_bpu: 11_700, active_jakon: 2_400, active_pmi: 500, working: 150_000, informal: 100_000, eligible: 110_000 });

	test('a column one regency lacks is "no data" for the area; complete columns and a regency without year-earlier rows add as before', () => {
		const area = model.sumRegencies('kalimantan', '2024-12', [ketapang, kobar]);
		expect(area).toMatchObject({
			active_all: 94_900, active_ucj: 94_100, active_pu: 73_000, working: 400_000, informal: 260_000, eligible: 294_000,
			non_active_all: null, formal: null,
			// 6201 has no December 2023 rows: it adds nothing, as in the rollups
			active_all_prev: 37_000, eligible_prev: 180_000
		});
	});

	test('year-earlier rows lacking active counts make the year-earlier totals "no data"', () => {
		const lacking = { ...kobar, active_pu_prev: 40_000, active_all_prev: null, active_ucj_prev: null };
		// 6201's PU rows of a year earlier have their count: PU still adds up (30 000 + 40 000).
		expect(model.sumRegencies('kalimantan', '2024-12', [ketapang, lacking])).toMatchObject({ active_all_prev: null, active_ucj_prev: null, active_pu_prev: 70_000 });
	});
});
