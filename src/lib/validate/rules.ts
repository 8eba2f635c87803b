/**
 * Every rule of the dataset validator: its id (the `rule` of a finding), its severity and what it
 * checks, in the order the validator runs them. The checks live one file per rule or small group
 * beside this index; the ids are constants so the UI and tests can name them.
 */

/** How bad a finding is: an error makes the dataset unusable as is; a warning asks for a look. */
export type Severity = 'error' | 'warning';

export const MISSING_TABLE = 'missing_table';
export const MISSING_COLUMN = 'missing_column';
export const EXTRA_COLUMN = 'extra_column';
export const WRONG_TYPE = 'wrong_type';
export const NULL_VALUE = 'null_value';
export const DUPLICATE_KEY = 'duplicate_key';
export const UNKNOWN_REGION = 'unknown_region';
export const WRONG_REGION_LEVEL = 'wrong_region_level';
export const MONTH_OUT_OF_RANGE = 'month_out_of_range';
export const MISSING_MONTH = 'missing_month';
export const NEGATIVE_COUNT = 'negative_count';
export const NOT_ALLOWED_VALUE = 'not_allowed_value';
export const PROGRAMME_NOT_ALLOWED = 'programme_not_allowed';
export const REGION_INCONSISTENT = 'region_inconsistent';
export const MANIFEST_INVALID = 'manifest_invalid';
export const MANIFEST_ROW_COUNT = 'manifest_row_count';
export const MANIFEST_CHECKSUM = 'manifest_checksum';
export const MANIFEST_DATASET_CHECKSUM = 'manifest_dataset_checksum';
export const COVERAGE_ABOVE_100 = 'coverage_above_100';
export const VILLAGE_EXCEEDS_REGENCY = 'village_exceeds_regency';

/** One rule: id, severity and a one-line description. */
export interface Rule {
	readonly id: string;
	readonly severity: Severity;
	readonly doc: string;
}

/** The rules, in the order their findings are reported. */
export const RULES = [
	{ id: MISSING_TABLE, severity: 'error', doc: 'A required table, or one that dataset.json lists, is not loaded (structure.ts).' },
	{ id: MISSING_COLUMN, severity: 'error', doc: 'A contract column is absent from a table; its other checks are skipped (structure.ts).' },
	{ id: EXTRA_COLUMN, severity: 'warning', doc: 'A table has a column the contract does not know; it is ignored (structure.ts).' },
	{ id: MANIFEST_INVALID, severity: 'error', doc: 'dataset.json has the wrong shape (manifestProblems) or a table key other than the contract\'s (manifest.ts).' },
	{ id: MANIFEST_ROW_COUNT, severity: 'error', doc: 'A file\'s row count in dataset.json differs from the rows loaded for it (manifest.ts).' },
	{ id: MANIFEST_CHECKSUM, severity: 'error', doc: 'A file\'s sha256 in dataset.json differs from the hash of its bytes (manifest.ts).' },
	{ id: MANIFEST_DATASET_CHECKSUM, severity: 'error', doc: 'The dataset checksum differs from the sha256 of checksumInput(tables) (manifest.ts).' },
	{ id: WRONG_TYPE, severity: 'error', doc: 'A column cannot be read as its contract type: codes as numbers, text that is not a date, fractions in a count (column-types.ts).' },
	{ id: NULL_VALUE, severity: 'error', doc: 'A non-nullable column is NULL (nulls.ts).' },
	{ id: DUPLICATE_KEY, severity: 'error', doc: 'Two or more rows share the table key (duplicate-keys.ts).' },
	{ id: UNKNOWN_REGION, severity: 'error', doc: 'A region code (each alternative of an alternatives column) is not in `regions` (region-codes.ts).' },
	{ id: WRONG_REGION_LEVEL, severity: 'error', doc: 'A region code exists but at a level the column does not take, e.g. a village in a regency column (region-codes.ts).' },
	{ id: MONTH_OUT_OF_RANGE, severity: 'error', doc: 'A month is not on the first day, or lies outside the manifest period (2000-01 to the current month without one) (months.ts).' },
	{ id: MISSING_MONTH, severity: 'error', doc: 'A regency × segment of `participation` lacks a month of the period (its own first to last month without a manifest) (months.ts).' },
	{ id: NEGATIVE_COUNT, severity: 'error', doc: 'A value is below the column\'s `min` (negative counts or rupiah; a rank below 1) (below-min.ts).' },
	{ id: NOT_ALLOWED_VALUE, severity: 'error', doc: 'A value outside the column\'s `allowed` list (allowed-values.ts).' },
	{ id: PROGRAMME_NOT_ALLOWED, severity: 'error', doc: 'A segment × programme the law does not allow (SEGMENT_PROGRAMMES), one finding per combination (allowed-values.ts).' },
	{ id: REGION_INCONSISTENT, severity: 'error', doc: '`regions` contradicts its own codes: malformed code, or level, parent_code, province_code or kind not what the code implies (region-tree.ts).' },
	{ id: COVERAGE_ABOVE_100, severity: 'warning', doc: 'A regency\'s December ucj (PU+BPU+JAKON active / eligible, ratio of sums) exceeds 100 (DOMAIN.md section 2) (coverage.ts).' },
	{ id: VILLAGE_EXCEEDS_REGENCY, severity: 'warning', doc: 'Villages summed per regency × month × segment exceed the regency\'s `participation` row (village-totals.ts).' }
] as const satisfies readonly Rule[];

/** A rule id: the `rule` of a finding. */
export type RuleId = (typeof RULES)[number]['id'];

const SEVERITY = new Map<string, Severity>(RULES.map((r) => [r.id, r.severity]));

/** The severity of a rule. */
export function severityOf(rule: RuleId): Severity {
	return SEVERITY.get(rule)!;
}
