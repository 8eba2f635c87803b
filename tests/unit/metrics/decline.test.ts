import { expect, test } from 'vitest';
import { decline } from '$lib/metrics';

test('Sukamara (fixture, Dec 2024 vs Dec 2023): PU −600, BPU +100, JAKON −100 -> fall of 600, PU accounts for 100 %', () => {
	const d = decline({ active_pu: 5_400, active_pu_prev: 6_000, active_bpu: 1_600, active_bpu_prev: 1_500, active_jakon: 400, active_jakon_prev: 500 });
	expect(d).toEqual({ change: -600, driver: 'PU', driverShare: 100 });
});

test('a fall spread over segments names the largest and its share', () => {
	const d = decline({ active_pu: 900, active_pu_prev: 1_000, active_bpu: 700, active_bpu_prev: 1_000, active_jakon: 100, active_jakon_prev: 100 });
	expect(d).toEqual({ change: -400, driver: 'BPU', driverShare: 75 });
});

test('growth, no change, and missing figures are not declines', () => {
	expect(decline({ active_pu: 11, active_pu_prev: 10, active_bpu: 1, active_bpu_prev: 1, active_jakon: 1, active_jakon_prev: 1 })).toBeNull();
	expect(decline({ active_pu: 10, active_pu_prev: 10, active_bpu: 1, active_bpu_prev: 1, active_jakon: 1, active_jakon_prev: 1 })).toBeNull();
	expect(decline({ active_pu: 5, active_pu_prev: null, active_bpu: 1, active_bpu_prev: 1, active_jakon: 1, active_jakon_prev: 1 })).toBeNull();
});
