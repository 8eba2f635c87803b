/**
 * How much a ranking depends on the weights: each weight w may move within
 * [max(0, w − band), w + band] (the "box"), and we ask how good and how bad each candidate's rank
 * can get, and which single weight moved to one end of its band changes who leads.
 *
 * Approach. For a fixed weight vector w, candidate d is ahead of c when
 *   S_d > S_c  ⟺  Σ wᵢ s_dᵢ / Σ wᵢ > Σ wᵢ s_cᵢ / Σ wᵢ  ⟺  Σ wᵢ δᵢ > 0,  δᵢ = s_dᵢ − s_cᵢ,
 * the positive denominator cancelling: a linear function of w. Rank = 1 + the number ahead.
 *
 * (a) Guaranteed bounds, pair by pair. d is ahead of c for *every* w in the box iff the minimum
 *     of Σ wᵢ δᵢ over the box is > 0 (at wᵢ = lo where δᵢ > 0, hi where δᵢ < 0); d *can* be ahead
 *     iff the maximum is > 0. bestBound = 1 + #must-be-ahead, worstBound = 1 + #can-be-ahead.
 *     We evaluate the sign through the weighted mean Σ wᵢ δᵢ / Σ wᵢ (same sign, the denominator
 *     being positive) because (i) the all-zero vector is excluded (nobody has a composite there,
 *     and with every lo = 0 the plain minimum would be 0 at that point), and (ii) the mean is in
 *     score points, so it can be held against the tie tolerance of `rank.ts`. The extremes of a
 *     weighted mean over a box are at a corner where the criteria above some threshold value are
 *     at one end and the rest at the other, so trying the m + 1 thresholds on the sorted δ finds
 *     them exactly.
 *     Incomplete candidates. Without reweighting, a candidate is complete at w iff each criterion
 *     it lacks has weight 0: always (those weights are 0 across the box), never (one has lo > 0),
 *     or on the face of the box where they are 0; a complete candidate is ahead of every incomplete
 *     one, so the pair test runs on that face. With reweighting, two candidates having the same
 *     criteria (among those that can weigh) compare linearly over those; candidates with different
 *     criteria have means over different denominators, no longer linear, and there the bound
 *     uses each one's own extremes (min S_d − max S_c > 0): still guaranteed, possibly loose.
 * (b) Witnesses: actual weight vectors, their ranks computed like `scorePrepared`. Every corner of
 *     the box when at most 10 weights can move (≤ 1024 corners, `corners.ts`), else the current weights, the
 *     center, each corner found in (a) and a fixed pseudo-random sample of corners. The best and
 *     worst rank reached are reported with the vector that reaches them (the current weights when
 *     nothing beats them). Witnesses are reachable, bounds are safe: when they agree the range is
 *     exact; when not, the truth lies between (an interior point can beat every corner).
 */
import { compositesInto, weightVector, type PreparedGroup } from './composite';
import { cornerRanks, cornerWeights, CURRENT } from './corners';
import { ranksInto, ranksWithScratch, TIE_TOLERANCE } from './rank';
import { FULL_SCORE } from './scale';
import type { RankRange, ScoreRules, TopChange, Weights } from './types';

/** Up to this many weights free to move, every corner of the band is tried (2¹⁰ = 1024). */
export const MAX_EXHAUSTIVE_WEIGHTS = 10;

/** Corners sampled when more weights move than that. */
const SAMPLED_CORNERS = 256;

// Composites are 0–100, so the tie tolerance of `rank.ts` is between 1e-9 and 1e-7 (1e-9 × 100):
// a guaranteed lead must exceed the largest, a possible lead only the smallest.
const MUST_MARGIN = TIE_TOLERANCE * FULL_SCORE;
const CAN_MARGIN = TIE_TOLERANCE;

/** The range each weight may take. */
interface Box {
	readonly lo: Float64Array;
	readonly hi: Float64Array;
}

/**
 * The threshold search of a weighted mean's extremes over the box (`meanExtremes`): its buffers,
 * reused across the pairs of one `rankRanges` call (thousands of searches per weight change), and
 * its last answer. The extremes are reached with the criteria in `order[0..count)` (ascending
 * value) with the `minRaised` lowest, or the `maxRaised` highest, at their band's top.
 */
interface MeanSearch {
	readonly order: Int32Array;
	count: number;
	min: number;
	max: number;
	minRaised: number;
	maxRaised: number;
}

function meanSearch(m: number): MeanSearch {
	return { order: new Int32Array(m), count: 0, min: NaN, max: NaN, minRaised: -1, maxRaised: -1 };
}

/** The extremes of a candidate's own mean, kept for the pairs that compare means over different criteria. */
interface Extremes {
	readonly min: number;
	readonly max: number;
}

/** The corner of the search's last extreme (1 = the weight at hi, 0 = at lo), built only when kept as a witness. */
function cornerOf(search: MeanSearch, highest: boolean, m: number): Uint8Array {
	const corner = new Uint8Array(m);
	const { order, count } = search;
	const raised = highest ? search.maxRaised : search.minRaised;
	for (let k = 0; k < raised; k++) corner[order[highest ? count - 1 - k : k]!] = 1;
	return corner;
}

/** A usable band: negative or non-finite bands are 0 (no movement). */
function usableBand(band: number): number {
	return Number.isFinite(band) && band > 0 ? band : 0;
}

function bandBox(w: Float64Array, band: number): Box {
	const b = usableBand(band);
	return { lo: w.map((x) => Math.max(0, x - b)), hi: w.map((x) => x + b) };
}

/**
 * Min and max over the box (without the zero vector) of Σ wᵢ vᵢ / Σ wᵢ over the criteria `use`d;
 * the others sit at lo. Written into `search`; false when none of them can weigh. Threshold
 * corners, see the module comment.
 */
function meanExtremes(values: Float64Array, use: Uint8Array, box: Box, search: MeanSearch): boolean {
	const { order } = search;
	const { lo, hi } = box;
	// The criteria that can weigh, by ascending value; an insertion sort (a handful of criteria),
	// stable like Array.prototype.sort, so equal values keep the criteria's order.
	let count = 0;
	for (let i = 0; i < values.length; i++) {
		if (!use[i] || !(hi[i]! > 0)) continue;
		const value = values[i]!;
		let j = count++;
		while (j > 0 && values[order[j - 1]!]! > value) {
			order[j] = order[j - 1]!;
			j--;
		}
		order[j] = i;
	}
	search.count = count;
	if (count === 0) return false;
	let baseSum = 0;
	let baseWeight = 0;
	for (let k = 0; k < count; k++) {
		const i = order[k]!;
		baseSum += lo[i]! * values[i]!;
		baseWeight += lo[i]!;
	}
	// Raise the k lowest values to their band's top, for the min.
	let sum = baseSum;
	let weight = baseWeight;
	let value = NaN;
	let raised = -1;
	for (let k = 0; k <= count; k++) {
		if (k > 0) {
			const i = order[k - 1]!;
			const extra = hi[i]! - lo[i]!;
			sum += extra * values[i]!;
			weight += extra;
		}
		if (!(weight > 0)) continue;
		const mean = sum / weight;
		if (raised < 0 || mean < value) {
			value = mean;
			raised = k;
		}
	}
	search.min = value;
	search.minRaised = raised;
	// Raise the k highest, for the max.
	sum = baseSum;
	weight = baseWeight;
	value = NaN;
	raised = -1;
	for (let k = 0; k <= count; k++) {
		if (k > 0) {
			const i = order[count - k]!;
			const extra = hi[i]! - lo[i]!;
			sum += extra * values[i]!;
			weight += extra;
		}
		if (!(weight > 0)) continue;
		const mean = sum / weight;
		if (raised < 0 || mean > value) {
			value = mean;
			raised = k;
		}
	}
	search.max = value;
	search.maxRaised = raised;
	return true;
}

/** What the pairwise bounds need to know about each candidate under the rules. */
interface Standing {
	/** 1 where the candidate has a value. */
	readonly present: Uint8Array;
	/** Without reweighting: complete for every w in the box / for some w. With it: scored for every w / for some w. */
	readonly always: boolean;
	readonly sometimes: boolean;
}

function standings(prepared: PreparedGroup, box: Box, reweight: boolean): Standing[] {
	const m = prepared.criteria.length;
	return prepared.keys.map((_, c) => {
		const present = Uint8Array.from({ length: m }, (_, i) => (Number.isNaN(prepared.scaled[c * m + i]!) ? 0 : 1));
		// Criteria that decide: the missing ones without reweighting, the present ones with it.
		const deciding = (i: number) => (reweight ? present[i] === 1 : present[i] === 0);
		let allDecidingZeroable = true;
		let anyDecidingCanWeigh = false;
		let otherCanWeigh = false;
		for (let i = 0; i < m; i++) {
			if (deciding(i)) {
				if (box.lo[i]! > 0) allDecidingZeroable = false;
				if (box.hi[i]! > 0) anyDecidingCanWeigh = true;
			} else if (box.hi[i]! > 0) otherCanWeigh = true;
		}
		if (!reweight) {
			// Complete iff every missing criterion weighs 0 (and some other criterion weighs: the zero vector is skipped).
			return { present, always: !anyDecidingCanWeigh, sometimes: allDecidingZeroable && otherCanWeigh };
		}
		// Scored iff some present criterion weighs.
		// Always when a present weight stays above 0, or when nothing else can weigh (the zero vector is skipped).
		return { present, always: !allDecidingZeroable || (anyDecidingCanWeigh && !otherCanWeigh), sometimes: anyDecidingCanWeigh };
	});
}

/** Pairwise verdicts: is d ahead of c for every w in the box (`must`), for some w (`can`)? */
interface PairContext {
	readonly prepared: PreparedGroup;
	readonly box: Box;
	readonly standing: readonly Standing[];
	/** Each candidate's own extremes over its present criteria (reweighting, different criteria). */
	readonly own: readonly (Extremes | null)[];
	/** Corners found, kept as witnesses when too many weights move for every corner. */
	readonly corners: Uint8Array[] | null;
	readonly delta: Float64Array;
	readonly use: Uint8Array;
	readonly search: MeanSearch;
	/** The last pair's verdicts (written by the pair functions; no object per pair). */
	must: boolean;
	can: boolean;
}

/** The extremes of δ for the pair in `delta`/`use`, into the context's search; false when nothing can weigh. */
function deltaExtremes(context: PairContext): boolean {
	const found = meanExtremes(context.delta, context.use, context.box, context.search);
	if (found && context.corners) {
		const m = context.delta.length;
		context.corners.push(cornerOf(context.search, false, m), cornerOf(context.search, true, m));
	}
	return found;
}

/** δ = s_d − s_c over the criteria both have (and that can weigh), into the context's scratch. */
function fillDelta(context: PairContext, d: number, c: number): void {
	const { prepared, delta, use } = context;
	const m = prepared.criteria.length;
	const pd = context.standing[d]!.present;
	const pc = context.standing[c]!.present;
	const { scaled } = prepared;
	for (let i = 0; i < m; i++) {
		const both = pd[i] === 1 && pc[i] === 1;
		use[i] = both ? 1 : 0;
		delta[i] = both ? scaled[d * m + i]! - scaled[c * m + i]! : 0;
	}
}

function pairWithoutReweight(context: PairContext, d: number, c: number): void {
	const { box, standing, search } = context;
	const sd = standing[d]!;
	const sc = standing[c]!;
	const m = box.lo.length;
	// Both tests below need the extremes of the mean of δ over the criteria both have (computed once, when needed).
	let computed = false;
	let found = false;
	let must: boolean;
	if (!sd.always) must = false;
	else if (!sc.sometimes) must = true;
	else {
		// On the face where c is complete (its missing weights 0): d is complete throughout.
		fillDelta(context, d, c);
		found = deltaExtremes(context);
		computed = true;
		must = !found || search.min > MUST_MARGIN;
	}
	let can: boolean;
	if (!sd.sometimes) can = false;
	else {
		// A criterion only c lacks that can weigh: give it weight, d stays complete, c is not.
		let cIncompleteWhileDComplete = false;
		for (let i = 0; i < m; i++) if (sc.present[i] === 0 && sd.present[i] === 1 && box.hi[i]! > 0) cIncompleteWhileDComplete = true;
		if (cIncompleteWhileDComplete) can = true;
		else {
			if (!computed) {
				fillDelta(context, d, c);
				found = deltaExtremes(context);
			}
			can = found && search.max > CAN_MARGIN;
		}
	}
	context.must = must;
	context.can = can;
}

function sameCriteria(a: Standing, b: Standing, box: Box): boolean {
	for (let i = 0; i < a.present.length; i++) if (box.hi[i]! > 0 && a.present[i] !== b.present[i]) return false;
	return true;
}

function pairWithReweight(context: PairContext, d: number, c: number): void {
	const { box, standing, own, search } = context;
	const sd = standing[d]!;
	const sc = standing[c]!;
	if (!sd.sometimes) {
		context.must = false;
		context.can = false;
		return;
	}
	if (!sc.sometimes) {
		context.must = sd.always;
		context.can = true;
		return;
	}
	if (sameCriteria(sd, sc, box)) {
		// Same denominator: the linear case. Both are scored (or not) for the same w.
		fillDelta(context, d, c);
		deltaExtremes(context);
		context.must = sd.always && search.min > MUST_MARGIN;
		context.can = search.max > CAN_MARGIN;
		return;
	}
	const ed = own[d]!;
	const ec = own[c]!;
	let cUnscoredWhileDScored = false;
	if (!sc.always) for (let i = 0; i < sd.present.length; i++) if (sd.present[i] === 1 && sc.present[i] === 0 && box.hi[i]! > 0) cUnscoredWhileDScored = true;
	context.must = sd.always && ed.min - ec.max > MUST_MARGIN;
	context.can = cUnscoredWhileDScored || ed.max - ec.min > CAN_MARGIN;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so the sampled witnesses are reproducible. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function toWeights(prepared: PreparedGroup, w: Float64Array): Weights {
	return Object.fromEntries(prepared.criteria.map((c, i) => [c.id, w[i]!]));
}

function isZero(w: Float64Array): boolean {
	for (let i = 0; i < w.length; i++) if (w[i] !== 0) return false;
	return true;
}

/**
 * The best and worst rank each candidate reaches over the weight vectors it is shown, with the
 * first vector reaching each. The hot path of `rankRanges` (up to 1024 corners per weight
 * change), so it ranks into buffers allocated once and copies a vector only when it is kept.
 */
class Witnesses {
	readonly best: Int32Array;
	readonly worst: Int32Array;
	readonly bestAt: Float64Array[];
	readonly worstAt: Float64Array[];
	readonly #prepared: PreparedGroup;
	readonly #reweight: boolean;
	readonly #composites: Float64Array;
	readonly #ranks: Int32Array;
	readonly #sorted: Float64Array;

	constructor(prepared: PreparedGroup, reweight: boolean) {
		const n = prepared.keys.length;
		this.#prepared = prepared;
		this.#reweight = reweight;
		this.best = new Int32Array(n).fill(n + 1);
		this.worst = new Int32Array(n).fill(0);
		this.bestAt = new Array(n);
		this.worstAt = new Array(n);
		this.#composites = new Float64Array(n);
		this.#ranks = new Int32Array(n);
		this.#sorted = new Float64Array(n);
	}

	/** Rank the group at `w` (skipped for the zero vector) and keep what it improves. */
	evaluate(w: Float64Array): void {
		if (isZero(w)) return;
		const ranks = ranksWithScratch(compositesInto(this.#prepared, w, this.#reweight, this.#composites), this.#ranks, this.#sorted);
		let snapshot: Float64Array | null = null;
		for (let c = 0; c < ranks.length; c++) {
			const rank = ranks[c]!;
			if (rank < this.best[c]!) {
				this.best[c] = rank;
				this.bestAt[c] = snapshot ??= w.slice();
			}
			if (rank > this.worst[c]!) {
				this.worst[c] = rank;
				this.worstAt[c] = snapshot ??= w.slice();
			}
		}
	}
}

/**
 * Each candidate's best and worst rank when every weight moves within ± `band` points (never
 * below 0), with the weights that reach them and the guaranteed bounds (see the module comment).
 */
export function rankRanges(prepared: PreparedGroup, weights: Weights, rules: ScoreRules, band: number): RankRange[] {
	const n = prepared.keys.length;
	const m = prepared.criteria.length;
	const current = weightVector(prepared, weights);
	const box = bandBox(current, band);
	const composites = new Float64Array(n);
	const ranks = new Int32Array(n);

	if (box.hi.every((x) => x === 0)) {
		// No weight can be positive: nobody has a composite and everyone shares rank 1.
		ranksInto(compositesInto(prepared, current, rules.reweight, composites), ranks);
		const at = toWeights(prepared, current);
		return prepared.keys.map((key, c) => ({ key, best: ranks[c]!, worst: ranks[c]!, bestWeights: at, worstWeights: at, bestBound: ranks[c]!, worstBound: ranks[c]! }));
	}

	const moving: number[] = [];
	for (let i = 0; i < m; i++) if (box.lo[i]! < box.hi[i]!) moving.push(i);
	const exhaustive = moving.length <= MAX_EXHAUSTIVE_WEIGHTS;

	// (a) Bounds.
	const standing = standings(prepared, box, rules.reweight);
	const search = meanSearch(m);
	const values = new Float64Array(m);
	const own = standing.map((s, c): Extremes | null => {
		for (let i = 0; i < m; i++) values[i] = s.present[i] ? prepared.scaled[c * m + i]! : 0;
		return meanExtremes(values, s.present, box, search) ? { min: search.min, max: search.max } : null;
	});
	const context: PairContext = { prepared, box, standing, own, corners: exhaustive ? null : [], delta: new Float64Array(m), use: new Uint8Array(m), search, must: false, can: false };
	const bestBound = new Int32Array(n).fill(1);
	const worstBound = new Int32Array(n).fill(1);
	for (let c = 0; c < n; c++) {
		for (let d = 0; d < n; d++) {
			if (d === c) continue;
			if (rules.reweight) pairWithReweight(context, d, c);
			else pairWithoutReweight(context, d, c);
			if (context.must) bestBound[c]!++;
			if (context.must || context.can) worstBound[c]!++;
		}
	}

	// (b) Witnesses.
	let best: Int32Array;
	let worst: Int32Array;
	let bestAt: Float64Array[];
	let worstAt: Float64Array[];
	if (exhaustive) {
		// Every corner (corners.ts: the first reaching each rank in counting order, the current weights first).
		const ranked = cornerRanks(prepared, box.lo, box.hi, moving, current, rules.reweight);
		const at = (index: number) => (index === CURRENT ? current : cornerWeights(box.lo, box.hi, moving, index));
		({ best, worst } = ranked);
		bestAt = Array.from(ranked.bestAt, at);
		worstAt = Array.from(ranked.worstAt, at);
	} else {
		const witnesses = new Witnesses(prepared, rules.reweight);
		({ best, worst, bestAt, worstAt } = witnesses);
		// The current weights first, so they are the witness whenever no corner does better.
		witnesses.evaluate(current);
		witnesses.evaluate(box.lo.map((lo, i) => (lo + box.hi[i]!) / 2));
		// Many pairs share their extreme corners: each distinct corner once.
		const corner = new Float64Array(m);
		const seen = new Set<string>();
		const evaluateOnce = (bits: Uint8Array) => {
			const key = bits.join('');
			if (seen.has(key)) return;
			seen.add(key);
			for (let i = 0; i < m; i++) corner[i] = bits[i] === 1 ? box.hi[i]! : box.lo[i]!;
			witnesses.evaluate(corner);
		};
		for (const bits of context.corners!) evaluateOnce(bits);
		const random = seededRandom(0x9e3779b9);
		for (let s = 0; s < SAMPLED_CORNERS; s++) evaluateOnce(Uint8Array.from({ length: m }, () => (random() < 0.5 ? 1 : 0)));
	}

	return prepared.keys.map((key, c) => ({
		key,
		best: best[c]!,
		worst: worst[c]!,
		bestWeights: toWeights(prepared, bestAt[c]!),
		worstWeights: toWeights(prepared, worstAt[c]!),
		bestBound: bestBound[c]!,
		worstBound: worstBound[c]!
	}));
}

/**
 * Who leads at a weight vector: marks 1 in `out` for each candidate ranked first with a score.
 * Buffers allocated once per `topChanges` call (it ranks the group twice per criterion).
 */
function leadersInto(prepared: PreparedGroup, w: Float64Array, reweight: boolean, scratch: { composites: Float64Array; ranks: Int32Array; sorted: Float64Array }, out: Uint8Array): Uint8Array {
	const { composites, ranks } = scratch;
	ranksWithScratch(compositesInto(prepared, w, reweight, composites), ranks, scratch.sorted);
	for (let c = 0; c < out.length; c++) out[c] = ranks[c] === 1 && !Number.isNaN(composites[c]!) ? 1 : 0;
	return out;
}

/**
 * Each single weight that, moved alone to one end of its band, changes who leads. The two ends
 * suffice: with one weight t moving, S_d − S_c = (a + δ t) / (b + t) changes sign at most once,
 * so the weights at which a current leader still leads form an interval around the current
 * weight, and a leader lost anywhere in the band is still lost at that end (a tie is a single
 * point, with d ahead on one side). Without reweighting a candidate's completeness only changes
 * at t = 0, which is an end. With reweighting, two candidates lacking different criteria have
 * different denominators and the sign can change twice inside the band; only the ends are
 * checked there.
 */
export function topChanges(prepared: PreparedGroup, weights: Weights, rules: ScoreRules, band: number): TopChange[] {
	const n = prepared.keys.length;
	const current = weightVector(prepared, weights);
	const b = usableBand(band);
	const scratch = { composites: new Float64Array(n), ranks: new Int32Array(n), sorted: new Float64Array(n) };
	const leaders = leadersInto(prepared, current, rules.reweight, scratch, new Uint8Array(n));
	const now = new Uint8Array(n);
	const moved = current.slice();
	const changes: TopChange[] = [];
	prepared.criteria.forEach((criterion, i) => {
		const ends: [TopChange['direction'], number][] = [
			['down', Math.max(0, current[i]! - b)],
			['up', current[i]! + b]
		];
		for (const [direction, weight] of ends) {
			if (weight === current[i]) continue;
			moved[i] = weight;
			const zero = isZero(moved);
			if (!zero) leadersInto(prepared, moved, rules.reweight, scratch, now);
			moved[i] = current[i]!;
			if (zero || now.every((lead, c) => lead === leaders[c])) continue;
			changes.push({ criterion: criterion.id, weight, direction, leaders: prepared.keys.filter((_, c) => now[c] === 1) });
		}
	});
	return changes;
}
