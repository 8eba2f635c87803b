/**
 * The baseline page's SQL, written plainly against the database file's build-time rollups
 * (`area_month`: area_code, parent_code, month, segment, active, non_active; `area_year`:
 * area_code, parent_code, year, working, formal, informal, eligible) and `regions`. Values are
 * checked by `validArea`/`validMonth` before they are spliced in, so no user text reaches SQL
 * unchecked. Coverage is the app's `ucj`: 100 × active in PU, BPU and JAKON (PMI excluded) /
 * eligible workers of the month's year.
 */

/** `ID`, a province (2 digits) or a regency (4 digits). */
export function validArea(value: string | null): value is string {
	return value !== null && /^(ID|\d{2}|\d{4})$/.test(value);
}

/** `YYYY-MM`. */
export function validMonth(value: string | null): value is string {
	return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/**
 * The `area_month.parent_code` whose rows are the ranking's bars: Indonesia's provinces
 * (parent `ID`), a province's regencies, and for a regency its province's regencies.
 */
export function rankingParent(area: string): string {
	return area === 'ID' ? 'ID' : area.slice(0, 2);
}

/** First and last month of the data: the engine's first answer, and the default month. */
export const periodSql = `SELECT strftime(min(month), '%Y-%m') AS first, strftime(max(month), '%Y-%m') AS last FROM area_month WHERE area_code = 'ID'`;

/** One point of the trend. */
export interface TrendRow {
	month: string;
	segment: string;
	active: number;
}

/** The area's active participants per month and segment. */
export function trendSql(area: string): string {
	return `SELECT strftime(month, '%Y-%m') AS month, segment, active FROM area_month WHERE area_code = '${area}' ORDER BY month, segment`;
}

/** One bar of the ranking. */
export interface RankingRow {
	code: string;
	name: string;
	coverage: number | null;
}

/** The ranking's areas with their coverage in `month`, best first. */
export function rankingSql(area: string, month: string): string {
	return `
SELECT m.area_code AS code, r.name, 100 * m.active / y.eligible AS coverage
FROM (
  SELECT area_code, sum(active) AS active FROM area_month
  WHERE parent_code = '${rankingParent(area)}' AND month = DATE '${month}-01' AND segment IN ('PU', 'BPU', 'JAKON')
  GROUP BY area_code
) AS m
JOIN regions AS r ON r.code = m.area_code
LEFT JOIN area_year AS y ON y.area_code = m.area_code AND y.year = ${Number(month.slice(0, 4))}
ORDER BY coverage DESC NULLS LAST, code`;
}

/** The headline numbers of an area in a month. */
export interface Headline {
	active_all: number | null;
	active_ucj: number | null;
	non_active: number | null;
	eligible: number | null;
}

/** The area's headline sums for `month` (one row). */
export function headlineSql(area: string, month: string): string {
	return `
SELECT
  sum(active) AS active_all,
  sum(active) FILTER (segment IN ('PU', 'BPU', 'JAKON')) AS active_ucj,
  sum(non_active) AS non_active,
  (SELECT eligible FROM area_year WHERE area_code = '${area}' AND year = ${Number(month.slice(0, 4))}) AS eligible
FROM area_month WHERE area_code = '${area}' AND month = DATE '${month}-01'`;
}

/** A region offered by the area picker. */
export interface RegionRow {
	code: string;
	name: string;
}

/** Every province, for the area picker. */
export const provincesSql = `SELECT code, name FROM regions WHERE level = 'province' ORDER BY code`;

/** The regencies of a province, for the area picker. */
export function regenciesSql(province: string): string {
	return `SELECT code, name FROM regions WHERE level = 'regency' AND parent_code = '${province}' ORDER BY code`;
}

/** The area's own name (`Indonesia` for `ID`). */
export function nameSql(area: string): string {
	return `SELECT name FROM regions WHERE code = '${area}'`;
}
