/**
 * What the assessment-panel view (`/penilaian/`) reads besides every regency's Decembers
 * (`offices.regencyDecembers`): the Paritrana candidates, the policy evidence of every province
 * and regency per year (regulations issued, APBD funding), and the employers of a province (the
 * business candidates and their peers). Village candidates read the village list
 * (`villageList` in the villages module: the province's detail file).
 *
 * `candidates`, `regional_regulations`, `regional_budget` and `employers` are optional in the
 * contract: every builder takes the built database's table list and returns null for a table the
 * data does not have, and the view says so instead of failing. Builds `Sql`, executes nothing.
 */
import type { Sql } from '$lib/data/connector';
import { areaLevel, checkArea } from '$lib/contract/areas';
import { hasTable, type DatabaseTables } from './policy';
import { join, sql, table } from './sql';

/** One row of the contract's `candidates` table (data/SCHEMA.md). */
export interface CandidateRow {
	candidate_id: string;
	edition: string;
	assessment_year: number;
	province_code: string;
	category: string;
	stage: string;
	candidate: string;
	candidate_kind: string;
	/** A region code, alternatives separated by `|` where the source is ambiguous, or null. */
	region_code: string | null;
	employer_id: string | null;
	nominating_office: string | null;
	/** Published rank, where a source gives one. */
	result: number | null;
	source: string | null;
	note: string | null;
}

/**
 * Every candidate, latest assessment year first, then by province and id. A few hundred rows:
 * the list is filtered and searched in the page. Null when the data has no `candidates`.
 */
export function candidateList({ tables }: { tables: DatabaseTables }): Sql | null {
	if (!hasTable(tables, 'candidates')) return null;
	return sql`
SELECT candidate_id, edition, assessment_year::INTEGER AS assessment_year, province_code, category, stage, candidate,
       candidate_kind, region_code, employer_id, nominating_office, result::INTEGER AS result, source, note
FROM ${table('candidates')}
ORDER BY assessment_year DESC, province_code, candidate_id`;
}

/** Policy evidence of one province or regency in one year; counts are null where the data has no row. */
export interface PolicyYearRow {
	region_code: string;
	year: number;
	/** Regulations issued in this year (not before). */
	regulations: number | null;
	vulnerable_people: number | null;
	vulnerable_idr: number | null;
	non_asn_people: number | null;
	non_asn_idr: number | null;
}

/**
 * Every province and regency × year that issued a regulation or has an APBD row, in code and
 * year order: sparse (a few thousand rows on the sample), so the page derives each region's
 * regulations up to a year and its funding without another query. Regulations are counted per
 * year; a year without a row issued none (when the table exists). Null when the data has
 * neither table.
 */
export function policyByYear({ tables }: { tables: DatabaseTables }): Sql | null {
	const regs = hasTable(tables, 'regional_regulations');
	const budget = hasTable(tables, 'regional_budget');
	if (!regs && !budget) return null;
	const regRows = regs
		? sql`SELECT region_code, year::INTEGER AS year, count(*)::DOUBLE AS regulations FROM ${table('regional_regulations')} GROUP BY region_code, year`
		: sql`SELECT NULL::VARCHAR AS region_code, NULL::INTEGER AS year, NULL::DOUBLE AS regulations WHERE false`;
	const budgetRows = budget
		? sql`SELECT region_code, year::INTEGER AS year, vulnerable_people::DOUBLE AS vulnerable_people, vulnerable_idr::DOUBLE AS vulnerable_idr,
       non_asn_people::DOUBLE AS non_asn_people, non_asn_idr::DOUBLE AS non_asn_idr FROM ${table('regional_budget')}`
		: sql`SELECT NULL::VARCHAR AS region_code, NULL::INTEGER AS year, NULL::DOUBLE AS vulnerable_people, NULL::DOUBLE AS vulnerable_idr,
       NULL::DOUBLE AS non_asn_people, NULL::DOUBLE AS non_asn_idr WHERE false`;
	return sql`
WITH r AS (${regRows}), b AS (${budgetRows})
SELECT coalesce(r.region_code, b.region_code) AS region_code, coalesce(r.year, b.year) AS year,
       ${regs ? sql`coalesce(r.regulations, 0)` : sql`NULL::DOUBLE`} AS regulations,
       b.vulnerable_people, b.vulnerable_idr, b.non_asn_people, b.non_asn_idr
FROM r FULL OUTER JOIN b ON r.region_code = b.region_code AND r.year = b.year
ORDER BY region_code, year`;
}

/** One employer in one year (the contract's `employers`). */
export interface EmployerRow {
	employer_id: string;
	year: number;
	name: string;
	region_code: string | null;
	province_code: string;
	size: string;
	sector: string;
	workers: number | null;
	workers_registered: number | null;
	has_jkk: boolean | null;
	has_jkm: boolean | null;
	has_jht: boolean | null;
	has_jp: boolean | null;
	has_jkp: boolean | null;
	wage_reported_idr: number | null;
	wage_reference_idr: number | null;
	months_in_arrears: number | null;
	vulnerable_sponsored: number | null;
}

/**
 * Every employer of `province` in `years` (a business candidate and its peers), by id and year.
 * Null when the data has no `employers`.
 */
export function employersOf({ province, years, tables }: { province: string; years: readonly number[]; tables: DatabaseTables }): Sql | null {
	if (areaLevel(checkArea(province)) !== 'province') throw new Error(`not a province code: ${JSON.stringify(province)}`);
	for (const y of years) if (!Number.isInteger(y) || y < 1900 || y > 2999) throw new Error(`invalid year: ${JSON.stringify(y)}`);
	if (!hasTable(tables, 'employers')) return null;
	// WASM binds numbers as DOUBLE: cast each year back to the column's INTEGER.
	return sql`
SELECT employer_id, year::INTEGER AS year, name, region_code, province_code, size, sector,
       workers::DOUBLE AS workers, workers_registered::DOUBLE AS workers_registered,
       has_jkk, has_jkm, has_jht, has_jp, has_jkp,
       wage_reported_idr::DOUBLE AS wage_reported_idr, wage_reference_idr::DOUBLE AS wage_reference_idr,
       months_in_arrears::INTEGER AS months_in_arrears, vulnerable_sponsored::DOUBLE AS vulnerable_sponsored
FROM ${table('employers')}
WHERE province_code = ${province} AND year IN (${join(years.map((y) => sql`${y}::INTEGER`), ', ')})
ORDER BY employer_id, year`;
}
