import { describe, expect, test } from 'vitest';
import { minMaxScale } from '$lib/scoring';

describe('minMaxScale: a criterion scaled 0–100 within the group', () => {
	test('higher is better: min → 0, max → 100, linear between; nulls stay null', () => {
		// min 10, max 30, span 20: 20 → (20 − 10) / 20 × 100 = 50; 25 → 15 / 20 × 100 = 75.
		expect(minMaxScale([10, 20, 30, null, 25], 'higher')).toEqual([0, 50, 100, null, 75]);
	});
	test('lower is better (arrears): inverted, the lowest gets 100', () => {
		// min 0, max 8: 2 → (8 − 2) / 8 × 100 = 75; 0 → 100; 8 → 0; 6 → 2 / 8 × 100 = 25.
		expect(minMaxScale([2, 0, 8, 6], 'lower')).toEqual([75, 100, 0, 25]);
	});
	test('all present values equal, or a single one: every present value gets 100', () => {
		expect(minMaxScale([5, 5, null, 5], 'higher')).toEqual([100, 100, null, 100]);
		expect(minMaxScale([null, 7, null], 'lower')).toEqual([null, 100, null]);
		expect(minMaxScale([null, null], 'higher')).toEqual([null, null]);
		expect(minMaxScale([], 'higher')).toEqual([]);
	});
	test('NaN and ±Infinity are missing and do not stretch the scale', () => {
		// Present 0 and 4 only: 0 → 0, 4 → 100, 1 → 25.
		expect(minMaxScale([0, NaN, Infinity, 4, -Infinity, 1], 'higher')).toEqual([0, null, null, 100, null, 25]);
	});
});
