/** Order statistics of a list of samples. */

/** The q-quantile (0..1) by linear interpolation between closest ranks; NaN for no samples. */
export function quantile(samples: readonly number[], q: number): number {
	if (!(q >= 0 && q <= 1)) throw new Error(`invalid quantile: ${q}`);
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** @example median([3, 1, 2]) // 2 */
export const median = (samples: readonly number[]) => quantile(samples, 0.5);

/** @example p95([1, 2, ..., 100]) // 95.05 */
export const p95 = (samples: readonly number[]) => quantile(samples, 0.95);

/** The largest sample; NaN for no samples. */
export const max = (samples: readonly number[]) => (samples.length ? Math.max(...samples) : Number.NaN);
