/**
 * Monthly sums of an area, or of each of its children, over the whole period, read from the
 * build-time rollups (`rollups.ts`). A view fetches them once per area and slices any month
 * out of them in the page (`lib/views/*`), so choosing a month needs no query at all, the way
 * Mosaic serves a brush from a pre-aggregate: a province's regencies × 84 months is about a
 * thousand rows, Indonesia's provinces about three thousand.
 *
 * Each row carries the month's active participants by segment, the BPS August workforce of the
 * month's calendar year and the province's UCJ target for that year. Nothing here computes a
 * ratio (that is lib/metrics' job, so each formula exists once); numbers are bound as JSON, so
 * every numeric parameter is cast where SQL needs a type. They build `Sql` and execute nothing.
 */
import type { Sql } from '$lib/data/connector';
import { areaLevel, checkArea, type AreaCode } from '$lib/contract/areas';
import { rollup, sql, table, type Fragment } from './sql';

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

// The sums of one group of area_month rows (one area, one month).
const SUMS: Fragment = sql`
    sum(active) AS active_all,
    sum(active) FILTER (segment <> 'PMI') AS active_ucj,
    sum(active) FILTER (segment = 'PU') AS active_pu,
    sum(active) FILTER (segment = 'BPU') AS active_bpu,
    sum(active) FILTER (segment = 'JAKON') AS active_jakon,
    sum(active) FILTER (segment = 'PMI') AS active_pmi,
    sum(non_active) AS non_active_all`;

// Rows of `p` (code, month, sums) with the year's workforce and the province's target.
function withWorkforce(p: Fragment): Sql {
	return sql`
WITH p AS (${p})
SELECT p.code, strftime(p.month, '%Y-%m') AS month, p.* EXCLUDE (code, month),
  w.working, w.formal, w.informal, w.eligible, t.target_pct
FROM p
LEFT JOIN ${rollup('area_year')} AS w ON w.area_code = p.code AND w.year = year(p.month)
LEFT JOIN ${table('ucj_targets')} AS t ON t.province_code = left(p.code, 2) AND t.year = year(p.month)
ORDER BY p.code, p.month`;
}

/** The monthly sums of an area (Indonesia, a province or a regency), one row per month with data. */
export function areaMonthly({ area }: { area: AreaCode }): Sql {
	checkArea(area);
	return withWorkforce(sql`
  SELECT area_code AS code, month, ${SUMS}
  FROM ${rollup('area_month')}
  WHERE area_code = ${area}
  GROUP BY area_code, month`);
}

/**
 * The monthly sums of each child of an area: Indonesia's provinces or a province's regencies
 * (a regency has no children here). Children without data have no rows; names come from
 * `areaChoices`.
 */
export function childMonthly({ area }: { area: AreaCode }): Sql {
	if (areaLevel(area) === 'regency') throw new Error(`a regency has no child areas: ${area}`);
	return withWorkforce(sql`
  SELECT area_code AS code, month, ${SUMS}
  FROM ${rollup('area_month')}
  WHERE parent_code = ${area}
  GROUP BY area_code, month`);
}
