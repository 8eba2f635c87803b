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

// The summable counts of a MonthlySums row (everything but code, month and the target): the
// participation's of the month, then the workforce's of its year.
const PARTICIPATION_COLUMNS = ['active_all', 'active_ucj', 'active_pu', 'active_bpu', 'active_jakon', 'active_pmi', 'non_active_all'] as const;
const WORKFORCE_COLUMNS = ['working', 'formal', 'informal', 'eligible'] as const;
export const COUNT_COLUMNS = [...PARTICIPATION_COLUMNS, ...WORKFORCE_COLUMNS] as const satisfies readonly (keyof MonthlySums)[];

/** A summable count of {@link MonthlySums}. */
export type CountColumn = (typeof COUNT_COLUMNS)[number];

/**
 * Whether a part's null `column` is a value its rows lack (a user's file without the column),
 * which makes any total over it "no data", rather than rows the part does not have (no workforce
 * row for the year, no JAKON rows that month), which add nothing. This is the rollups' rule
 * (`completeSum` in `queries/complete-sum.ts`) read back from a part's own sums:
 * - a part with no participation value and no workforce value at all has nothing to add;
 * - `active_all` and `non_active_all` add every row of the part: null means a row lacks it;
 * - a segment (or `active_ucj`) is null without rows of its own, but then `active_all` has a
 *   value; with `active_all` null too a row lacks `active`, so the segment counts as lacking it;
 * - a workforce count is null without the year's row, but then so are the other three.
 * @example lacksValue({ ...row, working: 1_500, formal: null }, 'formal') // true: the row lacks formal
 */
export function lacksValue(row: Pick<MonthlySums, CountColumn>, column: CountColumn): boolean {
	if (row[column] != null) return false;
	if ((WORKFORCE_COLUMNS as readonly string[]).includes(column)) return WORKFORCE_COLUMNS.some((c) => row[c] != null);
	if (!PARTICIPATION_COLUMNS.some((c) => row[c] != null)) return false;
	return column === 'active_all' || column === 'non_active_all' || row.active_all == null;
}

/**
 * The monthly sums of several areas added into one area `code` (a Kanwil from its provinces,
 * a group of regencies), month by month, months in order.
 *
 * The rule for missing values is the build-time rollup's when it adds regencies into a province
 * and provinces into Indonesia (`queries/rollups.ts`): a part with no row that month, or no rows
 * of a segment, adds nothing; a part whose rows lack a value (a user's file without the column,
 * {@link lacksValue}) makes that month's column null ("no data", never a partial sum); a column
 * is null too when no part has a value. So a Kanwil summed here from its provinces' rows equals
 * the same Kanwil summed in SQL from its regencies, and all provinces together equal Indonesia's
 * row (tests/sql/penetration.test.ts checks both). It is not a "complete parts only" rule: a
 * part missing a month lowers that month's sums, as it does in the rollup.
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
	// Month and column pairs some part lacks a value of: null for good (`lacksValue`).
	const lacking = new Map<Month, Set<CountColumn>>();
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
				else if (lacksValue(row, column)) (lacking.get(month) ?? lacking.set(month, new Set()).get(month)!).add(column);
			}
		}
	}
	for (const [month, columns] of lacking) for (const column of columns) sums.get(month)![column] = null;
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
