/**
 * Every corner of the weight band ranked, for the witnesses of `rankRanges` when at most ten
 * weights move (up to 1024 corners), fast enough to run on every weight change the panel makes.
 *
 * A corner is written by its counting index: bit k set = the k-th moving weight at its band's
 * top, clear = at its bottom. The corners are visited in Gray-code order (index t ^ (t >> 1)), so
 * exactly one weight moves from one corner to the next and each candidate's weighted sum changes
 * by one product: n multiplications per corner instead of n × m. The ranks then come from the
 * composites sorted in place (insertion sort: one weight moves, the order barely changes) and the
 * competition rule of `rank.ts`. The result does not depend on the visiting order: for each
 * candidate the witness of its best (worst) rank is the corner with the lowest counting index
 * among those reaching it, the current weights before every corner, exactly as visiting the
 * current weights and then corners 0, 1, 2, … and keeping the first strict improvement.
 *
 * The sums are updated, not recomputed, so a composite may differ from `compositesInto`'s in its
 * last bits (~1e-13 of its value after 1024 corners); ranks compare composites with a tolerance
 * of 1e-9 of their size (`isAhead`), which such differences do not cross.
 */
import { compositesInto, type PreparedGroup } from './composite';
import { isAhead, ranksInto } from './rank';

/** The current weights, as a witness index (before every corner). */
export const CURRENT = -1;
/** No witness: nothing ranked (every weight 0 everywhere in the band). */
export const NO_WITNESS = 0x7fffffff;

/** Each candidate's best and worst rank over the current weights and the corners, and the first index reaching each. */
export interface CornerRanks {
	readonly best: Int32Array;
	readonly worst: Int32Array;
	/** Counting index of the first corner reaching `best` ({@link CURRENT}: the current weights). */
	readonly bestAt: Int32Array;
	readonly worstAt: Int32Array;
}

/** The weights at a corner: `lo`, with the k-th of `moving` at `hi` where bit k of `index` is set. */
export function cornerWeights(lo: Float64Array, hi: Float64Array, moving: readonly number[], index: number): Float64Array {
	const w = lo.slice();
	for (let k = 0; k < moving.length; k++) if ((index >> k) & 1) w[moving[k]!] = hi[moving[k]!]!;
	return w;
}

/**
 * Rank the group at `current` and at every corner of the box [`lo`, `hi`] spanned by the
 * `moving` weights (the others have lo = hi), under the composite's rules (`reweight`). The zero
 * vector, where nobody has a composite, is skipped as `rankRanges` skips it.
 */
export function cornerRanks(prepared: PreparedGroup, lo: Float64Array, hi: Float64Array, moving: readonly number[], current: Float64Array, reweight: boolean): CornerRanks {
	const n = prepared.keys.length;
	const m = prepared.criteria.length;
	const { scaled } = prepared;
	const best = new Int32Array(n).fill(n + 1);
	const worst = new Int32Array(n).fill(0);
	const bestAt = new Int32Array(n).fill(NO_WITNESS);
	const worstAt = new Int32Array(n).fill(NO_WITNESS);
	const keep = (c: number, rank: number, index: number) => {
		if (rank < best[c]! || (rank === best[c]! && index < bestAt[c]!)) {
			best[c] = rank;
			bestAt[c] = index;
		}
		if (rank > worst[c]! || (rank === worst[c]! && index < worstAt[c]!)) {
			worst[c] = rank;
			worstAt[c] = index;
		}
	};

	let anyCurrent = false;
	for (let i = 0; i < m; i++) if (current[i] !== 0) anyCurrent = true;
	if (anyCurrent) {
		const ranks = ranksInto(compositesInto(prepared, current, reweight, new Float64Array(n)), new Int32Array(n));
		for (let c = 0; c < n; c++) keep(c, ranks[c]!, CURRENT);
	}

	// Corner 0 (every weight at lo): each candidate's sum and weight over the criteria it has and
	// that weigh, how many of those there are, and how many criteria it lacks weigh.
	const w = lo.slice();
	const sum = new Float64Array(n);
	const weight = new Float64Array(n);
	const weighing = new Int32Array(n);
	const lacking = new Int32Array(n);
	let positive = 0;
	for (let i = 0; i < m; i++) if (w[i]! > 0) positive++;
	for (let c = 0; c < n; c++) {
		for (let i = 0; i < m; i++) {
			const wi = w[i]!;
			if (!(wi > 0)) continue;
			const value = scaled[c * m + i]!;
			if (Number.isNaN(value)) lacking[c]!++;
			else {
				sum[c]! += wi * value;
				weight[c]! += wi;
				weighing[c]!++;
			}
		}
	}

	const composites = new Float64Array(n);
	// The sort key: the composite, or -Infinity without one (unscored candidates sort first).
	const sortKey = new Float64Array(n);
	// Candidates by ascending composite; kept from corner to corner, where it barely changes.
	const order = Int32Array.from({ length: n }, (_, c) => c);
	const rankCorner = (index: number) => {
		let scored = 0;
		for (let c = 0; c < n; c++) {
			const composite = weighing[c]! > 0 && (reweight || lacking[c] === 0) ? sum[c]! / weight[c]! : NaN;
			composites[c] = composite;
			if (Number.isNaN(composite)) sortKey[c] = -Infinity;
			else {
				sortKey[c] = composite;
				scored++;
			}
		}
		for (let p = 1; p < n; p++) {
			const c = order[p]!;
			const value = sortKey[c]!;
			let q = p;
			while (q > 0 && sortKey[order[q - 1]!]! > value) {
				order[q] = order[q - 1]!;
				q--;
			}
			order[q] = c;
		}
		const first = n - scored;
		// Unscored candidates share the rank after the last scored one.
		for (let p = 0; p < first; p++) keep(order[p]!, scored + 1, index);
		// A scored candidate's rank is 1 + the scores clearly ahead of it (`isAhead`, as `ranksInto`):
		// a suffix of the ascending order, which only shortens as the candidate's own score grows
		// (composites are ≥ 0), so one pointer walks it for all.
		let ahead = first;
		for (let p = first; p < n; p++) {
			const c = order[p]!;
			const own = composites[c]!;
			if (ahead < p + 1) ahead = p + 1;
			while (ahead < n && !isAhead(composites[order[ahead]!]!, own)) ahead++;
			keep(c, n - ahead + 1, index);
		}
	};

	const corners = 1 << moving.length;
	for (let t = 0; t < corners; t++) {
		const index = t ^ (t >> 1);
		if (t > 0) {
			// Between Gray codes t − 1 and t only bit k, the lowest set bit of t, changes.
			const k = 31 - Math.clz32(t & -t);
			const i = moving[k]!;
			const before = w[i]!;
			const after = (index >> k) & 1 ? hi[i]! : lo[i]!;
			w[i] = after;
			const counted = (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
			positive += counted;
			for (let c = 0; c < n; c++) {
				const value = scaled[c * m + i]!;
				if (Number.isNaN(value)) {
					lacking[c]! += counted;
					continue;
				}
				weighing[c]! += counted;
				if (weighing[c] === 0) {
					// Nothing weighs for it any more: start its sums afresh rather than carry rounding.
					sum[c] = 0;
					weight[c] = 0;
				} else {
					sum[c]! += after * value - before * value;
					weight[c]! += after - before;
				}
			}
		}
		if (positive > 0) rankCorner(index);
	}
	return { best, worst, bestAt, worstAt };
}
