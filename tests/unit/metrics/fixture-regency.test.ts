/**
 * The four headline metrics for one regency of the hand-made fixture, Kabupaten Kotawaringin
 * Barat (6201), December 2024, computed by hand below and compared exactly with the sums SQL
 * takes from the fixture tables plus the formulas of lib/metrics.
 *
 *   active Dec 2024: PU 42,000  BPU 11,700  JAKON 2,400  PMI 600
 *   active Dec 2023: PU 40,000  BPU  9,000  JAKON 3,000  PMI 500
 *   eligible 2024: 110,000; 2023: 104,000; informal 2024: 90,000
 *   ucj 2024 = (42,000 + 11,700 + 2,400) / 110,000 × 100 = 56,100 / 110,000 × 100 = 51.0
 *   ucj 2023 = (40,000 + 9,000 + 3,000) / 104,000 × 100 = 52,000 / 104,000 × 100 = 50.0
 *   coverageChangePts = 51.0 − 50.0 = 1.0
 *   informalPenetration = 11,700 / 90,000 × 100 = 13.0
 *   growth (all segments) = (56,700 − 52,500) / 52,500 × 100 = 4,200 / 52,500 × 100 = 8.0
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { coverageChangePts, growth, informalPenetration, ucj } from '$lib/metrics';
import { nativeRows, type NativeConnection } from '../../../scripts/lib/native-db';
import { loadFixture } from '../../fixtures/load-fixture';

let conn: NativeConnection;
beforeAll(async () => {
	conn = await loadFixture();
});
afterAll(() => conn?.closeSync());

interface Sums {
	active_ucj: number;
	active_all: number;
	active_bpu: number;
	eligible: number;
	informal: number;
}

async function sums(code: string, month: string): Promise<Sums> {
	const rows = await nativeRows<Sums>(
		conn,
		`SELECT sum(active) FILTER (segment <> 'PMI')::DOUBLE AS active_ucj,
		        sum(active)::DOUBLE AS active_all,
		        sum(active) FILTER (segment = 'BPU')::DOUBLE AS active_bpu,
		        any_value(w.eligible)::DOUBLE AS eligible,
		        any_value(w.informal)::DOUBLE AS informal
		   FROM participation p
		   JOIN workforce w ON w.region_code = p.region_code AND w.year = year(p.month)
		  WHERE p.region_code = ? AND p.month = ?::DATE`,
		[code, month]
	);
	return rows[0]!;
}

describe('Kabupaten Kotawaringin Barat (6201), December 2024, by hand', () => {
	test('the sums SQL takes from the fixture are the hand-written ones', async () => {
		expect(await sums('6201', '2024-12-01')).toEqual({ active_ucj: 56_100, active_all: 56_700, active_bpu: 11_700, eligible: 110_000, informal: 90_000 });
		expect(await sums('6201', '2023-12-01')).toEqual({ active_ucj: 52_000, active_all: 52_500, active_bpu: 9_000, eligible: 104_000, informal: 90_000 });
	});

	test('ucj = 51.0 % (PMI excluded)', async () => {
		const s = await sums('6201', '2024-12-01');
		expect(ucj({ activeUcj: s.active_ucj, eligible: s.eligible })).toBe(51);
	});

	test('coverageChangePts = +1.0 point against December 2023', async () => {
		const now = await sums('6201', '2024-12-01');
		const before = await sums('6201', '2023-12-01');
		const ucjNow = ucj({ activeUcj: now.active_ucj, eligible: now.eligible });
		const ucjYearBefore = ucj({ activeUcj: before.active_ucj, eligible: before.eligible });
		expect(ucjYearBefore).toBe(50);
		expect(coverageChangePts({ ucjNow, ucjYearBefore })).toBe(1);
	});

	test('informalPenetration = 13.0 %', async () => {
		const s = await sums('6201', '2024-12-01');
		expect(informalPenetration({ activeBpu: s.active_bpu, informal: s.informal })).toBe(13);
	});

	test('growth = +8.0 %, December against December, never against January', async () => {
		const now = await sums('6201', '2024-12-01');
		const before = await sums('6201', '2023-12-01');
		expect(growth({ active: now.active_all, activeYearBefore: before.active_all })).toBeCloseTo(8, 12);
		// The January dip is in the data: 48,300 in Jan 2024, so Dec vs Jan would claim +17.4 %.
		const january = await sums('6201', '2024-01-01');
		expect(january.active_all).toBe(48_300);
	});
});
