/** Cell text and sort order for the data table, driven by the shared column specs. */
import { cellValue, isNumericKind, type Cell, type ColumnSpec, type TableRow } from '$lib/export/columns';
import {
	formatInteger,
	formatMonth,
	formatPercent,
	formatPoints,
	formatRupiah,
	MISSING
} from '$lib/format';
import type { Locale } from '$lib/i18n';

/** Sort direction of a table column. */
export type SortDirection = 'ascending' | 'descending';

/**
 * A cell as the table shows it: counts in full ("1.234.567": a table is for reading exact
 * figures, tiles use "45,22 juta"), percents with one decimal, months by name, missing as "–".
 */
export function formatCell(column: ColumnSpec, row: TableRow, locale: Locale = 'id'): string {
	const value = cellValue(column, row);
	if (value == null) return MISSING;
	switch (column.kind) {
		case 'count':
			return formatInteger(value as number, locale);
		case 'percent':
			return formatPercent(value as number, { digits: 1 }, locale);
		case 'rupiah':
			return formatRupiah(value as number, locale);
		case 'points':
			return formatPoints(value as number, { digits: 1 }, locale);
		case 'month':
			return formatMonth(value as string, locale);
		default:
			return String(value);
	}
}

/**
 * `rows` sorted by one column (a new array): numbers numerically, text by Indonesian collation,
 * months and codes by their keys; missing values last in either direction.
 */
export function sortRows(rows: TableRow[], column: ColumnSpec, direction: SortDirection): TableRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const keyed = rows.map((row) => ({ row, cell: cellValue(column, row) }));
	keyed.sort((a, b) => {
		if (a.cell == null || b.cell == null) return (a.cell == null ? 1 : 0) - (b.cell == null ? 1 : 0);
		return sign * compare(a.cell, b.cell, column);
	});
	return keyed.map((k) => k.row);
}

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

function compare(a: Exclude<Cell, null>, b: Exclude<Cell, null>, column: ColumnSpec): number {
	if (isNumericKind(column.kind)) return (a as number) - (b as number);
	if (column.kind === 'text') return collator.compare(String(a), String(b));
	return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
