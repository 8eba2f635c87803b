/** The 84 months of the sample (2019-01 … 2025-12) and the within-year shape of active counts. */
import type { Segment } from '$lib/contract/domain';
import { FIRST_YEAR, LAST_YEAR, MONTH_KNOTS_BY_YEAR, MONTH_KNOTS_DEFAULT } from './anchors';

/** Number of months covered. */
export const MONTH_COUNT = (LAST_YEAR - FIRST_YEAR + 1) * 12;

/** `YYYY-MM-01` of month index `i` (0 = January 2019). */
export function monthDate(i: number): string {
	const y = FIRST_YEAR + Math.floor(i / 12);
	const m = (i % 12) + 1;
	return `${y}-${String(m).padStart(2, '0')}-01`;
}

/** All month dates, in order. */
export const MONTHS: readonly string[] = Array.from({ length: MONTH_COUNT }, (_, i) => monthDate(i));

/** Index of December of `year`. */
export const decemberIndex = (year: number) => (year - FIRST_YEAR) * 12 + 11;

/**
 * The factor on the straight line between two Decembers for `segment` in `month` (1–12) of
 * `year`: the knots of anchors.ts joined linearly; 1 in December.
 */
export function monthFactor(segment: Segment, year: number, month: number): number {
	const knots = MONTH_KNOTS_BY_YEAR[year]?.[segment] ?? MONTH_KNOTS_DEFAULT[segment];
	if (month <= knots[0]![0]) return knots[0]![1];
	for (let k = 1; k < knots.length; k++) {
		const [m1, f1] = knots[k]!;
		const [m0, f0] = knots[k - 1]!;
		if (month <= m1) return f0 + ((f1 - f0) * (month - m0)) / (m1 - m0);
	}
	return 1;
}
