/**
 * Scaling one criterion within a group of candidates, so criteria counted in people, percent and
 * months can be averaged: the best value of the group gets 100, the worst 0.
 */
import type { Better } from './types';

/** The score every present value gets when the group cannot tell its values apart. */
export const FULL_SCORE = 100;

/** A value the scaling can use: a finite number (NaN and ±Infinity count as missing, like null). */
export function isPresent(value: number | null | undefined): value is number {
	return value != null && Number.isFinite(value);
}

/**
 * Each value scaled 0–100 by min–max over the present values of the group; `better: 'lower'`
 * inverts it (the lowest value gets 100). When all present values are equal, or only one is
 * present, every present value gets 100: nobody did worse than anyone else. Missing stays null.
 */
export function minMaxScale(values: readonly (number | null)[], better: Better): (number | null)[] {
	let min = Infinity;
	let max = -Infinity;
	for (const value of values) {
		if (!isPresent(value)) continue;
		if (value < min) min = value;
		if (value > max) max = value;
	}
	const span = max - min;
	return values.map((value) => {
		if (!isPresent(value)) return null;
		if (!(span > 0)) return FULL_SCORE;
		const share = better === 'lower' ? (max - value) / span : (value - min) / span;
		return share * FULL_SCORE;
	});
}
