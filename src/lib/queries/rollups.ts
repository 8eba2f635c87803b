/**
 * Build-time rollups: the participation and workforce tables summed per area (Indonesia `ID`,
 * each province, each regency) so the overview's interactions read a few hundred pre-summed
 * rows instead of re-aggregating the regency tables on every click. They are derived, never
 * loaded: `npm run db` creates them inside the database file from the contract tables with
 * the statements below, and tests check their sums against the base tables. The browser runs
 * the very same statements over a user's own rows (`lib/data/overlay.ts`), rebuilding the
 * rollups whose inputs ({@link ROLLUP_INPUTS}) the user replaced: one definition.
 *
 * Every total is {@link completeSum}: NULL where any row it adds up lacks the value (a user's
 * file may carry active counts only), so a figure that needs a missing column says "no data".
 *
 *   area_month  area_code, parent_code, month, segment, active, non_active      (553 areas × months × 4)
 *   area_year   area_code, parent_code, year, working, formal, informal, eligible
 *   area_names  code, name, level, parent_code, kanwil, branch_office            (provinces and regencies)
 *   area_monthly code, parent_code, month ('YYYY-MM'), active by segment, non-active, and the
 *               month's year's workforce and province (or national) target      (553 areas × months)
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
import { completeSum } from './complete-sum';
import { NATIONAL_CODE } from '$lib/contract/domain';
import type { TableName } from '$lib/contract/schema';

/** Names of the rollup tables (identifiers the query builders may splice, like contract tables). */
export const ROLLUP_TABLES = ['area_month', 'area_year', 'area_names', 'area_monthly', 'quality_village_excess'] as const;
export type RollupTable = (typeof ROLLUP_TABLES)[number];

/**
 * What each rollup is computed from: contract tables and earlier rollups. A browser that replaces
 * contract tables with a user's rows (`lib/data/overlay`) rebuilds exactly the rollups that read
 * them, in {@link ROLLUP_TABLES} order, with these same statements.
 */
export const ROLLUP_INPUTS: Readonly<Record<RollupTable, readonly (TableName | RollupTable)[]>> = {
	area_month: ['participation'],
	area_year: ['workforce'],
	area_names: ['regions'],
	area_monthly: ['area_month', 'area_year', 'ucj_targets'],
	quality_village_excess: ['participation', 'participation_village']
};

/** The contract tables a rollup depends on, through the rollups it reads. */
export function rollupSources(rollup: RollupTable): TableName[] {
	const out = new Set<TableName>();
	for (const input of ROLLUP_INPUTS[rollup]) {
		if ((ROLLUP_TABLES as readonly string[]).includes(input)) for (const t of rollupSources(input as RollupTable)) out.add(t);
		else out.add(input as TableName);
	}
	return [...out];
}

const ID = `'${NATIONAL_CODE}'`;

/** `sum(x)` that is NULL unless every row of the group has `x` (the one rule: `complete-sum.ts`). */
export { completeSum };

/** {@link completeSum} as DOUBLE (the rollups' number type: counts arrive as JS numbers). */
const total = (x: string) => `(${completeSum(x)})::DOUBLE`;

/** The statement that creates each rollup but `quality_village_excess` ({@link villageExcessStatement}). */
export const ROLLUP_STATEMENT: Readonly<Record<Exclude<RollupTable, 'quality_village_excess'>, string>> = {
	// A regency's row is its own total (participation's key is regency × month × segment); a
	// province adds its regencies, Indonesia its provinces (fewer rows than the base, same sums).
	area_month: `CREATE OR REPLACE TABLE area_month AS
	 WITH regency AS (
	   SELECT region_code AS area_code, left(region_code, 2) AS parent_code, month, segment,
	          active::DOUBLE AS active, non_active::DOUBLE AS non_active
	   FROM participation),
	 province AS (
	   SELECT parent_code AS area_code, ${ID} AS parent_code, month, segment,
	          ${total('active')} AS active, ${total('non_active')} AS non_active
	   FROM regency GROUP BY parent_code, month, segment)
	 SELECT * FROM (
	   SELECT ${ID} AS area_code, NULL::VARCHAR AS parent_code, month, segment,
	          ${total('active')} AS active, ${total('non_active')} AS non_active
	   FROM province GROUP BY month, segment
	   UNION ALL SELECT * FROM province
	   UNION ALL SELECT * FROM regency)
	 ORDER BY area_code, month, segment`,
	// As area_month: workforce's key is regency × year.
	area_year: `CREATE OR REPLACE TABLE area_year AS
	 WITH regency AS (
	   SELECT region_code AS area_code, left(region_code, 2) AS parent_code, year,
	          working_population::DOUBLE AS working, formal::DOUBLE AS formal,
	          informal::DOUBLE AS informal, eligible::DOUBLE AS eligible
	   FROM workforce),
	 province AS (
	   SELECT parent_code AS area_code, ${ID} AS parent_code, year,
	          ${total('working')} AS working, ${total('formal')} AS formal,
	          ${total('informal')} AS informal, ${total('eligible')} AS eligible
	   FROM regency GROUP BY parent_code, year)
	 SELECT * FROM (
	   SELECT ${ID} AS area_code, NULL::VARCHAR AS parent_code, year,
	          ${total('working')} AS working, ${total('formal')} AS formal,
	          ${total('informal')} AS informal, ${total('eligible')} AS eligible
	   FROM province GROUP BY year
	   UNION ALL SELECT * FROM province
	   UNION ALL SELECT * FROM regency)
	 ORDER BY area_code, year`,
	area_names: `CREATE OR REPLACE TABLE area_names AS
	 SELECT code, name, level, parent_code, kanwil, branch_office FROM regions
	 WHERE level IN ('province', 'regency')
	 ORDER BY code`,
	// After area_month and area_year, which it reads. Sums of one area and month; a segment
	// without rows sums to NULL, never 0, and so does one whose area_month value is NULL (a
	// user's rows without that column). The target is the province's (a regency is measured
	// against its province's, DOMAIN.md section 2); Indonesia's row finds the national target,
	// `ucj_targets.province_code = 'ID'`, through the same join (left('ID', 2) is 'ID'), and
	// stays NULL where the dataset has none.
	area_monthly: `CREATE OR REPLACE TABLE area_monthly AS
	 WITH p AS (
	   SELECT area_code, parent_code, month,
	          ${completeSum('active')} AS active_all,
	          ${completeSum('active', "FILTER (segment <> 'PMI')")} AS active_ucj,
	          ${completeSum('active', "FILTER (segment = 'PU')")} AS active_pu,
	          ${completeSum('active', "FILTER (segment = 'BPU')")} AS active_bpu,
	          ${completeSum('active', "FILTER (segment = 'JAKON')")} AS active_jakon,
	          ${completeSum('active', "FILTER (segment = 'PMI')")} AS active_pmi,
	          ${completeSum('non_active')} AS non_active_all
	   FROM area_month GROUP BY area_code, parent_code, month)
	 SELECT p.area_code AS code, p.parent_code, strftime(p.month, '%Y-%m') AS month,
	        p.* EXCLUDE (area_code, parent_code, month),
	        w.working, w.formal, w.informal, w.eligible, t.target_pct
	 FROM p
	 LEFT JOIN area_year AS w ON w.area_code = p.area_code AND w.year = year(p.month)
	 LEFT JOIN ucj_targets AS t ON t.province_code = left(p.area_code, 2) AND t.year = year(p.month)
	 ORDER BY p.parent_code, p.area_code, p.month`
};

/** The statements that create the rollups from the contract tables, in order (no parameters, no user input). */
export const ROLLUP_STATEMENTS: readonly string[] = (['area_month', 'area_year', 'area_names', 'area_monthly'] as const).map(
	(name) => ROLLUP_STATEMENT[name]
);

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
	   SELECT left(region_code, 4) AS region_code, month, segment, ${completeSum('active')} AS active
	   FROM ${villages} GROUP BY left(region_code, 4), month, segment),
	 g AS (
	   SELECT region_code, month, segment, ${completeSum('active')} AS active
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
