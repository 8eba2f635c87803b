/**
 * Which workforce coverage is read against (DOMAIN.md section 2): eligible workers (`layak`,
 * the headline `ucj`) or everyone working (`bekerja`, `ucjNaive`). Every view asks these
 * functions instead of branching on the denominator itself.
 */
import type { CoverageFigures } from './figures';

/** The denominators, as the URL spells them (`penyebut`). */
export const DENOMINATORS = ['layak', 'bekerja'] as const;

/** Eligible workers (`layak`) or all working people (`bekerja`). */
export type Denominator = (typeof DENOMINATORS)[number];

/** True for a denominator. */
export function isDenominator(value: unknown): value is Denominator {
	return (DENOMINATORS as readonly unknown[]).includes(value);
}

/** The coverage metric read against a denominator. */
export function coverageMetric(denominator: Denominator): 'ucj' | 'ucjNaive' {
	return denominator === 'layak' ? 'ucj' : 'ucjNaive';
}

/** The coverage figure under a denominator. */
export function coverageOf(figures: Pick<CoverageFigures, 'ucj' | 'ucjNaive'>, denominator: Denominator): number | null {
	return figures[coverageMetric(denominator)];
}

/** The sums column holding the denominator's workforce (`eligible` or `working`). */
export function workforceColumn(denominator: Denominator): 'eligible' | 'working' {
	return denominator === 'layak' ? 'eligible' : 'working';
}
