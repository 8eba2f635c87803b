/**
 * What the import reports about a file: the validator's findings (`lib/validate`, the same rules
 * and words) plus what only a file can have wrong (its format, its headers, a cell that is not a
 * number or a month). Each says where (file, sheet, table, column and header, row as the user's
 * spreadsheet numbers it) and, in Bahasa Indonesia and English, what is wrong and how to fix it.
 * Messages are the `import.*` keys of `lib/i18n` (the validator's are `validate.*`).
 */
import type { MessageKey } from '$lib/i18n';
import { message, type LocalText, type MessageParam } from '$lib/validate/finding';
import type { RuleId } from '$lib/validate/rules';

export type { LocalText } from '$lib/validate/finding';

/** Codes of what only a file can have wrong, with their severity. */
export const IMPORT_CODES = {
	/** The file is over MAX_FILE_BYTES (refused before reading). */
	file_too_large: 'error',
	/** 0 bytes, or nothing but blanks. */
	empty_file: 'error',
	/** A header row and no data row. */
	header_only: 'error',
	/** An image, a PDF or another binary file under a table's name. */
	not_a_table: 'error',
	/** An old Excel 97–2003 workbook (Compound File), whatever its name. */
	old_xls: 'error',
	/** A Parquet file cut short (no footer). */
	truncated_parquet: 'error',
	/** A reader failed on the file's content. */
	unreadable_file: 'error',
	/** A UTF-16 text file, read as such. */
	encoding_converted: 'notice',
	/** No row of any sheet has headers of a contract table. */
	no_header: 'error',
	/** Sheets without the table were skipped. */
	sheet_skipped: 'notice',
	/** Rows above the header (titles) were skipped. */
	title_rows_skipped: 'notice',
	/** A JUMLAH/TOTAL row was dropped, never counted. */
	total_row_dropped: 'notice',
	/** A column the table cannot do without is not in the file. */
	missing_column: 'error',
	/** A column no figure needs is not in the file: the figures that would show it say "no data". */
	optional_column_missing: 'warning',
	/** A header the contract does not know: ignored. */
	unknown_column: 'warning',
	/** Two headers for one column: the first is used. */
	repeated_column: 'warning',
	/** Text where a number belongs. */
	not_a_number: 'error',
	/** Text that is not a yes/no. */
	not_a_flag: 'error',
	/** A region code in scientific notation (Excel turned it into a number). */
	scientific_code: 'error',
	/** Something in a code column that is neither a code nor a name. */
	bad_code: 'error',
	/** A pre-2022 Papua regency code. */
	old_papua_code: 'error',
	/** A region written by name: a code is proposed, the user confirms it. */
	region_name: 'error',
	/** A region name shared by several regions of the province. */
	region_name_ambiguous: 'error',
	/** A region name not found. */
	region_name_unknown: 'error',
	/** A month that cannot be read (`13/2024`). */
	bad_month: 'error',
	/** A date that cannot be read. */
	bad_date: 'error',
	/** Dates inside a month were read as their month. */
	month_day_ignored: 'warning',
	/** A category written differently from the contract (case, Indonesian label) was read as the contract's. */
	value_recoded: 'notice'
} as const satisfies Record<string, ImportSeverity>;

/** How bad a finding is: errors block the file, warnings ask for a look, notices say what was done. */
export type ImportSeverity = 'error' | 'warning' | 'notice';

/** A code of the import's own findings. */
export type ImportCode = keyof typeof IMPORT_CODES;

/** One finding about a file. */
export interface ImportFinding {
	readonly severity: ImportSeverity;
	/** The import's code, or the validator's rule id. */
	readonly code: ImportCode | RuleId;
	readonly file: string;
	readonly sheet?: string;
	readonly table?: string;
	/** The contract column. */
	readonly column?: string;
	/** The file's header for that column, as written. */
	readonly header?: string;
	/** The row as the user's spreadsheet or text editor numbers it (Parquet: the data row, from 1). */
	readonly row?: number;
	/** The offending value, as written. */
	readonly value?: string;
	/** How many rows share the problem (the finding is one example). */
	readonly count?: number;
	/** What is wrong and how to fix it. */
	readonly message: LocalText;
}

/** Where a finding points, without its code and message. */
export type Where = Omit<ImportFinding, 'severity' | 'code' | 'message' | 'file'>;

/** Build one of the import's own findings, its severity from its code. */
export function importFinding(
	code: ImportCode,
	file: string,
	where: Where,
	key: MessageKey,
	params: Readonly<Record<string, MessageParam>> = {}
): ImportFinding {
	const out: Record<string, unknown> = { severity: IMPORT_CODES[code], code, file };
	for (const [k, v] of Object.entries(where)) if (v !== undefined) out[k] = v;
	out.message = message(key, params);
	return out as unknown as ImportFinding;
}

/** True when any finding blocks the file. */
export function hasErrors(findings: readonly ImportFinding[]): boolean {
	return findings.some((f) => f.severity === 'error');
}
