/**
 * Competition ranking ("1224") of composite scores, higher first. Composites are floating sums:
 * the same weighted mean reached in a different order may differ in the last bits, so two scores
 * within a relative 1e-9 of each other are a tie (with a floor at magnitude 1, so that sums near
 * 0 tie too). A candidate's rank is 1 + the number of candidates clearly ahead of it; with
 * near-ties chained over more than 1e-9 this can read 1, 1, 2 instead of 1, 1, 3, which only
 * happens for differences no panel can see.
 */

/** Relative tolerance under which two composites are a tie. */
export const TIE_TOLERANCE = 1e-9;

/** True when score `a` is ahead of `b` by more than the tie tolerance. */
export function isAhead(a: number, b: number): boolean {
	return a - b > TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Ranks of scores held in a Float64Array with NaN for "no score", written into `out`. The hot
 * path of the sensitivity analysis (a thousand weight vectors), so it sorts once and counts the
 * scores ahead of each by binary search: "ahead of b" is monotone in the other score, because
 * a − b − 1e-9 × max(1, |a|, |b|) only grows with a.
 */
export function ranksInto(scores: Float64Array, out: Int32Array): Int32Array {
	return ranksWithScratch(scores, out, new Float64Array(scores.length));
}

/**
 * {@link ranksInto} with the sort's buffer given (at least as long as `scores`), so ranking a
 * thousand weight vectors allocates nothing.
 */
export function ranksWithScratch(scores: Float64Array, out: Int32Array, present: Float64Array): Int32Array {
	const n = scores.length;
	let scored = 0;
	for (let i = 0; i < n; i++) if (!Number.isNaN(scores[i]!)) present[scored++] = scores[i]!;
	const ascending = present.subarray(0, scored).sort();
	for (let i = 0; i < n; i++) {
		const own = scores[i]!;
		if (Number.isNaN(own)) {
			// Unscored candidates share the rank after the last scored one.
			out[i] = scored + 1;
			continue;
		}
		// The scores ahead of `own` are a suffix of the ascending list: find where it starts.
		let low = 0;
		let high = scored;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (isAhead(ascending[middle]!, own)) high = middle;
			else low = middle + 1;
		}
		out[i] = scored - low + 1;
	}
	return out;
}

/**
 * Standard competition ranks (1, 2, 2, 4), a higher score ranking better. Null (and non-finite)
 * scores all share the rank after the last scored one: [90, null, 80, null] → [1, 3, 2, 3].
 */
export function competitionRanks(scores: readonly (number | null)[]): number[] {
	const values = Float64Array.from(scores, (s) => (s != null && Number.isFinite(s) ? s : NaN));
	return Array.from(ranksInto(values, new Int32Array(values.length)));
}
