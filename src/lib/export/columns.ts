/**
 * Column specs shared by the data table and the CSV/xlsx exports: what a column holds decides
 * how it is formatted on screen, written to CSV, and typed in Excel.
 */
import { monthKey, type MonthValue } from '$lib/period';

/** What a column holds. `code` is a Kemendagri code, always text; `points` are percentage points. */
export const COLUMN_KINDS = ['code', 'text', 'count', 'percent', 'rupiah', 'month', 'points'] as const;
/** One of {@link COLUMN_KINDS}. */
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** One column: the row key it reads, its localized header, and what it holds. */
export interface ColumnSpec {
	key: string;
	label: string;
	kind: ColumnKind;
}

/** A row as the views produce it, e.g. `{ code: '6201', name: 'Kotawaringin Barat', ucj: 45.6 }`. */
export type TableRow = Record<string, unknown>;

/** A cell after normalization: numbers for numeric kinds, `YYYY-MM` for months, else text. */
export type Cell = number | string | null;

const NUMERIC_KINDS: ReadonlySet<ColumnKind> = new Set(['count', 'percent', 'rupiah', 'points']);

/** True for kinds written as numbers (right-aligned on screen, numeric cells in Excel). */
export function isNumericKind(kind: ColumnKind): boolean {
	return NUMERIC_KINDS.has(kind);
}

/**
 * The value of `column` in `row`, normalized for its kind; null when missing. Throws, naming the
 * column and value, on a value that does not fit the kind (e.g. the string "45,6" in a percent
 * column), since a silently blank cell in an export would be read as zero.
 */
export function cellValue(column: ColumnSpec, row: TableRow): Cell {
	const value = row[column.key];
	if (value == null) return null;
	if (isNumericKind(column.kind)) {
		const number = typeof value === 'bigint' ? Number(value) : value;
		if (typeof number !== 'number') throw invalid(column, value);
		return Number.isFinite(number) ? number : null;
	}
	if (column.kind === 'month') {
		try {
			return monthKey(value as MonthValue);
		} catch {
			throw invalid(column, value);
		}
	}
	if (column.kind === 'code') {
		// A code read as a number (e.g. from a CSV) is still a code: write its digits, never "6.201".
		if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
		if (typeof value === 'bigint') return value.toString();
		if (typeof value !== 'string') throw invalid(column, value);
		return value;
	}
	return typeof value === 'string' ? value : String(value);
}

function invalid(column: ColumnSpec, value: unknown): Error {
	const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
	return new Error(`invalid ${column.kind} value in column "${column.key}": ${shown}`);
}
