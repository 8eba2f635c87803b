/**
 * Which contract tables a user may load from their own files, and how a row's province is read.
 * A loaded file replaces the sample's rows of its table **for the provinces it covers** (issue 11),
 * so every loadable table needs one column whose first two digits are the row's province (the
 * Papua rule of `regions.ts`). `regions` is not loadable: it is the reference of Kemendagri codes.
 */
import { TABLES, TABLE_NAMES, type TableDef, type TableName } from './schema';

/** A table a user may load. */
export type UserTable = Exclude<TableName, 'regions'>;

/** The loadable tables, in contract order. */
export const USER_TABLES: readonly UserTable[] = TABLE_NAMES.filter((name): name is UserTable => name !== 'regions');

/** Whether `name` is a table a user may load. */
export function isUserTable(name: unknown): name is UserTable {
	return typeof name === 'string' && (USER_TABLES as readonly string[]).includes(name);
}

/**
 * The column whose first two digits are a row's province. `ucj_targets` may also hold Indonesia's
 * own row (`ID`), which then counts as a "province" of its own: a file with the national target
 * replaces the sample's national target.
 */
export const PROVINCE_COLUMN: Readonly<Record<UserTable, string>> = {
	workforce: 'region_code',
	ucj_targets: 'province_code',
	participation: 'region_code',
	participation_village: 'region_code',
	participation_programme: 'region_code',
	villages_support: 'village_code',
	regional_budget: 'region_code',
	regional_regulations: 'region_code',
	employers: 'province_code',
	candidates: 'province_code'
};

/** The tables whose rows are monthly (a `month` column): their months extend or are refused. */
export const MONTHLY_TABLES: readonly UserTable[] = USER_TABLES.filter((name) =>
	(TABLES[name] as TableDef).columns.some((c) => c.name === 'month')
);
