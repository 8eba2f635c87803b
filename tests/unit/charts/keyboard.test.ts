import { expect, test } from 'vitest';
import { listboxIndex, sliderIndex } from '$lib/charts/keyboard';

// A ranking of 5 regions: indexes 0 (highest) to 4.
test.each([
	['ArrowDown', 2, 3],
	['ArrowDown', 4, 4], // stays on the last
	['ArrowUp', 2, 1],
	['ArrowUp', 0, 0], // stays on the first
	['Home', 3, 0],
	['End', 1, 4],
	['ArrowDown', -1, 0], // nothing selected: the first
	['ArrowUp', -1, 0],
	['End', -1, 4]
] as const)('listbox: %s from %i of 5 -> %i', (key, from, to) => {
	expect(listboxIndex(key, from, 5)).toBe(to);
});

test('listbox: other keys and an empty list are left to the browser', () => {
	expect(listboxIndex('ArrowLeft', 2, 5)).toBeNull();
	expect(listboxIndex('PageDown', 2, 5)).toBeNull();
	expect(listboxIndex('a', 2, 5)).toBeNull();
	expect(listboxIndex('ArrowDown', -1, 0)).toBeNull();
	expect(listboxIndex('Home', 0, 0)).toBeNull();
});

// 84 months (2019-01 .. 2025-12): indexes 0 to 83.
test.each([
	['ArrowRight', 10, 11],
	['ArrowUp', 10, 11],
	['ArrowLeft', 10, 9],
	['ArrowDown', 10, 9],
	['PageUp', 10, 22],
	['PageDown', 20, 8],
	['PageDown', 5, 0], // clamped at the first month
	['PageUp', 80, 83], // clamped at the last month
	['ArrowRight', 83, 83],
	['ArrowLeft', 0, 0],
	['Home', 40, 0],
	['End', 40, 83],
	['ArrowLeft', -1, 82], // no month selected: steps from the latest
	['PageDown', -1, 71],
	['ArrowRight', -1, 83]
] as const)('slider: %s from %i of 84 -> %i', (key, from, to) => {
	expect(sliderIndex(key, from, 84)).toBe(to);
});

test('slider: other keys and no positions are left to the browser', () => {
	expect(sliderIndex('Enter', 10, 84)).toBeNull();
	expect(sliderIndex('Tab', 10, 84)).toBeNull();
	expect(sliderIndex('ArrowLeft', 0, 0)).toBeNull();
});
