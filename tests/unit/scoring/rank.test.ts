import { describe, expect, test } from 'vitest';
import { competitionRanks } from '$lib/scoring';

describe('competitionRanks: standard competition ranking, higher first', () => {
	test('ties share a rank and the next rank is skipped (1, 2, 2, 4)', () => {
		expect(competitionRanks([90, 80, 80, 70])).toEqual([1, 2, 2, 4]);
		expect(competitionRanks([70, 80, 90, 80])).toEqual([4, 2, 1, 2]);
		expect(competitionRanks([50, 50, 50])).toEqual([1, 1, 1]);
	});
	test('nulls share the rank after the last scored candidate', () => {
		// Two scored (90 → 1, 80 → 2): the unscored share 3.
		expect(competitionRanks([90, null, 80, null])).toEqual([1, 3, 2, 3]);
		expect(competitionRanks([null, null])).toEqual([1, 1]);
		expect(competitionRanks([NaN, 10])).toEqual([2, 1]);
		expect(competitionRanks([])).toEqual([]);
	});
	test('floating sums that differ in the last bits tie; a real difference does not', () => {
		// 0.1 + 0.2 = 0.30000000000000004 in binary floating point: a tie with 0.3.
		expect(competitionRanks([0.1 + 0.2, 0.3, 0.2])).toEqual([1, 1, 3]);
		// 1e-6 apart at magnitude 1 is above the 1e-9 tolerance.
		expect(competitionRanks([1, 1 + 1e-6])).toEqual([2, 1]);
		// Relative: at 100, 5e-8 apart is inside 1e-9 × 100 = 1e-7.
		expect(competitionRanks([100, 100 - 5e-8])).toEqual([1, 1]);
	});
});
