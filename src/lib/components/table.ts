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

/**
 * A column only the screen table draws: `sparkline` reads a `(number | null)[]` from the row
 * and draws a small trend line. It is decoration beside the exact figures (aria-hidden), cannot
 * be sorted, and is never exported: a CSV or Excel cell cannot hold a line, and the trend's
 * numbers belong in a chart's own table.
 */
export interface SparklineColumn {
	key: string;
	label: string;
	kind: 'sparkline';
}

/** A column of the data table: an exported {@link ColumnSpec}, or a screen-only {@link SparklineColumn}. */
export type TableColumn = ColumnSpec | SparklineColumn;

/** True for a screen-only sparkline column. */
export function isSparkline(column: TableColumn): column is SparklineColumn {
	return column.kind === 'sparkline';
}

/** True for a column whose cells are numbers (right-aligned); a sparkline is not. */
export function isNumericColumn(column: TableColumn): boolean {
	return !isSparkline(column) && isNumericKind(column.kind);
}

/** The columns CSV and Excel write: every column but the screen-only sparklines. */
export function exportColumns(columns: readonly TableColumn[]): ColumnSpec[] {
	return columns.filter((column): column is ColumnSpec => !isSparkline(column));
}

/** The values a sparkline column reads from a row; anything else (missing, not numbers) draws nothing. */
export function sparklineValues(column: SparklineColumn, row: TableRow): (number | null)[] {
	const values = row[column.key];
	if (!Array.isArray(values)) return [];
	return values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
}

/** A sort: the column key and its direction (a view may keep it in its URL). */
export interface TableSort {
	key: string;
	direction: SortDirection;
}

/**
 * The sort after a header is activated: the same column flips direction; a new column starts
 * highest first for numbers (a ranking) and A→Z for text and codes.
 */
export function nextSort(current: TableSort | null, column: ColumnSpec): TableSort {
	if (current?.key === column.key) {
		return { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
	}
	return { key: column.key, direction: isNumericKind(column.kind) ? 'descending' : 'ascending' };
}

/**
 * `rows` in the order of `sort` (the input array itself when there is no sort or the column is
 * not a sortable one, e.g. a sparkline or a key the columns lack).
 */
export function sortedRows(rows: TableRow[], columns: readonly TableColumn[], sort: TableSort | null): TableRow[] {
	const column = sort && columns.find((c) => c.key === sort.key);
	if (!sort || !column || isSparkline(column)) return rows;
	return sortRows(rows, column, sort.direction);
}

/**
 * Text for searching: lowercase, accents and other combining marks dropped, spaces collapsed, so
 * "kota" finds "KOTA" and "Kotá", and "pangkal  pinang" finds "Pangkal Pinang".
 */
export function searchText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The rows whose `key` text contains `query` (see {@link searchText}); all rows for an empty
 * query. Order is kept, so filtering a sorted list stays sorted.
 */
export function filterRows(rows: TableRow[], key: string, query: string): TableRow[] {
	const needle = searchText(query);
	if (!needle) return rows;
	return rows.filter((row) => {
		const value = row[key];
		return value != null && searchText(String(value)).includes(needle);
	});
}

/** Page sizes offered by the page-size select; 0 stands for "all rows". */
export const PAGE_SIZES = [25, 50, 100, 0] as const;

/** The page sizes to offer: the standard ones plus the caller's own if it is not among them. */
export function pageSizeOptions(pageSize: number): number[] {
	const sizes: number[] = [...PAGE_SIZES];
	if (!sizes.includes(pageSize)) sizes.splice(sizes.findIndex((s) => s === 0 || s > pageSize), 0, pageSize);
	return sizes;
}

/** How many pages `total` rows fill at `size` per page (0 = all on one); at least 1, so an empty list is "page 1 of 1". */
export function pageCount(total: number, size: number): number {
	return size > 0 ? Math.max(1, Math.ceil(total / size)) : 1;
}

/** The 1-based page holding row `index` (0-based) at `size` per page. */
export function pageOf(index: number, size: number): number {
	return size > 0 ? Math.floor(index / size) + 1 : 1;
}

/** The rows of 1-based `page` at `size` per page (0 = all rows). */
export function pageRows<T>(rows: readonly T[], page: number, size: number): T[] {
	if (size <= 0) return [...rows];
	const start = (page - 1) * size;
	return rows.slice(start, start + size);
}

/**
 * The page to show when the list changes (a search, a sort, new rows, a page size): the one
 * holding the selected row if it is listed, else the first, so a selection made on the map or in
 * a chart stays in view.
 */
export function landingPage(rows: readonly TableRow[], rowKey: string | undefined, selected: string | null | undefined, size: number): number {
	const index = selectedIndex(rows, rowKey, selected);
	return index < 0 ? 1 : pageOf(index, size);
}

/** Where the row whose `rowKey` value is `selected` sits in `rows`; -1 when absent or nothing is selected. */
export function selectedIndex(rows: readonly TableRow[], rowKey: string | undefined, selected: string | null | undefined): number {
	if (!rowKey || selected == null) return -1;
	return rows.findIndex((row) => keyOf(row, rowKey) === selected);
}

/** A row's key as text (codes may arrive as numbers or BigInt from a query). */
export function keyOf(row: TableRow, rowKey: string): string {
	const value = row[rowKey];
	return value == null ? '' : String(value);
}

/**
 * What the CSV and Excel downloads write: every row of the table in the on-screen sort order,
 * whatever the search or page, and every column but the sparklines. A download is the table's
 * data, not the slice a reader happened to be looking at; a reader who wants fewer rows filters
 * the file (a search is a way to find a row, not a filter of the figure).
 */
export function exportTable(
	columns: readonly TableColumn[],
	rows: TableRow[],
	sort: TableSort | null
): { columns: ColumnSpec[]; rows: TableRow[] } {
	return { columns: exportColumns(columns), rows: sortedRows(rows, columns, sort) };
}
