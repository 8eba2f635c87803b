/**
 * Queries of the national overview, over the build-time rollups (`rollups.ts`) so that a click
 * reads pre-summed rows. Numbers are bound as JSON, which DuckDB-WASM reads as
 * DOUBLE: every numeric parameter is cast (`::INTEGER`) where a function or comparison needs it.
 * Each returns the sums the metric formulas need; none
 * computes a ratio (that is lib/metrics' job, so each formula exists once). They build `Sql`
 * and execute nothing.
 */
import type { Sql } from '$lib/data/connector';
import type { Segment } from '$lib/contract/domain';
import { rollup, sql, table } from './sql';
import { areaPrefix, childLength, monthDate, yearBefore, type AreaCode } from './area';

/** Active participants of one month: all, those counted in `ucj`, and by segment; a year earlier too. */
export interface ActiveSums {
	active_all: number | null;
	active_ucj: number | null;
	active_pu: number | null;
	active_bpu: number | null;
	active_jakon: number | null;
	active_pmi: number | null;
	active_all_prev: number | null;
	active_ucj_prev: number | null;
}

/** Sums over an area for one month and the same month a year earlier (one row). */
export interface AreaSums extends ActiveSums {
	non_active_all: number | null;
	working: number | null;
	formal: number | null;
	informal: number | null;
	eligible: number | null;
	eligible_prev: number | null;
	target_pct: number | null;
}

/**
 * The tiles' sums for an area and month: active by segment now and a year earlier, the BPS
 * August workforce of both calendar years (rollups.ts: pre-summed per area at build time), and
 * the province's target (none for Indonesia; a regency has its province's).
 */
export function areaSums({ area, month }: { area: AreaCode; month: string }): Sql {
	areaPrefix(area);
	const now = monthDate(month);
	const prev = monthDate(yearBefore(month));
	const year = Number(month.slice(0, 4));
	return sql`
WITH p AS (
  SELECT month, segment, active, non_active FROM ${rollup('area_month')}
  WHERE area_code = ${area} AND month IN (${now}::DATE, ${prev}::DATE)
), w AS (
  SELECT year, working, formal, informal, eligible FROM ${rollup('area_year')}
  WHERE area_code = ${area} AND year IN (${year}::INTEGER, ${year - 1}::INTEGER)
)
SELECT
  (SELECT sum(active) FROM p WHERE month = ${now}::DATE) AS active_all,
  (SELECT sum(active) FROM p WHERE month = ${now}::DATE AND segment <> 'PMI') AS active_ucj,
  (SELECT sum(active) FROM p WHERE month = ${now}::DATE AND segment = 'PU') AS active_pu,
  (SELECT sum(active) FROM p WHERE month = ${now}::DATE AND segment = 'BPU') AS active_bpu,
  (SELECT sum(active) FROM p WHERE month = ${now}::DATE AND segment = 'JAKON') AS active_jakon,
  (SELECT sum(active) FROM p WHERE month = ${now}::DATE AND segment = 'PMI') AS active_pmi,
  (SELECT sum(non_active) FROM p WHERE month = ${now}::DATE) AS non_active_all,
  (SELECT sum(active) FROM p WHERE month = ${prev}::DATE) AS active_all_prev,
  (SELECT sum(active) FROM p WHERE month = ${prev}::DATE AND segment <> 'PMI') AS active_ucj_prev,
  (SELECT working FROM w WHERE year = ${year}::INTEGER) AS working,
  (SELECT formal FROM w WHERE year = ${year}::INTEGER) AS formal,
  (SELECT informal FROM w WHERE year = ${year}::INTEGER) AS informal,
  (SELECT eligible FROM w WHERE year = ${year}::INTEGER) AS eligible,
  (SELECT eligible FROM w WHERE year = ${year - 1}::INTEGER) AS eligible_prev,
  (SELECT target_pct FROM ${table('ucj_targets')} WHERE province_code = left(${area}, 2) AND year = ${year}::INTEGER) AS target_pct`;
}

/** One month of one segment of an area's trend. */
export interface TrendRow {
	/** `YYYY-MM` */
	month: string;
	segment: Segment;
	active: number;
}

/** Active participants per month and segment over the whole period, for an area. */
export function trendByMonth({ area }: { area: AreaCode }): Sql {
	areaPrefix(area);
	return sql`
SELECT strftime(month, '%Y-%m') AS month, segment, active
FROM ${rollup('area_month')}
WHERE area_code = ${area}
ORDER BY month, segment`;
}

/** Sums of one child region (a province of Indonesia, a regency of a province). */
export interface ChildSums extends ActiveSums {
	code: string;
	name: string;
	active_pu_prev: number | null;
	active_bpu_prev: number | null;
	active_jakon_prev: number | null;
	active_pmi_prev: number | null;
	working: number | null;
	eligible: number | null;
	eligible_prev: number | null;
	target_pct: number | null;
}

/**
 * The children of an area with their sums for a month and a year earlier, by segment: the
 * ranking by coverage and the "fell most" list both come from these rows.
 */
export function childSums({ area, month }: { area: AreaCode; month: string }): Sql {
	if (childLength(area) === null) throw new Error(`a regency has no child regions in the overview: ${area}`);
	const now = monthDate(month);
	const prev = monthDate(yearBefore(month));
	const year = Number(month.slice(0, 4));
	return sql`
WITH p AS (
  SELECT area_code AS code,
    sum(active) FILTER (month = ${now}::DATE) AS active_all,
    sum(active) FILTER (month = ${now}::DATE AND segment <> 'PMI') AS active_ucj,
    sum(active) FILTER (month = ${now}::DATE AND segment = 'PU') AS active_pu,
    sum(active) FILTER (month = ${now}::DATE AND segment = 'BPU') AS active_bpu,
    sum(active) FILTER (month = ${now}::DATE AND segment = 'JAKON') AS active_jakon,
    sum(active) FILTER (month = ${now}::DATE AND segment = 'PMI') AS active_pmi,
    sum(active) FILTER (month = ${prev}::DATE) AS active_all_prev,
    sum(active) FILTER (month = ${prev}::DATE AND segment <> 'PMI') AS active_ucj_prev,
    sum(active) FILTER (month = ${prev}::DATE AND segment = 'PU') AS active_pu_prev,
    sum(active) FILTER (month = ${prev}::DATE AND segment = 'BPU') AS active_bpu_prev,
    sum(active) FILTER (month = ${prev}::DATE AND segment = 'JAKON') AS active_jakon_prev,
    sum(active) FILTER (month = ${prev}::DATE AND segment = 'PMI') AS active_pmi_prev
  FROM ${rollup('area_month')}
  WHERE parent_code = ${area} AND month IN (${now}::DATE, ${prev}::DATE)
  GROUP BY area_code
), w AS (
  SELECT area_code AS code,
    sum(working) FILTER (year = ${year}::INTEGER) AS working,
    sum(eligible) FILTER (year = ${year}::INTEGER) AS eligible,
    sum(eligible) FILTER (year = ${year - 1}::INTEGER) AS eligible_prev
  FROM ${rollup('area_year')}
  WHERE parent_code = ${area} AND year IN (${year}::INTEGER, ${year - 1}::INTEGER)
  GROUP BY area_code
)
SELECT r.code, r.name, p.* EXCLUDE (code), w.working, w.eligible, w.eligible_prev, t.target_pct
FROM ${table('regions')} AS r
LEFT JOIN p USING (code)
LEFT JOIN w USING (code)
LEFT JOIN ${table('ucj_targets')} AS t ON t.province_code = left(r.code, 2) AND t.year = ${year}::INTEGER
WHERE r.parent_code ${area === 'ID' ? sql`IS NULL` : sql`= ${area}`} AND r.level = ${area === 'ID' ? 'province' : 'regency'}
ORDER BY r.code`;
}

/** The first and last month with participation data: the default period and the trend's extent. */
export function periodExtent(): Sql {
	return sql`SELECT strftime(min(month), '%Y-%m') AS first, strftime(max(month), '%Y-%m') AS last FROM ${table('participation')}`;
}
