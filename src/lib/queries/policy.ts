/**
 * Policy evidence beside a decline (issue 9): the regulations a regency and its province issued
 * and the regional budget (APBD) they spent on contributions, for the year before and the year
 * of the month shown, so a BPU fall can be read against a funding cut. Also the budget per
 * region for one year (the informal-workers scatter).
 *
 * `regional_regulations` and `regional_budget` are optional in the contract (`data/SCHEMA.md`):
 * a dataset may lack them, and then the database has no such table and a query on it would fail.
 * So every builder here takes the built database's table list (`database.tables` of the served
 * manifest, `lib/data/database.ts`) and returns null for a table the data does not have: the
 * view shows "no data" (`decline.policy.noData`) instead of an error. Builds `Sql`, executes nothing.
 */
import type { Sql } from '$lib/data/connector';
import { areaLevel } from '$lib/contract/areas';
import { provinceOf } from '$lib/contract/regions';
import type { TableName } from '$lib/contract/schema';
import { join, list, sql, table } from './sql';

/** The built database's tables and their row counts (`ServedManifest['database']['tables']`). */
export type DatabaseTables = Readonly<Record<string, number>>;

/** True when the built database holds `name` (an optional table may be absent). */
export function hasTable(tables: DatabaseTables, name: TableName): boolean {
	return Object.hasOwn(tables, name);
}

/** A regulation issued by the regency or its province. */
export interface RegulationRow {
	region_code: string;
	year: number;
	/** perda, pergub, perbup, perwal, instruksi, surat_edaran or keputusan. */
	type: string;
	number: string;
	title: string;
	/** `YYYY-MM-DD` */
	issued_on: string;
}

/** APBD paying contributions, of one region and year; every figure null when the data has no row. */
export interface BudgetRow {
	region_code: string;
	year: number;
	vulnerable_idr: number | null;
	vulnerable_people: number | null;
	non_asn_idr: number | null;
	non_asn_people: number | null;
}

/** The statements of a regency's policy evidence; null where the data lacks the table. */
export interface PolicyQueries {
	/** RegulationRow: by year, province before regency, then date signed. */
	regulations: Sql | null;
	/** BudgetRow: exactly one row per region (province, then regency) and year, nulls where no row. */
	budget: Sql | null;
}

function checkYear(year: number): number {
	if (!Number.isInteger(year) || year < 1900 || year > 2999) throw new Error(`invalid year: ${JSON.stringify(year)}`);
	return year;
}

/**
 * The regulations and the APBD funding of `regency` and its province in the two `years`
 * (the year before and the year of the month shown).
 * @example policyEvidence({ regency: '6208', years: [2024, 2025], tables: manifest.database.tables })
 */
export function policyEvidence({
	regency,
	years,
	tables
}: {
	regency: string;
	years: readonly [before: number, now: number];
	tables: DatabaseTables;
}): PolicyQueries {
	if (areaLevel(regency) !== 'regency') throw new Error(`not a regency code: ${JSON.stringify(regency)}`);
	const [before, now] = years.map(checkYear) as [number, number];
	const province = provinceOf(regency);
	// WASM binds numbers as DOUBLE: cast back to the column's INTEGER so the comparison and the
	// returned year are the same on both engines.
	const regulations = hasTable(tables, 'regional_regulations')
		? sql`
SELECT region_code, year, type, number, title, issued_on
FROM ${table('regional_regulations')}
WHERE region_code IN (${province}, ${regency}) AND year IN (${before}::INTEGER, ${now}::INTEGER)
ORDER BY year, region_code, issued_on, type, number`
		: null;
	// One row per region and year even without a budget row, so "no data" is explicit and a
	// year missing is never read as a cut.
	const keys = join(
		[province, regency].flatMap((code, r) => [before, now].map((year) => sql`(${code}, ${year}::INTEGER, ${String(r)})`)),
		', '
	);
	const budget = hasTable(tables, 'regional_budget')
		? sql`
SELECT k.region_code, k.year,
       b.vulnerable_idr::DOUBLE AS vulnerable_idr, b.vulnerable_people::DOUBLE AS vulnerable_people,
       b.non_asn_idr::DOUBLE AS non_asn_idr, b.non_asn_people::DOUBLE AS non_asn_people
FROM (VALUES ${keys}) AS k(region_code, year, ord)
LEFT JOIN ${table('regional_budget')} AS b ON b.region_code = k.region_code AND b.year = k.year
ORDER BY k.ord, k.year`
		: null;
	return { regulations, budget };
}

/** APBD for vulnerable workers of one region in one year. */
export interface RegionBudgetRow {
	region_code: string;
	vulnerable_people: number;
	vulnerable_idr: number;
}

/**
 * Vulnerable workers funded and the APBD spent on them, per region code (provinces or
 * regencies) in `year`, code order; regions without a row are absent. Null when the data has no
 * `regional_budget`.
 * @example budgetByRegion({ codes: ['6201', '6208'], year: 2025, tables: manifest.database.tables })
 */
export function budgetByRegion({ codes, year, tables }: { codes: readonly string[]; year: number; tables: DatabaseTables }): Sql | null {
	for (const code of codes) {
		const level = areaLevel(code);
		if (level !== 'province' && level !== 'regency') throw new Error(`not a province or regency code: ${JSON.stringify(code)}`);
	}
	checkYear(year);
	if (!hasTable(tables, 'regional_budget')) return null;
	return sql`
SELECT region_code, vulnerable_people::DOUBLE AS vulnerable_people, vulnerable_idr::DOUBLE AS vulnerable_idr
FROM ${table('regional_budget')}
WHERE region_code IN (${list([...codes])}) AND year = ${year}::INTEGER
ORDER BY region_code`;
}
