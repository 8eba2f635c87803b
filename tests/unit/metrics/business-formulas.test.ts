/**
 * The business-compliance formulas (the award's business criteria): registration rate,
 * mandatory programmes held by employer size, wage ratio. Expected values worked out by hand.
 */
import { describe, expect, test } from 'vitest';
import { programmesComplete, registrationRate, wageRatio } from '$lib/metrics/formulas';

describe('registrationRate', () => {
	test('registered over all workers, in percent', () => {
		expect(registrationRate({ registered: 45, workers: 60 })).toBe(75); // 45 / 60 × 100
		expect(registrationRate({ registered: 6, workers: 6 })).toBe(100);
		expect(registrationRate({ registered: 1, workers: 3 })).toBeCloseTo(33.333333333, 9); // 100 / 3
		// more registered than workers is returned as it is (the module never clips a ratio)
		expect(registrationRate({ registered: 7, workers: 5 })).toBe(140);
	});

	test('no figure over zero, missing or non-finite counts', () => {
		expect(registrationRate({ registered: 0, workers: 0 })).toBeNull();
		expect(registrationRate({ registered: 5, workers: null })).toBeNull();
		expect(registrationRate({ registered: undefined, workers: 10 })).toBeNull();
		expect(registrationRate({ registered: 5, workers: Number.POSITIVE_INFINITY })).toBeNull();
		expect(registrationRate({ registered: 0, workers: 12 })).toBe(0);
	});
});

describe('programmesComplete', () => {
	const flags = { jkk: true, jkm: true, jht: true, jp: false };

	test('micro and small: JKK, JKM, JHT mandatory, JP not', () => {
		expect(programmesComplete({ size: 'micro', ...flags })).toBe(100); // 3 of 3
		expect(programmesComplete({ size: 'small', ...flags, jht: false })).toBeCloseTo(66.666666667, 9); // 2 / 3 × 100
		// JP unknown does not matter where it is not mandatory
		expect(programmesComplete({ size: 'small', ...flags, jp: null })).toBe(100);
	});

	test('medium and large: JP mandatory too', () => {
		expect(programmesComplete({ size: 'large', ...flags })).toBe(75); // 3 of 4
		expect(programmesComplete({ size: 'medium', ...flags, jp: true })).toBe(100);
		expect(programmesComplete({ size: 'large', jkk: false, jkm: false, jht: false, jp: false })).toBe(0);
		expect(programmesComplete({ size: 'large', ...flags, jp: null })).toBeNull();
	});

	test('an unknown mandatory flag or an unknown size gives no figure', () => {
		expect(programmesComplete({ size: 'micro', ...flags, jkm: null })).toBeNull();
		expect(programmesComplete({ size: 'giant', ...flags })).toBeNull();
		expect(programmesComplete({ size: '', ...flags })).toBeNull();
	});
});

describe('wageRatio', () => {
	test('reported over reference wage, in percent, not clipped', () => {
		expect(wageRatio({ reported: 2_700_000, reference: 3_000_000 })).toBe(90);
		// 4.108.000 / 3.772.000 × 100 = 108,907...
		expect(wageRatio({ reported: 4_108_000, reference: 3_772_000 })).toBeCloseTo(108.907741251, 9);
		expect(wageRatio({ reported: 0, reference: 3_000_000 })).toBe(0);
	});

	test('no figure without a positive reference', () => {
		expect(wageRatio({ reported: 3_000_000, reference: 0 })).toBeNull();
		expect(wageRatio({ reported: 3_000_000, reference: -1 })).toBeNull();
		expect(wageRatio({ reported: null, reference: 3_000_000 })).toBeNull();
	});
});
