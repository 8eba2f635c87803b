/**
 * What the regional-office view (`/kantor/`) reads besides the monthly rollup: the directory of
 * provinces and regencies with the BPJS offices that serve them, and every regency's December
 * rows (its first figures and the table's trend lines).
 */
import type { Sql } from '$lib/data/connector';
import { MONTHLY_COLUMNS } from './monthly';
import { rollup, sql } from './sql';

/** A province or regency with its offices (the contract's `regions.kanwil` and `regions.branch_office`). */
export interface OfficeRow {
	code: string;
	name: string;
	level: 'province' | 'regency';
	/** The province for a regency, `ID` for a province. */
	parent_code: string;
	/** Regional office (Kantor Wilayah) id; null when the data has none. */
	kanwil: string | null;
	/** Branch office (Kantor Cabang) of a regency; null for provinces. */
	branch_office: string | null;
}

/** Every province and regency with its offices, in code order (552 rows on the sample). */
export function officeDirectory(): Sql {
	return sql`SELECT code, name, level, parent_code, kanwil, branch_office FROM ${rollup('area_names')} ORDER BY code`;
}


/**
 * Every regency's December rows (MonthlySums), one per regency and year: the default state's
 * figures (December against December) for any area, and each regency's yearly trend line.
 * 514 regencies × 7 years on the sample: small enough for the build-time snapshot.
 */
export function regencyDecembers(): Sql {
	return sql`SELECT ${MONTHLY_COLUMNS} FROM ${rollup('area_monthly')}
WHERE length(code) = 4 AND month LIKE '%-12' ORDER BY code, month`;
}
