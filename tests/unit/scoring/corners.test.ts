import { describe, expect, test } from 'vitest';
import { cornerRanks, cornerWeights, CURRENT, NO_WITNESS } from '$lib/scoring/corners';
import { prepareGroup, rankRanges, scorePrepared, type CriterionRef, type ScoredCandidate } from '$lib/scoring';

const XY: CriterionRef[] = [
	{ id: 'x', better: 'higher' },
	{ id: 'y', better: 'higher' }
];
// Scaled: A (100, 0), B (0, 100), C (50, 40) (as in sensitivity.test.ts).
const ABC: ScoredCandidate[] = [
	{ key: 'A', values: { x: 100, y: 0 } },
	{ key: 'B', values: { x: 0, y: 100 } },
	{ key: 'C', values: { x: 50, y: 40 } }
];
const f64 = (...xs: number[]) => Float64Array.from(xs);
const list = (xs: Int32Array) => Array.from(xs);

describe('cornerWeights: a corner by its counting index', () => {
	test('bit k puts the k-th moving weight at its top', () => {
		const lo = f64(5, 7, 5);
		const hi = f64(15, 7, 15);
		// Moving: criteria 0 and 2 (criterion 1 has lo = hi). Index 0b10 → criterion 2 high only.
		expect(Array.from(cornerWeights(lo, hi, [0, 2], 0b00))).toEqual([5, 7, 5]);
		expect(Array.from(cornerWeights(lo, hi, [0, 2], 0b01))).toEqual([15, 7, 5]);
		expect(Array.from(cornerWeights(lo, hi, [0, 2], 0b10))).toEqual([5, 7, 15]);
		expect(Array.from(cornerWeights(lo, hi, [0, 2], 0b11))).toEqual([15, 7, 15]);
	});
});

describe('cornerRanks: ranks at the current weights and every corner', () => {
	test('band ± 1 around (10, 10): ranks by hand at each corner', () => {
		// Current (10, 10): A 50, B 50, C 45 → 1, 1, 3.
		// Corner 0 (9, 9): the same ratios → 1, 1, 3. Corner 1 (11, 9): A 1100/20 = 55, B 900/20 = 45,
		// C (550 + 360)/20 = 45.5 → A 1, C 2, B 3. Corner 2 (9, 11): A 45, B 55, C (450 + 440)/20 = 44.5 →
		// B 1, A 2, C 3. Corner 3 (11, 11) → 1, 1, 3.
		const r = cornerRanks(prepareGroup(ABC, XY), f64(9, 9), f64(11, 11), [0, 1], f64(10, 10), false);
		expect(list(r.best)).toEqual([1, 1, 2]);
		expect(list(r.worst)).toEqual([2, 3, 3]);
		// Ties go to the current weights, then to the lowest corner index.
		expect(list(r.bestAt)).toEqual([CURRENT, CURRENT, 1]);
		expect(list(r.worstAt)).toEqual([2, 1, CURRENT]);
	});

	test('the witness is the lowest counting index, though corners are visited in Gray-code order', () => {
		// x, y, z; D scaled (0, 100, 100), R (100, 100, 0) (y is equal: 100 for both). D ahead iff wz > wx.
		// Weights 10 ± 5: R falls to 2nd at corners 4 (5, 5, 15) and 6 (5, 15, 15), visited 6 first
		// (Gray order 0, 1, 3, 2, 6, 7, 5, 4); counting order reaches 4 first. D falls at 1 (15, 5, 5) and 3.
		const XYZ: CriterionRef[] = [...XY, { id: 'z', better: 'higher' }];
		const group = prepareGroup(
			[
				{ key: 'D', values: { x: 0, y: 50, z: 100 } },
				{ key: 'R', values: { x: 100, y: 50, z: 0 } }
			],
			XYZ
		);
		const r = cornerRanks(group, f64(5, 5, 5), f64(15, 15, 15), [0, 1, 2], f64(10, 10, 10), false);
		expect(list(r.best)).toEqual([1, 1]);
		expect(list(r.worst)).toEqual([2, 2]);
		expect(list(r.bestAt)).toEqual([CURRENT, CURRENT]);
		expect(list(r.worstAt)).toEqual([1, 4]);
	});

	test('an incomplete candidate: complete only where its missing weight is 0; the all-zero corner is skipped', () => {
		// D has x = 75, no y. Band 10 around (10, 10): corners (0, 0) skipped, 1 = (20, 0): only x weighs,
		// D complete: A 100, D 75, C 50, B 0 → A 1, D 2, C 3, B 4. 2 = (0, 20): only y, D incomplete:
		// B 100, C 40, A 0 → B 1, C 2, A 3, D 4. 3 = (20, 20) and current (10, 10): A 50, B 50, C 45, D none →
		// 1, 1, 3, 4.
		const group = prepareGroup([...ABC, { key: 'D', values: { x: 75, y: null } }], XY);
		const r = cornerRanks(group, f64(0, 0), f64(20, 20), [0, 1], f64(10, 10), false);
		expect(list(r.best)).toEqual([1, 1, 2, 2]);
		expect(list(r.worst)).toEqual([3, 4, 3, 4]);
		expect(list(r.bestAt)).toEqual([CURRENT, CURRENT, 2, 1]);
		expect(list(r.worstAt)).toEqual([2, 1, CURRENT, CURRENT]);
	});

	test('reweighted: the incomplete candidate competes on what it has, unscored where none of it weighs', () => {
		// D = 75 wherever x weighs. Current (10, 10) and corner 3: D 75, A 50, B 50, C 45 → D 1, A 2, B 2, C 4.
		// Corner 1 (20, 0): A 100, D 75, C 50, B 0 → A 1, D 2, C 3, B 4. Corner 2 (0, 20): D has no weight,
		// unscored: B 100, C 40, A 0 → B 1, C 2, A 3, D 4.
		const group = prepareGroup([...ABC, { key: 'D', values: { x: 75, y: null } }], XY);
		const r = cornerRanks(group, f64(0, 0), f64(20, 20), [0, 1], f64(10, 10), true);
		expect(list(r.best)).toEqual([1, 1, 2, 1]);
		expect(list(r.worst)).toEqual([3, 4, 4, 4]);
		expect(list(r.bestAt)).toEqual([1, 2, 2, CURRENT]);
		expect(list(r.worstAt)).toEqual([2, 1, CURRENT, 2]);
	});
});

test('rankRanges reports the corner of the lowest counting index as the witness', () => {
	// The D/R group above: R's worst rank 2 is first reached at corner 4 = (x 5, y 5, z 15).
	const XYZ: CriterionRef[] = [...XY, { id: 'z', better: 'higher' }];
	const group = prepareGroup(
		[
			{ key: 'D', values: { x: 0, y: 50, z: 100 } },
			{ key: 'R', values: { x: 100, y: 50, z: 0 } }
		],
		XYZ
	);
	const [d, r] = rankRanges(group, { x: 10, y: 10, z: 10 }, { reweight: false }, 5);
	expect(r!.worstWeights).toEqual({ x: 5, y: 5, z: 15 });
	expect(d!.worstWeights).toEqual({ x: 15, y: 5, z: 5 });
	expect(d!.bestWeights).toEqual({ x: 10, y: 10, z: 10 });
});

describe('cornerRanks against every corner ranked one by one with scorePrepared', () => {
	/** Deterministic pseudo-random numbers. */
	function lcg(seed: number): () => number {
		let state = seed;
		return () => {
			state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
			return state / 4294967296;
		};
	}
	for (const reweight of [false, true]) {
		test(`random groups (ties, missing values, weights at 0), reweight ${reweight}`, () => {
			const random = lcg(reweight ? 11 : 5);
			for (let trial = 0; trial < 60; trial++) {
				const n = 2 + Math.floor(random() * 12);
				const m = 1 + Math.floor(random() * 6);
				const criteria: CriterionRef[] = Array.from({ length: m }, (_, i) => ({ id: `c${i}`, better: random() < 0.3 ? 'lower' : 'higher' }));
				const integers = trial % 2 === 0;
				const group = prepareGroup(
					Array.from({ length: n }, (_, c) => ({
						key: `k${c}`,
						values: Object.fromEntries(criteria.map((cr) => [cr.id, random() < 0.15 ? null : integers ? Math.floor(random() * 5) : random() * 1000]))
					})),
					criteria
				);
				const current = Float64Array.from(criteria, () => [0, 5, 10, 12.5][Math.floor(random() * 4)]!);
				const band = [0, 2.5, 5, 10][trial % 4]!;
				const lo = current.map((w) => Math.max(0, w - band));
				const hi = current.map((w) => w + band);
				const moving = criteria.map((_, i) => i).filter((i) => lo[i]! < hi[i]!);
				const fast = cornerRanks(group, lo, hi, moving, current, reweight);

				// One by one: the current weights, then corners 0, 1, 2, …; the first strict improvement is kept.
				const best = new Array<number>(n).fill(n + 1);
				const worst = new Array<number>(n).fill(0);
				const bestAt = new Array<number>(n).fill(NO_WITNESS);
				const worstAt = new Array<number>(n).fill(NO_WITNESS);
				const visit = (w: Float64Array, index: number) => {
					if (w.every((x) => x === 0)) return;
					const weights = Object.fromEntries(criteria.map((cr, i) => [cr.id, w[i]!]));
					scorePrepared(group, weights, { reweight }).forEach((r, c) => {
						if (r.rank < best[c]!) [best[c], bestAt[c]] = [r.rank, index];
						if (r.rank > worst[c]!) [worst[c], worstAt[c]] = [r.rank, index];
					});
				};
				visit(current, CURRENT);
				for (let index = 0; index < 1 << moving.length; index++) visit(cornerWeights(lo, hi, moving, index), index);

				expect(list(fast.best)).toEqual(best);
				expect(list(fast.worst)).toEqual(worst);
				expect(list(fast.bestAt)).toEqual(bestAt);
				expect(list(fast.worstAt)).toEqual(worstAt);
			}
		});
	}
});
