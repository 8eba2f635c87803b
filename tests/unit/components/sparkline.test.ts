import { expect, test } from 'vitest';
import { sparklinePath } from '$lib/charts/sparkline';

// Width 100, height 20, pad 2: x runs 2…98 (step 48 for three values), y runs 2 (max) … 18 (min).

test('three values: evenly spread, min at the bottom, max at the top, dot on the last', () => {
	// 1 is the minimum -> y 18; 3 the maximum -> y 2; 2 halfway -> y 2 + 16 / 2 = 10.
	expect(sparklinePath([1, 3, 2], 100, 20, 2)).toEqual({ d: 'M2,18L50,2L98,10', last: { x: 98, y: 10 } });
});

test('a null is a gap: the line restarts after it; a lone value is a zero-length dot', () => {
	// x step 96 / 3 = 32: 2, 34, 66, 98; min 10 max 30.
	expect(sparklinePath([10, 30, null, 20], 100, 20, 2)).toEqual({ d: 'M2,18L34,2M98,10h0', last: { x: 98, y: 10 } });
	expect(sparklinePath([null, 5, null], 100, 20, 2)).toEqual({ d: 'M50,10h0', last: { x: 50, y: 10 } });
});

test('the last dot is the last present value, not the last slot', () => {
	// x: 2, 50, 98; values 4 (max, y 2) and 2 (min, y 18).
	expect(sparklinePath([4, 2, null], 100, 20, 2).last).toEqual({ x: 50, y: 18 });
});

test('a flat series sits in the middle; no values draw nothing', () => {
	expect(sparklinePath([7, 7], 60, 20, 2)).toEqual({ d: 'M2,10L58,10', last: { x: 58, y: 10 } });
	expect(sparklinePath([], 60, 20)).toEqual({ d: '', last: null });
	expect(sparklinePath([null, null], 60, 20)).toEqual({ d: '', last: null });
});
