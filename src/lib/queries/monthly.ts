/**
 * Monthly sums of an area, or of each of its children, over the whole period, read from the
 * build-time wide rollup `area_monthly` (`rollups.ts`, where the sums are defined). A view fetches them once per area and slices any month
 * out of them in the page (`lib/views/*`), so choosing a month needs no query at all, the way
 * Mosaic serves a brush from a pre-aggregate: a province's regencies × 84 months is about a
 * thousand rows, Indonesia's provinces about three thousand.
 *
 * Each row carries the month's active participants by segment, the BPS August workforce of the
 * month's calendar year and the province's UCJ target for that year. Nothing here computes a
 * ratio (that is lib/metrics' job, so each formula exists once). They build `Sql` and execute nothing.
 */
import type { Sql } from '$lib/data/connector';
import { areaLevel, checkArea, type AreaCode } from '$lib/contract/areas';
import { checkMonth, type Month } from '$lib/period';
import { list, rollup, sql, type Fragment } from './sql';

/** One area's (or child's) sums for one month. Counts are null where the data has no row. */
export interface MonthlySums {
	/** The area (or child region) code. */
	code: string;
	/** `YYYY-MM` */
	month: string;
	active_all: number | null;
	/** PU + BPU + JAKON: the segments `ucj` counts. */
	active_ucj: number | null;
	active_pu: number | null;
	active_bpu: number | null;
	active_jakon: number | null;
	active_pmi: number | null;
	non_active_all: number | null;
	/** The workforce of the month's calendar year (BPS August survey). */
	working: number | null;
	formal: number | null;
	informal: number | null;
	eligible: number | null;
	/** The province's UCJ target for the month's year, in percent; none for Indonesia. */
	target_pct: number | null;
}

/** Every column of MonthlySums, in order, from the wide rollup. */
export const MONTHLY_COLUMNS: Fragment = sql`code, month, active_all, active_ucj, active_pu, active_bpu, active_jakon, active_pmi,
  non_active_all, working, formal, informal, eligible, target_pct`;

/** The monthly sums of an area (Indonesia, a province or a regency), one row per month with data. */
export function areaMonthly({ area }: { area: AreaCode }): Sql {
	checkArea(area);
	return sql`SELECT ${MONTHLY_COLUMNS} FROM ${rollup('area_monthly')} WHERE code = ${area} ORDER BY month`;
}

/**
 * The monthly sums of each child of an area: Indonesia's provinces or a province's regencies
 * (a regency has no children here). Children without data have no rows; names come from
 * `areaChoices`.
 */
export function childMonthly({ area }: { area: AreaCode }): Sql {
	if (areaLevel(area) === 'regency') throw new Error(`a regency has no child areas: ${area}`);
	return sql`SELECT ${MONTHLY_COLUMNS} FROM ${rollup('area_monthly')} WHERE parent_code = ${area} ORDER BY code, month`;
}

/**
 * The monthly sums of every regency of several provinces (an office's area, or Indonesia's 514
 * regencies), in one statement.
 */
export function regencyMonthly({ provinces }: { provinces: readonly string[] }): Sql {
	for (const p of provinces) if (areaLevel(p) !== 'province') throw new Error(`not a province: ${JSON.stringify(p)}`);
	return sql`SELECT ${MONTHLY_COLUMNS} FROM ${rollup('area_monthly')} WHERE parent_code IN (${list(provinces)}) ORDER BY code, month`;
}

/**
 * The sums of every regency of several provinces in a few months only (a month and the same
 * month a year earlier): what an office area's figures need at once, while its whole history
 * (`regencyMonthly`, 43 thousand rows for Indonesia) is still on its way.
 */
export function regencyMonthsAt({ provinces, months }: { provinces: readonly string[]; months: readonly Month[] }): Sql {
	for (const p of provinces) if (areaLevel(p) !== 'province') throw new Error(`not a province: ${JSON.stringify(p)}`);
	for (const m of months) checkMonth(m);
	return sql`SELECT ${MONTHLY_COLUMNS} FROM ${rollup('area_monthly')}
WHERE parent_code IN (${list(provinces)}) AND month IN (${list(months)}) ORDER BY code, month`;
}
