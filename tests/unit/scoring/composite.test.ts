import { describe, expect, test } from 'vitest';
import { prepareGroup, scoreGroup, scorePrepared, type CriterionRef, type ScoredCandidate } from '$lib/scoring';

const CRITERIA: CriterionRef[] = [
	{ id: 'x', better: 'higher' },
	{ id: 'y', better: 'higher' },
	{ id: 'z', better: 'lower' }
];
// Scaled: x 10/20/30 → 0/50/100; y 0/50/100 → 0/50/100; z (lower, 0–10) 5/0/10 → (10 − 5)/10 × 100 = 50 / 100 / 0.
const GROUP: ScoredCandidate[] = [
	{ key: 'A', values: { x: 10, y: 0, z: 5 } },
	{ key: 'B', values: { x: 20, y: 50, z: 0 } },
	{ key: 'C', values: { x: 30, y: 100, z: 10 } }
];
const PLAIN = { reweight: false };

const summary = (results: ReturnType<typeof scoreGroup>) => results.map((r) => [r.key, r.composite, r.rank]);

describe('scoreGroup: the weighted mean of scaled criteria, ranked', () => {
	test('scaled values per criterion, in the input order', () => {
		const results = scoreGroup(GROUP, CRITERIA, { x: 10, y: 10, z: 10 }, PLAIN);
		expect(results.map((r) => r.scaled)).toEqual([
			{ x: 0, y: 0, z: 50 },
			{ x: 50, y: 50, z: 100 },
			{ x: 100, y: 100, z: 0 }
		]);
		expect(results.map((r) => r.missing)).toEqual([[], [], []]);
	});
	test('equal weights: the plain mean; B and C tie', () => {
		// A (0 + 0 + 50) / 3 = 16.67; B (50 + 50 + 100) / 3 = 66.67; C (100 + 100 + 0) / 3 = 66.67.
		const results = scoreGroup(GROUP, CRITERIA, { x: 10, y: 10, z: 10 }, PLAIN);
		expect(results.map((r) => r.composite)).toEqual([expect.closeTo(50 / 3, 9), expect.closeTo(200 / 3, 9), expect.closeTo(200 / 3, 9)]);
		expect(results.map((r) => r.rank)).toEqual([3, 1, 1]);
	});
	test('unequal weights: Σ wᵢ sᵢ / Σ wᵢ', () => {
		// w = 10, 10, 20 (Σ 40): A 20 × 50 / 40 = 25; B (500 + 500 + 2000) / 40 = 75; C (1000 + 1000) / 40 = 50.
		expect(summary(scoreGroup(GROUP, CRITERIA, { x: 10, y: 10, z: 20 }, PLAIN))).toEqual([
			['A', 25, 3],
			['B', 75, 1],
			['C', 50, 2]
		]);
	});
	test('a weight change changes the ranks; a zero weight is still scaled and shown but does not count', () => {
		// w = 30, 10, 0 (Σ 40): A 0; B (1500 + 500) / 40 = 50; C (3000 + 1000) / 40 = 100.
		const results = scoreGroup(GROUP, CRITERIA, { x: 30, y: 10, z: 0 }, PLAIN);
		expect(summary(results)).toEqual([
			['A', 0, 3],
			['B', 50, 2],
			['C', 100, 1]
		]);
		expect(results[0]!.scaled.z).toBe(50);
	});
	test('negative, NaN and absent weights count as 0', () => {
		// Only z weighs: A 50, B 100, C 0.
		expect(summary(scoreGroup(GROUP, CRITERIA, { x: -5, y: NaN, z: 10 }, PLAIN))).toEqual([
			['A', 50, 2],
			['B', 100, 1],
			['C', 0, 3]
		]);
		expect(summary(scoreGroup(GROUP, CRITERIA, { z: 10 }, PLAIN))).toEqual([
			['A', 50, 2],
			['B', 100, 1],
			['C', 0, 3]
		]);
	});
	test('all weights 0: nobody has a composite, everyone shares rank 1', () => {
		expect(summary(scoreGroup(GROUP, CRITERIA, { x: 0, y: 0, z: 0 }, PLAIN))).toEqual([
			['A', null, 1],
			['B', null, 1],
			['C', null, 1]
		]);
	});
});

describe('scoreGroup: candidates with missing criteria', () => {
	const XY = CRITERIA.slice(0, 2);
	// x 10/20/30 → 0/50/100; y present for A and C only, 20/40 → 0/100.
	const GAPPY: ScoredCandidate[] = [
		{ key: 'A', values: { x: 10, y: 20 } },
		{ key: 'B', values: { x: 20, y: null } },
		{ key: 'C', values: { x: 30, y: 40 } }
	];
	test('without reweighting the incomplete candidate has no composite and ranks after every complete one', () => {
		// A (0 + 0) / 2 = 0; C (100 + 100) / 2 = 100; B incomplete → after the 2 complete ones, rank 3.
		const results = scoreGroup(GAPPY, XY, { x: 10, y: 10 }, PLAIN);
		expect(summary(results)).toEqual([
			['A', 0, 2],
			['B', null, 3],
			['C', 100, 1]
		]);
		expect(results[1]!.missing).toEqual(['y']);
		expect(results[1]!.scaled).toEqual({ x: 50, y: null });
	});
	test('with reweighting its composite is the mean over the criteria it has', () => {
		// B: x only, 10 × 50 / 10 = 50, between C (100) and A (0).
		expect(summary(scoreGroup(GAPPY, XY, { x: 10, y: 10 }, { reweight: true }))).toEqual([
			['A', 0, 3],
			['B', 50, 2],
			['C', 100, 1]
		]);
	});
	test('a missing criterion with weight 0 does not make a candidate incomplete', () => {
		// Only x weighs: A 0, B 50, C 100.
		expect(summary(scoreGroup(GAPPY, XY, { x: 10, y: 0 }, PLAIN))).toEqual([
			['A', 0, 3],
			['B', 50, 2],
			['C', 100, 1]
		]);
	});
	test('reweighted, a candidate missing every weighted criterion has no composite', () => {
		// Only y weighs; B has no y: null, rank after A and C. y: A 0, C 100.
		expect(summary(scoreGroup(GAPPY, XY, { x: 0, y: 10 }, { reweight: true }))).toEqual([
			['A', 0, 2],
			['B', null, 3],
			['C', 100, 1]
		]);
	});
	test('a value that is undefined or not finite is missing too', () => {
		const odd: ScoredCandidate[] = [
			{ key: 'A', values: { x: 1 } },
			{ key: 'B', values: { x: Infinity, y: 3 } }
		];
		const results = scoreGroup(odd, XY, { x: 10, y: 10 }, PLAIN);
		expect(results.map((r) => r.missing)).toEqual([['y'], ['x']]);
		// Both incomplete: no composite, both share rank 1 (after 0 complete candidates).
		expect(summary(results)).toEqual([
			['A', null, 1],
			['B', null, 1]
		]);
	});
});

describe('prepareGroup + scorePrepared: scale once, weight many times', () => {
	test('the same results as scoreGroup for each weighting, the scaled records shared', () => {
		const prepared = prepareGroup(GROUP, CRITERIA);
		const first = scorePrepared(prepared, { x: 10, y: 10, z: 20 }, PLAIN);
		const second = scorePrepared(prepared, { x: 30, y: 10, z: 0 }, PLAIN);
		// As computed by hand above: 25 / 75 / 50, then 0 / 50 / 100.
		expect(first.map((r) => r.composite)).toEqual([25, 75, 50]);
		expect(second.map((r) => r.composite)).toEqual([0, 50, 100]);
		expect(first[0]!.scaled).toBe(second[0]!.scaled);
	});
	test('60 candidates × 10 criteria re-weighted fast (a loose sanity bound; the bench holds the target)', () => {
		const criteria: CriterionRef[] = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, better: i % 3 === 0 ? 'lower' : 'higher' }));
		const candidates: ScoredCandidate[] = Array.from({ length: 60 }, (_, c) => ({
			key: `k${c}`,
			values: Object.fromEntries(criteria.map((cr, i) => [cr.id, (c * 37 + i * 11) % 101]))
		}));
		const prepared = prepareGroup(candidates, criteria);
		const started = performance.now();
		for (let run = 0; run < 100; run++) scorePrepared(prepared, Object.fromEntries(criteria.map((cr, i) => [cr.id, (run + i) % 20])), PLAIN);
		expect((performance.now() - started) / 100).toBeLessThan(16);
	});
});
