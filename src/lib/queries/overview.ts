/**
 * Queries of the national overview. Numbers are bound as JSON, which DuckDB-WASM reads as
 * DOUBLE: every numeric parameter is cast (`::INTEGER`) where a function or comparison needs it.
 * Each returns the sums the metric formulas need; none
 * computes a ratio (that is lib/metrics' job, so each formula exists once). They build `Sql`
 * and execute nothing.
 */
import type { Sql } from '$lib/data/connector';
import type { Segment } from '$lib/contract/domain';
import { col, sql, table } from './sql';
import { areaPrefix, childLength, monthDate, yearBefore, type AreaCode } from './area';

/** Sums over an area for one month and the same month a year earlier (one row). */
export interface AreaSums {
	active_all: number | null;
	active_ucj: number | null;
	active_pu: number | null;
	active_bpu: number | null;
	active_jakon: number | null;
	active_pmi: number | null;
	non_active_all: number | null;
	active_all_prev: number | null;
	active_ucj_prev: number | null;
	working: number | null;
	formal: number | null;
	informal: number | null;
	eligible: number | null;
	eligible_prev: number | null;
	target_pct: number | null;
}

/**
 * The tiles' sums for an area and month: active by segment now and a year earlier, the BPS
 * August workforce of both calendar years, and the province's target (none for Indonesia).
 */
export function areaSums({ area, month }: { area: AreaCode; month: string }): Sql {
	const prefix = areaPrefix(area);
	const now = monthDate(month);
	const prev = monthDate(yearBefore(month));
	const year = Number(month.slice(0, 4));
	return sql`
WITH p AS (
  SELECT month, segment, sum(active)::DOUBLE AS active, sum(non_active)::DOUBLE AS non_active
  FROM ${table('participation')}
  WHERE starts_with(${col('participation', 'region_code')}, ${prefix})
    AND month IN (${now}::DATE, ${prev}::DATE)
  GROUP BY ALL
), w AS (
  SELECT year,
         sum(working_population)::DOUBLE AS working, sum(formal)::DOUBLE AS formal,
         sum(informal)::DOUBLE AS informal, sum(eligible)::DOUBLE AS eligible
  FROM ${table('workforce')}
  WHERE starts_with(region_code, ${prefix}) AND year IN (${year}::INTEGER, ${year - 1}::INTEGER)
  GROUP BY ALL
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
  (SELECT target_pct FROM ${table('ucj_targets')} WHERE province_code = ${prefix} AND year = ${year}::INTEGER) AS target_pct`;
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
	return sql`
SELECT strftime(month, '%Y-%m') AS month, segment, sum(active)::DOUBLE AS active
FROM ${table('participation')}
WHERE starts_with(region_code, ${areaPrefix(area)})
GROUP BY ALL
ORDER BY month, segment`;
}

/** Sums of one child region (a province of Indonesia, a regency of a province). */
export interface ChildSums {
	code: string;
	name: string;
	active_all: number | null;
	active_ucj: number | null;
	active_pu: number | null;
	active_bpu: number | null;
	active_jakon: number | null;
	active_pmi: number | null;
	active_all_prev: number | null;
	active_ucj_prev: number | null;
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
	const length = childLength(area);
	if (length === null) throw new Error(`a regency has no child regions in the overview: ${area}`);
	const prefix = areaPrefix(area);
	const now = monthDate(month);
	const prev = monthDate(yearBefore(month));
	const year = Number(month.slice(0, 4));
	return sql`
WITH p AS (
  SELECT left(region_code, ${length}::INTEGER) AS code,
    sum(active) FILTER (month = ${now}::DATE)::DOUBLE AS active_all,
    sum(active) FILTER (month = ${now}::DATE AND segment <> 'PMI')::DOUBLE AS active_ucj,
    sum(active) FILTER (month = ${now}::DATE AND segment = 'PU')::DOUBLE AS active_pu,
    sum(active) FILTER (month = ${now}::DATE AND segment = 'BPU')::DOUBLE AS active_bpu,
    sum(active) FILTER (month = ${now}::DATE AND segment = 'JAKON')::DOUBLE AS active_jakon,
    sum(active) FILTER (month = ${now}::DATE AND segment = 'PMI')::DOUBLE AS active_pmi,
    sum(active) FILTER (month = ${prev}::DATE)::DOUBLE AS active_all_prev,
    sum(active) FILTER (month = ${prev}::DATE AND segment <> 'PMI')::DOUBLE AS active_ucj_prev,
    sum(active) FILTER (month = ${prev}::DATE AND segment = 'PU')::DOUBLE AS active_pu_prev,
    sum(active) FILTER (month = ${prev}::DATE AND segment = 'BPU')::DOUBLE AS active_bpu_prev,
    sum(active) FILTER (month = ${prev}::DATE AND segment = 'JAKON')::DOUBLE AS active_jakon_prev,
    sum(active) FILTER (month = ${prev}::DATE AND segment = 'PMI')::DOUBLE AS active_pmi_prev
  FROM ${table('participation')}
  WHERE starts_with(region_code, ${prefix}) AND month IN (${now}::DATE, ${prev}::DATE)
  GROUP BY ALL
), w AS (
  SELECT left(region_code, ${length}::INTEGER) AS code,
    sum(working_population) FILTER (year = ${year}::INTEGER)::DOUBLE AS working,
    sum(eligible) FILTER (year = ${year}::INTEGER)::DOUBLE AS eligible,
    sum(eligible) FILTER (year = ${year - 1}::INTEGER)::DOUBLE AS eligible_prev
  FROM ${table('workforce')}
  WHERE starts_with(region_code, ${prefix}) AND year IN (${year}::INTEGER, ${year - 1}::INTEGER)
  GROUP BY ALL
)
SELECT r.code, r.name, p.* EXCLUDE (code), w.working, w.eligible, w.eligible_prev, t.target_pct
FROM ${table('regions')} AS r
LEFT JOIN p USING (code)
LEFT JOIN w USING (code)
LEFT JOIN ${table('ucj_targets')} AS t ON t.province_code = left(r.code, 2) AND t.year = ${year}::INTEGER
WHERE starts_with(r.code, ${prefix}) AND length(r.code) = ${length}::INTEGER
ORDER BY r.code`;
}

/** The first and last month with participation data: the default period and the trend's extent. */
export function periodExtent(): Sql {
	return sql`SELECT strftime(min(month), '%Y-%m') AS first, strftime(max(month), '%Y-%m') AS last FROM ${table('participation')}`;
}
