/**
 * The overview's model on the hand-made fixture (tests/fixtures/kalimantan.ts), loaded through
 * DuckDB-WASM over the built fixture database, against figures worked out by hand below.
 *
 * Kalimantan Tengah (62), December 2024, counted in ucj (PU + BPU + JAKON) over eligible workers:
 *   6201 Kotawaringin Barat 42,000 + 11,700 + 2,400 = 56,100 / 110,000 = 51.0 %   (Dec 2023: 52,000 / 104,000)
 *   6208 Sukamara            5,400 +  1,600 +   400 =  7,400 /  29,000 = 25.517 % (Dec 2023: 8,000 / 28,000)
 *   6209 Lamandau           10,500 +  2,500 + 1,000 = 14,000 /  44,000 = 31.818 % (Dec 2023: 13,000 / 43,000)
 * Only Sukamara fell: PU −600, BPU +100, JAKON −100 = −600, so PU drives 100 % of the fall.
 * January 2024 (sliced from the same rows, no query): 6201 47,800 / 110,000; 6208 7,100 / 29,000; 6209 11,700 / 44,000.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '$lib/data/connector';
import * as model from '$lib/views/overview/model';
import { figureQueries } from '$lib/views/overview/queries';
import { cacheKey } from '$lib/data/create-db';
import { fixtureDb } from '../../../sql/setup';

let db: Db;
let kalteng: model.OverviewData;
beforeAll(async () => {
	db = await fixtureDb();
	kalteng = await model.loadOverview(db, { area: '62' });
});

describe('the overview model over the fixture', () => {
	test('tiles: Kalimantan Tengah in December 2024', () => {
		const { sums, figures } = model.tilesAt(kalteng, '2024-12');
		expect(sums).toMatchObject({ active_all: 78_300, active_ucj: 77_500, active_ucj_prev: 73_000, eligible: 183_000, eligible_prev: 175_000, target_pct: 55 });
		expect(figures.ucj).toBeCloseTo((77_500 / 183_000) * 100, 10);
		expect(figures.targetAttainment).toBeCloseTo(((77_500 / 183_000) * 100 * 100) / 55, 10);
	});

	test('children in December 2024, by code, with coverage under each denominator', () => {
		const layak = model.childrenAt(kalteng, '2024-12', 'layak');
		expect(layak.map((r) => [r.code, r.name])).toEqual([
			['6201', 'Kabupaten Kotawaringin Barat'],
			['6208', 'Kabupaten Sukamara'],
			['6209', 'Kabupaten Lamandau']
		]);
		expect(layak.map((r) => r.value)).toEqual([(56_100 / 110_000) * 100, (7_400 / 29_000) * 100, (14_000 / 44_000) * 100]);
		const bekerja = model.childrenAt(kalteng, '2024-12', 'bekerja');
		expect(bekerja.map((r) => r.value)).toEqual([(56_100 / 155_000) * 100, (7_400 / 41_000) * 100, (14_000 / 62_000) * 100]);
	});

	test('extremes and the largest falls', () => {
		const regions = model.childrenAt(kalteng, '2024-12', 'layak');
		const ext = model.extremes(model.rankable(regions))!;
		expect([ext.top.code, ext.bottom.code]).toEqual(['6201', '6208']);
		const falls = model.decliners(regions);
		expect(falls.map((r) => [r.code, r.decline.change, r.decline.driver, r.decline.driverShare])).toEqual([['6208', -600, 'PU', 100]]);
	});

	test('a month change re-slices the loaded rows: January 2024 has no year-earlier month, so no growth and no falls', () => {
		const regions = model.childrenAt(kalteng, '2024-01', 'layak');
		expect(regions.map((r) => r.value)).toEqual([(47_800 / 110_000) * 100, (7_100 / 29_000) * 100, (11_700 / 44_000) * 100]);
		expect(regions.map((r) => r.figures.growth)).toEqual([null, null, null]);
		expect(model.decliners(regions)).toEqual([]);
	});

	test('the trend: 13 months × 4 segments, in month order, rows kept per load', () => {
		const rows = model.trendRows(kalteng);
		expect(rows).toHaveLength(13 * 4);
		expect(rows.slice(0, 4)).toEqual([
			{ month: '2023-12', segment: 'PU', active: 56_000 },
			{ month: '2023-12', segment: 'BPU', active: 12_500 },
			{ month: '2023-12', segment: 'JAKON', active: 4_500 },
			{ month: '2023-12', segment: 'PMI', active: 700 }
		]);
		expect(rows.at(-4)).toEqual({ month: '2024-12', segment: 'PU', active: 57_900 });
	});

	test('a regency ranks among its province with itself selected, its tiles from its own rows', async () => {
		const sukamara = await model.loadOverview(db, { area: '6208' });
		expect(sukamara.rankedArea).toBe('62');
		expect(model.selectedChild(sukamara)).toBe('6208');
		expect(model.selectedChild(kalteng)).toBeNull();
		expect(model.tilesAt(sukamara, '2024-12').sums).toMatchObject({ active_ucj: 7_400, active_ucj_prev: 8_000, eligible: 29_000 });
		expect(model.rankingTarget(sukamara, '2024-12')).toBe(55);
		expect(model.areaName(sukamara, '6208', 'Indonesia')).toBe('Kabupaten Sukamara');
	});

	test('Indonesia ranks provinces, has no target, and nothing fell in December 2024', async () => {
		const id = await model.loadOverview(db, { area: 'ID' });
		const regions = model.childrenAt(id, '2024-12', 'layak');
		expect(regions.map((r) => [r.code, r.value])).toEqual([
			['61', (144_000 / 407_000) * 100],
			['62', (77_500 / 183_000) * 100]
		]);
		expect(model.rankingTarget(id, '2024-12')).toBeNull();
		expect(model.decliners(regions)).toEqual([]);
		expect(model.areaName(id, 'ID', 'Indonesia')).toBe('Indonesia');
	});

	test('an area the data does not know is shown as Indonesia and named', async () => {
		const unknown = await model.loadOverview(db, { area: '6299' });
		expect([unknown.area, unknown.unknown, unknown.rankedArea]).toEqual(['ID', '6299', 'ID']);
		expect(model.tilesAt(unknown, '2024-12').sums.active_all).toBe(78_300 + 38_300 + 106_200);
	});
});

describe('the state around the data', () => {
	const months = ['2023-12', '2024-01', '2024-12'];

	test('the month: the URL’s when the data has it, else the latest, with the replaced one named', () => {
		expect(model.resolveMonth('2024-01', months)).toEqual({ month: '2024-01', problem: null });
		expect(model.resolveMonth(null, months)).toEqual({ month: '2024-12', problem: null });
		expect(model.resolveMonth('2099-01', months)).toEqual({ month: '2024-12', problem: '2099-01' });
		expect(model.resolveMonth('2024-01', [])).toEqual({ month: null, problem: null });
		expect(model.periodMonths({ from: '2023-11', to: '2024-01' })).toEqual(['2023-11', '2023-12', '2024-01']);
	});

	test('the drawn key holds every parameter', () => {
		expect(model.stateKey({ area: '62', month: '2024-12', denominator: 'bekerja', locale: 'en' })).toBe('62|2024-12|bekerja|en');
	});

	test('prefetch goes one level up; Indonesia has nowhere to go', () => {
		expect(model.likelyNext({ area: '6208' })).toEqual([{ area: '62' }]);
		expect(model.likelyNext({ area: '62' })).toEqual([{ area: 'ID' }]);
		expect(model.likelyNext({ area: 'ID' })).toEqual([]);
	});
});

describe('filters and selections (Mosaic crossfilter rule)', () => {
	const keys = (area: string) => Object.fromEntries(Object.entries(figureQueries({ area })).map(([figure, q]) => [figure, cacheKey(q)]));

	test('selecting a regency in the ranking re-queries the figures it details, never the ranking itself', () => {
		const province = keys('62');
		for (const regency of ['6201', '6208', '6209']) {
			const selected = keys(regency);
			expect(selected.ranking).toBe(province.ranking);
			expect(selected.decline).toBe(province.decline);
			expect(selected.tiles).not.toBe(province.tiles);
			expect(selected.trend).toBe(selected.tiles);
		}
	});

	test('a province is a filter: every figure is queried anew', () => {
		const a = keys('61');
		const b = keys('62');
		for (const figure of Object.keys(a)) expect(a[figure]).not.toBe(b[figure]);
	});
});
