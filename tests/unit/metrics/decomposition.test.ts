/**
 * The exact decomposition on the hand-made fixture's Kalimantan Tengah (62), December 2024
 * against December 2023 (tests/fixtures/kalimantan.ts), every figure worked out by hand below.
 *
 *   regency   active ucj 2024 / 2023            eligible 2024 / 2023
 *   6201      42,000 + 11,700 + 2,400 = 56,100   110,000 / 104,000
 *             40,000 +  9,000 + 3,000 = 52,000
 *   6208       5,400 +  1,600 +   400 =  7,400    29,000 /  28,000
 *              6,000 +  1,500 +   500 =  8,000
 *   6209      10,500 +  2,500 + 1,000 = 14,000    44,000 /  43,000
 *             10,000 +  2,000 + 1,000 = 13,000
 *   62 (sum)                            77,500   183,000 / 175,000
 *                                       73,000
 */
import { describe, expect, test } from 'vitest';
import {
	coverageChange,
	coverageChangePts,
	declines,
	decompose,
	participantChange,
	placeContributions,
	ucj
} from '$lib/metrics';
import type { MonthSums } from '$lib/views/common/months';

type Counts = [pu: number, bpu: number, jakon: number, pmi: number];

/** A MonthSums from the fixture's counts (only the fields the decomposition reads matter). */
function sums(code: string, now: Counts, prev: Counts, eligible: number | null, eligiblePrev: number | null): MonthSums {
	const ucjOf = (c: Counts) => c[0] + c[1] + c[2];
	return {
		code, month: '2024-12',
		active_all: ucjOf(now) + now[3], active_ucj: ucjOf(now),
		active_pu: now[0], active_bpu: now[1], active_jakon: now[2], active_pmi: now[3],
		non_active_all: null, working: null, formal: null, informal: null, eligible, target_pct: null,
		active_all_prev: ucjOf(prev) + prev[3], active_ucj_prev: ucjOf(prev),
		active_pu_prev: prev[0], active_bpu_prev: prev[1], active_jakon_prev: prev[2], active_pmi_prev: prev[3],
		eligible_prev: eligiblePrev
	};
}

const kobar = sums('6201', [42_000, 11_700, 2_400, 600], [40_000, 9_000, 3_000, 500], 110_000, 104_000);
const sukamara = sums('6208', [5_400, 1_600, 400, 100], [6_000, 1_500, 500, 100], 29_000, 28_000);
const lamandau = sums('6209', [10_500, 2_500, 1_000, 100], [10_000, 2_000, 1_000, 100], 44_000, 43_000);
const kalteng = sums('62', [57_900, 15_800, 3_800, 800], [56_000, 12_500, 4_500, 700], 183_000, 175_000);

describe('participantChange', () => {
	test('Sukamara: PU −600, BPU +100, JAKON −100 = −600; PMI 100 − 100 = 0 apart', () => {
		expect(participantChange(sukamara)).toEqual({ total: -600, segments: { PU: -600, BPU: 100, JAKON: -100 }, pmi: 0 });
	});

	test('a missing segment count gives null; a missing PMI count only nulls the PMI part', () => {
		expect(participantChange({ ...sukamara, active_bpu_prev: null })).toBeNull();
		expect(participantChange({ ...sukamara, active_pmi: null })).toEqual({ total: -600, segments: { PU: -600, BPU: 100, JAKON: -100 }, pmi: null });
	});
});

describe('coverageChange', () => {
	test('Sukamara: segments at the 2024 workforce plus the workforce effect add up to coverageChangePts', () => {
		const c = coverageChange(sukamara)!;
		// ucj 7,400 / 29,000 = 25.517 %, a year before 8,000 / 28,000 = 28.571 %: −3.054 points.
		expect(c.total).toBeCloseTo(100 * (7_400 / 29_000 - 8_000 / 28_000), 12);
		expect(c.total).toBeCloseTo(-3.054187, 6);
		// PU 100 × −600 / 29,000 = −2.0690; BPU 100 × 100 / 29,000 = +0.3448; JAKON −0.3448.
		expect(c.segments.PU).toBeCloseTo(-60_000 / 29_000, 12);
		expect(c.segments.BPU).toBeCloseTo(10_000 / 29_000, 12);
		expect(c.segments.JAKON).toBeCloseTo(-10_000 / 29_000, 12);
		// The workforce grew by 1,000: 100 × 8,000 × (1/29,000 − 1/28,000) = −800,000,000 / 812,000,000 = −0.9852.
		expect(c.workforce).toBeCloseTo(-800_000_000 / 812_000_000, 12);
		// −2.0690 + 0.3448 − 0.3448 − 0.9852 = −3.0542
		expect(c.segments.PU + c.segments.BPU + c.segments.JAKON + c.workforce).toBeCloseTo(c.total, 12);
	});

	test('the total is the metric the other views show', () => {
		const c = coverageChange(kobar)!;
		// 51.0 % − 50.0 % = +1.0 point (tests/unit/metrics/fixture-regency.test.ts).
		expect(c.total).toBe(coverageChangePts({ ucjNow: ucj({ activeUcj: 56_100, eligible: 110_000 }), ucjYearBefore: ucj({ activeUcj: 52_000, eligible: 104_000 }) }));
		expect(c.total).toBeCloseTo(1, 12);
		// Without the workforce growth, coverage would have risen 100 × 4,100 / 110,000 = 3.727 points;
		// 6,000 more eligible workers took 100 × 52,000 × (1/110,000 − 1/104,000) = −2.727 points.
		expect(c.segments.PU + c.segments.BPU + c.segments.JAKON).toBeCloseTo(410_000 / 110_000, 12);
		expect(c.workforce).toBeCloseTo((100 * 52_000 * -6_000) / (110_000 * 104_000), 12);
	});

	test('a missing or zero workforce, in either year, gives null, never NaN or Infinity', () => {
		expect(coverageChange({ ...sukamara, eligible: 0 })).toBeNull();
		expect(coverageChange({ ...sukamara, eligible_prev: 0 })).toBeNull();
		expect(coverageChange({ ...sukamara, eligible: null })).toBeNull();
		expect(coverageChange({ ...sukamara, eligible_prev: -5 })).toBeNull();
		expect(coverageChange({ ...sukamara, active_jakon: null })).toBeNull();
		expect(decompose({ ...sukamara, eligible: 0 })).toEqual({ code: '6208', participants: participantChange(sukamara), coverage: null });
	});
});

describe('placeContributions', () => {
	// Area: A₀ = 73,000, E₁ = 183,000, E₀ = 175,000; E₁ × E₀ = 32,025,000,000.
	const parts = placeContributions(kalteng, [kobar, sukamara, lamandau])!;

	test('each regency: 100 × ΔA_i / E₁ and −100 × A₀ × ΔE_i / (E₁ × E₀)', () => {
		expect(parts.map((p) => [p.code, p.participants])).toEqual([['6201', 4_100], ['6208', -600], ['6209', 1_000]]);
		// 6201: 410,000 / 183,000 = 2.2404; −100 × 73,000 × 6,000 / 32,025,000,000 = −1.3677.
		expect(parts[0]!.activity).toBeCloseTo(410_000 / 183_000, 12);
		expect(parts[0]!.workforce).toBeCloseTo(-43_800_000_000 / 32_025_000_000, 12);
		// 6208: −60,000 / 183,000 = −0.3279; −7,300,000,000 / 32,025,000,000 = −0.2279.
		expect(parts[1]!.activity).toBeCloseTo(-60_000 / 183_000, 12);
		expect(parts[1]!.workforce).toBeCloseTo(-7_300_000_000 / 32_025_000_000, 12);
		expect(parts[1]!.points).toBeCloseTo(-60_000 / 183_000 - 7_300_000_000 / 32_025_000_000, 12);
		// 6209: 100,000 / 183,000 = 0.5464; ΔE = 1,000 like 6208.
		expect(parts[2]!.activity).toBeCloseTo(100_000 / 183_000, 12);
		expect(parts[2]!.workforce).toBeCloseTo(-7_300_000_000 / 32_025_000_000, 12);
	});

	test("they add up to the province's own change: 100 × (77,500 / 183,000 − 73,000 / 175,000) = +0.6354", () => {
		expect(parts.reduce((n, p) => n + p.participants, 0)).toBe(77_500 - 73_000);
		expect(parts.reduce((n, p) => n + p.points, 0)).toBeCloseTo(100 * (77_500 / 183_000 - 73_000 / 175_000), 12);
		expect(parts.reduce((n, p) => n + p.points, 0)).toBeCloseTo(coverageChange(kalteng)!.total, 12);
	});

	test('an area that is not the sum of its places throws; a place without figures gives null', () => {
		expect(() => placeContributions(kalteng, [kobar, sukamara])).toThrow(/62: active_ucj is 77500, its places sum to 63500/);
		expect(placeContributions(kalteng, [kobar, { ...sukamara, eligible_prev: null }, lamandau])).toBeNull();
		expect(placeContributions({ ...kalteng, eligible: 0 }, [kobar, sukamara, lamandau])).toBeNull();
	});
});

describe('declines', () => {
	// 6201 rose (+4,100; +1.0 point); 6208 fell (−600; −3.05 points); 6209 rose in people
	// (+1,000) but its coverage: 14,000 / 44,000 − 13,000 / 43,000 = 31.818 − 30.233 = +1.59 points.
	const fell = sums('6299', [1_000, 0, 0, 0], [1_300, 0, 0, 0], 10_000, 10_000); // −300; −3.0 points
	const same = sums('6298', [5_400, 1_600, 400, 0], [6_000, 1_500, 500, 0], 29_000, 28_000); // like Sukamara

	test('by participants: largest fall first, ties by code', () => {
		expect(declines([kobar, fell, sukamara, lamandau, same], 'participants').map((d) => [d.code, d.participants!.total])).toEqual([
			['6208', -600],
			['6298', -600],
			['6299', -300]
		]);
	});

	test('by points: Sukamara −3.054 before 6299 −3.0', () => {
		const rows = declines([lamandau, fell, sukamara, kobar], 'points');
		expect(rows.map((d) => d.code)).toEqual(['6208', '6299']);
		expect(rows[1]!.coverage!.total).toBeCloseTo(100 * (1_000 / 10_000 - 1_300 / 10_000), 12);
	});

	test('a region without figures is never a decline', () => {
		expect(declines([{ ...sukamara, eligible: null }], 'points')).toEqual([]);
		expect(declines([{ ...sukamara, eligible: null }], 'participants').map((d) => d.code)).toEqual(['6208']);
	});
});
