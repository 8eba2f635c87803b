import { describe, expect, test } from 'vitest';
import {
	activityRatio,
	coverageChangePts,
	formalPenetration,
	growth,
	informalPenetration,
	segmentShare,
	targetAttainment,
	ucj,
	ucjNaive
} from '$lib/metrics';

describe('formulas on plain numbers', () => {
	test.each([
		// activeUcj, eligible, expected
		[56_100, 110_000, 51],
		[52_000, 104_000, 50],
		[0, 1_000, 0],
		[1_200, 1_000, 120], // above 100 %: returned as it is, never clipped
		[100, 0, null], // zero denominator: no figure
		[100, null, null],
		[null, 1_000, null]
	])('ucj(%s / %s) = %s', (activeUcj, eligible, expected) => {
		expect(ucj({ activeUcj, eligible })).toBe(expected);
	});

	test('growth compares the same month a year earlier', () => {
		expect(growth({ active: 56_700, activeYearBefore: 52_500 })).toBeCloseTo(8, 12);
		expect(growth({ active: 7_400, activeYearBefore: 8_000 })).toBeCloseTo(-7.5, 12);
		expect(growth({ active: 10, activeYearBefore: 0 })).toBeNull();
	});

	test('coverage change is a difference of percents, in points', () => {
		expect(coverageChangePts({ ucjNow: 51, ucjYearBefore: 50 })).toBe(1);
		expect(coverageChangePts({ ucjNow: null, ucjYearBefore: 50 })).toBeNull();
	});

	test('the other ratios', () => {
		expect(ucjNaive({ activeUcj: 56_100, workingPopulation: 155_000 })).toBeCloseTo(36.193548387, 8);
		expect(formalPenetration({ activePu: 42_000, formal: 65_000 })).toBeCloseTo(64.615384615, 8);
		expect(informalPenetration({ activeBpu: 11_700, informal: 90_000 })).toBeCloseTo(13, 12);
		expect(targetAttainment({ ucjNow: 51, targetPct: 55 })).toBeCloseTo(92.727272727, 8);
		expect(targetAttainment({ ucjNow: 51, targetPct: null })).toBeNull();
		expect(segmentShare({ activeSegment: 42_000, activeTotal: 56_700 })).toBeCloseTo(74.074074074, 8);
		expect(activityRatio({ active: 42_000, nonActive: 10_500 })).toBe(80);
	});
});
