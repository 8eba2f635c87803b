import { describe, expect, test } from 'vitest';
import { prepareGroup, rankRanges, scorePrepared, topChanges, type CriterionRef, type ScoredCandidate, type Weights } from '$lib/scoring';

const XY: CriterionRef[] = [
	{ id: 'x', better: 'higher' },
	{ id: 'y', better: 'higher' }
];
// Scaled: x 100/0/50 → A 100, B 0, C 50; y 0/100/40 → A 0, B 100, C 40.
// With weights (wx, wy): S_A = 100wx / W, S_B = 100wy / W, S_C = (50wx + 40wy) / W, W = wx + wy. So
//   A ahead of B ⟺ wx > wy;  A ahead of C ⟺ 50wx − 40wy > 0 ⟺ wy/wx < 1.25;
//   B ahead of C ⟺ 60wy − 50wx > 0 ⟺ wx/wy < 1.2.
const ABC: ScoredCandidate[] = [
	{ key: 'A', values: { x: 100, y: 0 } },
	{ key: 'B', values: { x: 0, y: 100 } },
	{ key: 'C', values: { x: 50, y: 40 } }
];
const PLAIN = { reweight: false };
const EVEN = { x: 10, y: 10 };

const range = (r: ReturnType<typeof rankRanges>[number]) => [r.key, r.best, r.worst, r.bestBound, r.worstBound];

describe('rankRanges: best and worst rank when each weight moves within its band', () => {
	test('band 0: the current ranks, exact', () => {
		// (10, 10): A 50, B 50, C (500 + 400) / 20 = 45 → 1, 1, 3.
		const ranges = rankRanges(prepareGroup(ABC, XY), EVEN, PLAIN, 0);
		expect(ranges.map(range)).toEqual([
			['A', 1, 1, 1, 1],
			['B', 1, 1, 1, 1],
			['C', 3, 3, 3, 3]
		]);
		expect(ranges[2]!.bestWeights).toEqual(EVEN);
	});
	test('a narrow band (± 0.5) leaves C a single rank; A and B swap the lead', () => {
		// Weights in [9.5, 10.5]: wy/wx ≤ 10.5/9.5 = 1.105 < 1.25, so A is always ahead of C; wx/wy ≤ 1.105 < 1.2,
		// so B is always ahead of C: C is 3rd everywhere. A ahead of B iff wx > wy: either can lead.
		const ranges = rankRanges(prepareGroup(ABC, XY), EVEN, PLAIN, 0.5);
		expect(ranges.map(range)).toEqual([
			['A', 1, 2, 1, 2],
			['B', 1, 2, 1, 2],
			['C', 3, 3, 3, 3]
		]);
		// A's best is already at the current weights (a tie for 1st); its worst needs wy > wx: the corner (9.5, 10.5).
		expect(ranges[0]!.bestWeights).toEqual(EVEN);
		expect(ranges[0]!.worstWeights).toEqual({ x: 9.5, y: 10.5 });
		expect(ranges[1]!.worstWeights).toEqual({ x: 10.5, y: 9.5 });
	});
	test('band ± 1: C can pass B at (11, 9), so C ranges 2–3', () => {
		// wx/wy up to 11/9 = 1.222 > 1.2: at (11, 9) C (550 + 360) / 20 = 45.5 > B 900 / 20 = 45; A 55 stays ahead
		// (wy/wx ≤ 1.222 < 1.25). Bounds and witnesses agree for all three.
		const ranges = rankRanges(prepareGroup(ABC, XY), EVEN, PLAIN, 1);
		expect(ranges.map(range)).toEqual([
			['A', 1, 2, 1, 2],
			['B', 1, 3, 1, 3],
			['C', 2, 3, 2, 3]
		]);
		expect(ranges[2]!.bestWeights).toEqual({ x: 11, y: 9 });
		expect(ranges[1]!.worstWeights).toEqual({ x: 11, y: 9 });
	});
	test('a wide band (± 10): the pairwise best bound can be loose, the witness is the truth', () => {
		// Weights in [0, 20]. (20, 0): A 100, C 50, B 0; (0, 20): B 100, C 40, A 0; (20, 20) as now.
		// C can pass A (wy/wx > 1.25) and can pass B (wx/wy > 1.2), so pairwise its best bound is 1; but not both
		// at once (that needs wy/wx > 1.25 and < 1/1.2 = 0.83), so its true best is 2, which a corner reaches.
		const ranges = rankRanges(prepareGroup(ABC, XY), EVEN, PLAIN, 10);
		expect(ranges.map(range)).toEqual([
			['A', 1, 3, 1, 3],
			['B', 1, 3, 1, 3],
			['C', 2, 3, 1, 3]
		]);
		expect(ranges[0]!.worstWeights).toEqual({ x: 0, y: 20 });
	});
	test('an incomplete candidate (no reweighting) can rise only where its missing weight can reach 0', () => {
		// D has x = 75 (scaled (75 − 0) / 100 × 100 = 75) and no y. Band 10: wy ∈ [0, 20].
		// wy > 0: D incomplete → last, rank 4. wy = 0 (only x weighs): A 100, D 75, C 50, B 0 → D 2nd.
		// Bounds: A is complete everywhere and beats D where D is complete (100 > 75): must → best bound 2;
		// every complete candidate can be ahead (wy > 0) → worst bound 4.
		const group = [...ABC, { key: 'D', values: { x: 75, y: null } }];
		const d = rankRanges(prepareGroup(group, XY), EVEN, PLAIN, 10)[3]!;
		expect(range(d)).toEqual(['D', 2, 4, 2, 4]);
		expect(d.bestWeights.y).toBe(0);
		// Band 5: wy ≥ 5 > 0 always, D is last everywhere (all three must be ahead).
		expect(range(rankRanges(prepareGroup(group, XY), EVEN, PLAIN, 5)[3]!)).toEqual(['D', 4, 4, 4, 4]);
	});
	test('reweighted, the incomplete candidate competes on what it has', () => {
		// D = 75 whenever wx > 0 (its mean over x alone). Band 5, weights in [5, 15]:
		// A = 100wx/W ≥ 500/20 = 25 and ≤ 1500/20 = 75: D ahead of A unless wy = 5, wx = 15 (a tie at 75).
		// B = 100wy/W ≤ 75, so D is never behind B; C ≤ (50 × 15 + 40 × 5)/20 = 47.5 < 75. D's best 1, worst 1 or
		// tied: a tie is not "ahead", so A never passes D → D is 1st everywhere.
		const group = [...ABC, { key: 'D', values: { x: 75, y: null } }];
		const d = rankRanges(prepareGroup(group, XY), EVEN, { reweight: true }, 5)[3]!;
		expect([d.best, d.worst, d.bestBound]).toEqual([1, 1, 1]);
		// The bound for a pair with different criteria compares extremes independently: max S_A 75 vs min S_D 75,
		// a tie, so A cannot be ahead either: worst bound 1 as well.
		expect(d.worstBound).toBe(1);
	});
	test('all weights 0 and no band: nobody is scored, rank 1 for all', () => {
		const ranges = rankRanges(prepareGroup(ABC, XY), { x: 0, y: 0 }, PLAIN, 0);
		expect(ranges.map(range)).toEqual([
			['A', 1, 1, 1, 1],
			['B', 1, 1, 1, 1],
			['C', 1, 1, 1, 1]
		]);
	});
});

/** Deterministic pseudo-random numbers for the property checks. */
function lcg(seed: number): () => number {
	let state = seed;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 4294967296;
	};
}

function randomGroup(random: () => number, n: number, m: number, missingShare: number) {
	const criteria: CriterionRef[] = Array.from({ length: m }, (_, i) => ({ id: `c${i}`, better: random() < 0.3 ? 'lower' : 'higher' }));
	const candidates: ScoredCandidate[] = Array.from({ length: n }, (_, c) => ({
		key: `k${c}`,
		// Small integers, so exact ties happen too.
		values: Object.fromEntries(criteria.map((cr) => [cr.id, random() < missingShare ? null : Math.floor(random() * 6)]))
	}));
	return { criteria, candidates };
}

describe('rankRanges: bounds hold for any weights in the band, witnesses reach their ranks', () => {
	for (const reweight of [false, true]) {
		for (const m of [3, 12]) {
			test(`random groups, ${m} criteria, reweight ${reweight}`, () => {
				const random = lcg(m * 7 + (reweight ? 1 : 0));
				for (let trial = 0; trial < 25; trial++) {
					const { criteria, candidates } = randomGroup(random, 7, m, 0.15);
					const prepared = prepareGroup(candidates, criteria);
					const weights: Weights = Object.fromEntries(criteria.map((c) => [c.id, Math.floor(random() * 4) * 5]));
					const band = [0, 2.5, 5, 10][trial % 4]!;
					const rules = { reweight };
					const ranges = rankRanges(prepared, weights, rules, band);
					const current = scorePrepared(prepared, weights, rules);
					const allZero = Object.values(weights).every((w) => w === 0);
					ranges.forEach((r, c) => {
						expect(r.bestBound).toBeLessThanOrEqual(r.best);
						expect(r.best).toBeLessThanOrEqual(r.worst);
						expect(r.worst).toBeLessThanOrEqual(r.worstBound);
						if (!allZero) expect(r.best).toBeLessThanOrEqual(current[c]!.rank);
						if (!allZero) expect(r.worst).toBeGreaterThanOrEqual(current[c]!.rank);
						// The witnesses are in the band and reach the reported rank.
						expect(scorePrepared(prepared, r.bestWeights, rules)[c]!.rank).toBe(r.best);
						expect(scorePrepared(prepared, r.worstWeights, rules)[c]!.rank).toBe(r.worst);
						for (const cr of criteria) {
							expect(r.bestWeights[cr.id]).toBeGreaterThanOrEqual(Math.max(0, weights[cr.id]! - band));
							expect(r.bestWeights[cr.id]).toBeLessThanOrEqual(weights[cr.id]! + band);
						}
					});
					// Any weight vector inside the band (not only corners) ranks within the bounds.
					for (let sample = 0; sample < 40; sample++) {
						const w: Weights = Object.fromEntries(criteria.map((cr) => [cr.id, Math.max(0, weights[cr.id]! - band) + random() * (weights[cr.id]! + band - Math.max(0, weights[cr.id]! - band))]));
						if (Object.values(w).every((x) => x === 0)) continue;
						scorePrepared(prepared, w, rules).forEach((s, c) => {
							expect(s.rank).toBeGreaterThanOrEqual(ranges[c]!.bestBound);
							expect(s.rank).toBeLessThanOrEqual(ranges[c]!.worstBound);
						});
					}
				}
			});
		}
	}
	test('20 candidates × 9 criteria within a loose bound (the bench holds the real target)', () => {
		const random = lcg(42);
		const { criteria, candidates } = randomGroup(random, 20, 9, 0.05);
		const prepared = prepareGroup(candidates, criteria);
		const weights = Object.fromEntries(criteria.map((c) => [c.id, 10]));
		const started = performance.now();
		rankRanges(prepared, weights, { reweight: false }, 10);
		expect(performance.now() - started).toBeLessThan(200);
	});
});

describe('topChanges: single weights that change who leads', () => {
	// Weights (20, 10): A 2000/30 = 66.7, B 1000/30 = 33.3, C (1000 + 400)/30 = 46.7: A leads.
	const weights = { x: 20, y: 10 };
	test('band 5: no single move changes the lead', () => {
		// x ∈ [15, 25], y ∈ [5, 15]: A ahead of B iff wx > wy, always (15 > 10, 20 > 15); A ahead of C iff
		// wy/wx < 1.25, at most 15/20 = 0.75.
		expect(topChanges(prepareGroup(ABC, XY), weights, PLAIN, 5)).toEqual([]);
	});
	test('band 10: x down to 10 or y up to 20 makes A and B tie for the lead', () => {
		// (10, 10): A 50 = B 50 > C 45. (20, 20): the same ratios. x up to 30 or y down to 0: A still leads.
		expect(topChanges(prepareGroup(ABC, XY), weights, PLAIN, 10)).toEqual([
			{ criterion: 'x', weight: 10, direction: 'down', leaders: ['A', 'B'] },
			{ criterion: 'y', weight: 20, direction: 'up', leaders: ['A', 'B'] }
		]);
	});
	test('band 15: B alone leads when x drops to 5', () => {
		// (5, 10): A 500/15 = 33.3, B 1000/15 = 66.7, C (250 + 400)/15 = 43.3 → B. (20, 25): B 2500/45 = 55.6 >
		// A 2000/45 = 44.4 and C (1000 + 1000)/45 = 44.4 → B.
		expect(topChanges(prepareGroup(ABC, XY), weights, PLAIN, 15)).toEqual([
			{ criterion: 'x', weight: 5, direction: 'down', leaders: ['B'] },
			{ criterion: 'y', weight: 25, direction: 'up', leaders: ['B'] }
		]);
	});
});
