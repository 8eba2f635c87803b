/**
 * Largest-remainder (Hamilton) apportionment: split a whole number across weights so the parts
 * are whole, never negative, and sum exactly to the total. Ties go to the earlier index, so the
 * result depends only on the inputs.
 */

/**
 * Split `total` in proportion to `weights`.
 * @example apportion(10, [1, 1, 1]) // [4, 3, 3]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
	if (!Number.isSafeInteger(total) || total < 0) throw new Error(`invalid total to apportion: ${total}`);
	const n = weights.length;
	if (n === 0) {
		if (total === 0) return [];
		throw new Error(`cannot apportion ${total} over no weights`);
	}
	let sum = 0;
	for (const w of weights) {
		if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`invalid weight: ${w}`);
		sum += w;
	}
	// All weights zero: share equally (keeps the total exact).
	const quotas = sum > 0 ? weights.map((w) => (w / sum) * total) : weights.map(() => total / n);
	const parts = quotas.map(Math.floor);
	let left = total - parts.reduce((s, v) => s + v, 0);
	if (left > 0) {
		const order = quotas.map((q, i) => i).sort((i, j) => quotas[j]! - parts[j]! - (quotas[i]! - parts[i]!) || i - j);
		for (let k = 0; left > 0; k = (k + 1) % n, left--) {
			const i = order[k]!;
			parts[i] = parts[i]! + 1;
		}
	}
	return parts;
}

/**
 * Apportion and return the parts of a typed buffer in place: the same as {@link apportion} but
 * without allocating per call, for the village split (millions of calls at the village scale).
 */
export function apportionInto(
	total: number,
	weights: Float64Array,
	from: number,
	to: number,
	out: Int32Array | Float64Array,
	scratch: { rem: Float64Array; order: Int32Array }
): void {
	const n = to - from;
	if (n <= 0) return;
	let sum = 0;
	for (let i = from; i < to; i++) sum += weights[i]!;
	let given = 0;
	for (let k = 0; k < n; k++) {
		const q = sum > 0 ? (weights[from + k]! / sum) * total : total / n;
		const f = Math.floor(q);
		out[from + k] = f;
		scratch.rem[k] = q - f;
		given += f;
	}
	let left = total - given;
	if (left <= 0) return;
	const order = scratch.order.subarray(0, n);
	for (let k = 0; k < n; k++) order[k] = k;
	const rem = scratch.rem;
	order.sort((i, j) => rem[j]! - rem[i]! || i - j);
	for (let k = 0; left > 0; k = (k + 1) % n, left--) {
		const i = from + order[k]!;
		out[i] = out[i]! + 1;
	}
}
