/**
 * The overview's penetration-by-year lines on the hand-made fixture (tests/fixtures/kalimantan.ts),
 * loaded through DuckDB-WASM over the built fixture database. Worked out by hand:
 *   Kalimantan Tengah (62) December 2024: BPU 11,700 + 1,600 + 2,500 = 15,800 over informal
 *     90,000 + 28,500 + 41,000 = 159,500; PU 42,000 + 5,400 + 10,500 = 57,900 over formal
 *     65,000 + 12,500 + 21,000 = 98,500.
 *   December 2023: BPU 9,000 + 1,500 + 2,000 = 12,500 over 90,000 + 28,000 + 40,000 = 158,000;
 *     PU 40,000 + 6,000 + 10,000 = 56,000 over 60,000 + 12,000 + 20,000 = 92,000.
 *   Sukamara (6208): 2024 1,600 / 28,500 and 5,400 / 12,500; 2023 1,500 / 28,000 and 6,000 / 12,000.
 */
import { beforeAll, expect, test } from 'vitest';
import type { Db } from '$lib/data/connector';
import * as model from '$lib/views/overview/model';
import { fixtureDb } from '../../../sql/setup';

let db: Db;
beforeAll(async () => {
	db = await fixtureDb();
});

const KALTENG = [
	{ year: 2023, informal: (12_500 / 158_000) * 100, formal: (56_000 / 92_000) * 100 },
	{ year: 2024, informal: (15_800 / 159_500) * 100, formal: (57_900 / 98_500) * 100 }
];

function expectSeries(points: model.Penetration['area']['points'], expected: typeof KALTENG) {
	expect(points.map((p) => p.year)).toEqual(expected.map((e) => e.year));
	points.forEach((p, i) => {
		expect(p.informal).toBeCloseTo(expected[i]!.informal, 10);
		expect(p.formal).toBeCloseTo(expected[i]!.formal, 10);
	});
}

test('a province: its own December points, no second series', async () => {
	const p = model.penetrationOf(await model.loadOverview(db, { area: '62' }), 'Indonesia');
	expect(p.area.name).toBe('Kalimantan Tengah');
	expect(p.selected).toBeNull();
	expectSeries(p.area.points, KALTENG);
});

test('a regency: drawn over its province, the province added from the loaded regencies', async () => {
	const p = model.penetrationOf(await model.loadOverview(db, { area: '6208' }), 'Indonesia');
	expect([p.area.name, p.selected?.name]).toEqual(['Kalimantan Tengah', 'Kabupaten Sukamara']);
	expectSeries(p.area.points, KALTENG);
	expectSeries(p.selected!.points, [
		{ year: 2023, informal: (1_500 / 28_000) * 100, formal: 50 },
		{ year: 2024, informal: (1_600 / 28_500) * 100, formal: 43.2 }
	]);
});

test('Indonesia: both provinces together, named by the caller', async () => {
	const p = model.penetrationOf(await model.loadOverview(db, { area: 'ID' }), 'Indonesia');
	expect(p.area.name).toBe('Indonesia');
	// + Kalimantan Barat 2024: BPU 5,000 + 6,500 over informal 173,000 + 114,000; PU 31,000 + 95,000 over formal 82,000 + 196,000
	const dec2024 = p.area.points.find((q) => q.year === 2024)!;
	expect(dec2024).toMatchObject({ active_bpu: 27_300, informal_workers: 446_500, active_pu: 183_900, formal_workers: 376_500 });
	expect(dec2024.informal).toBeCloseTo((27_300 / 446_500) * 100, 10);
	expect(dec2024.formal).toBeCloseTo((183_900 / 376_500) * 100, 10);
});
