/**
 * Informal- and formal-worker penetration over the years, and the sums of several areas (a
 * Kanwil is several provinces), from the monthly sums a view already holds (`MonthlySums`,
 * `queries/monthly.ts`). Pure: no query, no formatting. Every ratio goes through the formulas in
 * `formulas.ts`, so it stays a ratio of sums.
 */
import type { MonthlySums } from '$lib/queries/monthly';
import { yearOf, type Month } from '$lib/period';
import { formalPenetration, informalPenetration, type Count } from './formulas';

/**
 * One year of penetration: December participants over the same year's BPS August workforce
 * (DOMAIN.md section 2 counts participants at the year's end). The sums travel with the
 * ratios so a data table can show what each percentage divides.
 */
export interface PenetrationPoint {
	year: number;
	/** `informalPenetration`: active BPU ÷ informal workers × 100, null without data. */
	informal: number | null;
	/** `formalPenetration`: active PU ÷ formal workers × 100, null without data. */
	formal: number | null;
	/** Active BPU participants in December. */
	active_bpu: number | null;
	/** Active PU participants in December. */
	active_pu: number | null;
	/** Informal workers, BPS August of the year. */
	informal_workers: number | null;
	/** Formal workers, BPS August of the year. */
	formal_workers: number | null;
}

/**
 * One point per year that has a December row, oldest first. A year whose December is missing
 * has no point (a gap, not a made-up value from another month); a December row with a null
 * count gives a null ratio.
 * @example penetrationByYear(index.get('62')) // [{ year: 2019, informal: 4.1, formal: 38.2, … }, …]
 */
export function penetrationByYear(months: ReadonlyMap<Month, MonthlySums> | undefined): PenetrationPoint[] {
	if (!months) return [];
	const points: PenetrationPoint[] = [];
	for (const [month, row] of months) {
		if (!month.endsWith('-12')) continue;
		points.push({
			year: yearOf(month),
			informal: informalPenetration({ activeBpu: row.active_bpu, informal: row.informal }),
			formal: formalPenetration({ activePu: row.active_pu, formal: row.formal }),
			active_bpu: row.active_bpu,
			active_pu: row.active_pu,
			informal_workers: row.informal,
			formal_workers: row.formal
		});
	}
	return points.sort((a, b) => a.year - b.year);
}

/**
 * Informal workers' share of all working people (BPS August), in percent: the x of the
 * informal scatter. Like every ratio here, null for a missing or zero denominator.
 * @example informalShare({ informal: 28_500, working: 41_000 }) // 69.51…
 */
export function informalShare({ informal, working }: { informal: Count; working: Count }): number | null {
	if (informal == null || working == null || !Number.isFinite(informal) || !Number.isFinite(working)) return null;
	if (working <= 0) return null;
	return (informal / working) * 100;
}

// The summable counts of a MonthlySums row (everything but code, month and the target).
const COUNT_COLUMNS = [
	'active_all',
	'active_ucj',
	'active_pu',
	'active_bpu',
	'active_jakon',
	'active_pmi',
	'non_active_all',
	'working',
	'formal',
	'informal',
	'eligible'
] as const satisfies readonly (keyof MonthlySums)[];

/**
 * The monthly sums of several areas added into one area `code` (a Kanwil from its provinces,
 * a group of regencies), month by month, months in order.
 *
 * The rule for missing values is SQL's `sum`, the one the build-time rollup uses when it adds
 * regencies into a province and provinces into Indonesia (`queries/rollups.ts`): a null count
 * (or a part with no row that month) adds nothing, `null + 1 200 = 1 200`, and a month's
 * column is null only when no part has a value. So a Kanwil summed here from its provinces'
 * rows equals the same Kanwil summed in SQL from its regencies, and all provinces together
 * equal Indonesia's row (tests/sql/penetration.test.ts checks both). It is not a "complete
 * parts only" rule: a part missing a month lowers that month's sums, as it does in the rollup.
 *
 * `target_pct` is a province's target, not a count: it is kept when every part that has one
 * has the same (regencies of one province), and null otherwise (a Kanwil over provinces with
 * different targets has no single target).
 */
export function sumMonthly(
	code: string,
	parts: Iterable<ReadonlyMap<Month, MonthlySums> | undefined>
): Map<Month, MonthlySums> {
	const sums = new Map<Month, MonthlySums>();
	// Months whose parts disagree on the target: null for good, whatever later parts say.
	const mixedTarget = new Set<Month>();
	for (const months of parts) {
		if (!months) continue;
		for (const [month, row] of months) {
			let sum = sums.get(month);
			if (!sum) {
				sums.set(month, (sum = emptySums(code, month)));
				sum.target_pct = row.target_pct;
			} else if (!mixedTarget.has(month) && row.target_pct != null) {
				if (sum.target_pct == null) sum.target_pct = row.target_pct;
				else if (sum.target_pct !== row.target_pct) {
					sum.target_pct = null;
					mixedTarget.add(month);
				}
			}
			for (const column of COUNT_COLUMNS) {
				const value = row[column];
				if (value != null) sum[column] = (sum[column] ?? 0) + value;
			}
		}
	}
	return new Map([...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function emptySums(code: string, month: Month): MonthlySums {
	return {
		code,
		month,
		active_all: null,
		active_ucj: null,
		active_pu: null,
		active_bpu: null,
		active_jakon: null,
		active_pmi: null,
		non_active_all: null,
		working: null,
		formal: null,
		informal: null,
		eligible: null,
		target_pct: null
	};
}
