/**
 * Build-time rollups: the participation and workforce tables summed per area (Indonesia `ID`,
 * each province, each regency) so the overview's interactions read a few hundred pre-summed
 * rows instead of re-aggregating the regency tables on every click. They are derived, never
 * loaded: `npm run db` creates them inside the database file from the contract tables with
 * the statements below, and tests check their sums against the base tables.
 *
 *   area_month  area_code, parent_code, month, segment, active, non_active      (553 areas × months × 4)
 *   area_year   area_code, parent_code, year, working, formal, informal, eligible
 *   area_names  code, name, level, parent_code, kanwil, branch_office            (provinces and regencies)
 *   area_monthly code, parent_code, month ('YYYY-MM'), active by segment, non-active, and the
 *               month's year's workforce and province target                   (553 areas × months)
 *
 * `area_monthly` is what the views read (`monthly.ts`): one wide row per area and month, so an
 * area change selects rows instead of pivoting segments and joining the workforce at run time
 * (that took 128 ms in DuckDB-WASM for Indonesia's provinces; a plain select takes a few).
 *
 * `area_names` exists so that a name lookup or an area picker reads 552 rows, not the 91,599-row
 * `regions` table with every district and village (preparing a join with it took 70–90 ms in
 * DuckDB-WASM).
 *
 * `parent_code` is `ID` for provinces, the province for regencies, NULL for Indonesia, so an
 * area's children are `WHERE parent_code = ?`.
 *
 *   quality_village_excess  region_code, month ('YYYY-MM'), segment, villages_active, regency_active:
 *               the regency × month × segment groups whose villages add up to more active
 *               participants than the regency's own row (a data-quality note for the views;
 *               the validator's `village_exceeds_regency`, kept so the app need not download
 *               every province's village file to show it). {@link villageExcessStatement}.
 */
import { NATIONAL_CODE } from '$lib/contract/domain';

/** Names of the rollup tables (identifiers the query builders may splice, like contract tables). */
export const ROLLUP_TABLES = ['area_month', 'area_year', 'area_names', 'area_monthly', 'quality_village_excess'] as const;
export type RollupTable = (typeof ROLLUP_TABLES)[number];

const ID = `'${NATIONAL_CODE}'`;

/** The statements that create the rollups from the contract tables (no parameters, no user input). */
export const ROLLUP_STATEMENTS: readonly string[] = [
	`CREATE OR REPLACE TABLE area_month AS
	 WITH base AS (SELECT region_code, month, segment, active, non_active FROM participation)
	 SELECT * FROM (
	   SELECT ${ID} AS area_code, NULL::VARCHAR AS parent_code, month, segment,
	          sum(active)::DOUBLE AS active, sum(non_active)::DOUBLE AS non_active
	   FROM base GROUP BY month, segment
	   UNION ALL
	   SELECT left(region_code, 2), ${ID}, month, segment, sum(active)::DOUBLE, sum(non_active)::DOUBLE
	   FROM base GROUP BY left(region_code, 2), month, segment
	   UNION ALL
	   SELECT region_code, left(region_code, 2), month, segment, sum(active)::DOUBLE, sum(non_active)::DOUBLE
	   FROM base GROUP BY region_code, month, segment)
	 ORDER BY area_code, month, segment`,
	`CREATE OR REPLACE TABLE area_year AS
	 WITH base AS (SELECT region_code, year, working_population, formal, informal, eligible FROM workforce)
	 SELECT * FROM (
	   SELECT ${ID} AS area_code, NULL::VARCHAR AS parent_code, year,
	          sum(working_population)::DOUBLE AS working, sum(formal)::DOUBLE AS formal,
	          sum(informal)::DOUBLE AS informal, sum(eligible)::DOUBLE AS eligible
	   FROM base GROUP BY year
	   UNION ALL
	   SELECT left(region_code, 2), ${ID}, year, sum(working_population)::DOUBLE, sum(formal)::DOUBLE,
	          sum(informal)::DOUBLE, sum(eligible)::DOUBLE
	   FROM base GROUP BY left(region_code, 2), year
	   UNION ALL
	   SELECT region_code, left(region_code, 2), year, sum(working_population)::DOUBLE, sum(formal)::DOUBLE,
	          sum(informal)::DOUBLE, sum(eligible)::DOUBLE
	   FROM base GROUP BY region_code, year)
	 ORDER BY area_code, year`,
	`CREATE OR REPLACE TABLE area_names AS
	 SELECT code, name, level, parent_code, kanwil, branch_office FROM regions
	 WHERE level IN ('province', 'regency')
	 ORDER BY code`,
	// After area_month and area_year, which it reads. Sums of one area and month; a segment
	// without rows sums to NULL, never 0. Indonesia has no target row (no province 'ID').
	`CREATE OR REPLACE TABLE area_monthly AS
	 WITH p AS (
	   SELECT area_code, parent_code, month,
	          sum(active) AS active_all,
	          sum(active) FILTER (segment <> 'PMI') AS active_ucj,
	          sum(active) FILTER (segment = 'PU') AS active_pu,
	          sum(active) FILTER (segment = 'BPU') AS active_bpu,
	          sum(active) FILTER (segment = 'JAKON') AS active_jakon,
	          sum(active) FILTER (segment = 'PMI') AS active_pmi,
	          sum(non_active) AS non_active_all
	   FROM area_month GROUP BY area_code, parent_code, month)
	 SELECT p.area_code AS code, p.parent_code, strftime(p.month, '%Y-%m') AS month,
	        p.* EXCLUDE (area_code, parent_code, month),
	        w.working, w.formal, w.informal, w.eligible, t.target_pct
	 FROM p
	 LEFT JOIN area_year AS w ON w.area_code = p.area_code AND w.year = year(p.month)
	 LEFT JOIN ucj_targets AS t ON t.province_code = left(p.area_code, 2) AND t.year = year(p.month)
	 ORDER BY p.parent_code, p.area_code, p.month`
];

/**
 * The statement that creates `quality_village_excess`. Village detail is not in the core file:
 * the build stages `participation_village` elsewhere until its steps are done
 * (`scripts/build-db.ts`), so the build step passes where it is as `villages`, a quoted relation
 * (or {@link NO_VILLAGES} when the dataset has no village detail). As in the validator, only
 * groups with a regency row are compared: a missing regency row is a missing month's note.
 */
export function villageExcessStatement(villages: string): string {
	return `CREATE OR REPLACE TABLE quality_village_excess AS
	 WITH v AS (
	   SELECT left(region_code, 4) AS region_code, month, segment, sum(active) AS active
	   FROM ${villages} GROUP BY left(region_code, 4), month, segment),
	 g AS (
	   SELECT region_code, month, segment, sum(active) AS active
	   FROM participation GROUP BY region_code, month, segment)
	 SELECT v.region_code, strftime(v.month, '%Y-%m') AS month, v.segment,
	        v.active::DOUBLE AS villages_active, g.active::DOUBLE AS regency_active
	 FROM v JOIN g ON g.region_code = v.region_code AND g.month = v.month AND g.segment = v.segment
	 WHERE v.active > g.active
	 ORDER BY v.region_code, v.month, v.segment`;
}

/** An empty `participation_village`, for {@link villageExcessStatement} over a dataset without village detail. */
export const NO_VILLAGES =
	'(SELECT NULL::VARCHAR AS region_code, NULL::DATE AS month, NULL::VARCHAR AS segment, NULL::BIGINT AS active WHERE false)';
