/**
 * What every reader gives back: sheets of cells, whatever the format. A CSV is one sheet; an
 * .xlsx has one per worksheet; a Parquet file is one sheet whose first row is its column names.
 */

/** One cell as a reader gives it: text, a number, a yes/no, a date, or empty. */
export type Cell = string | number | boolean | Date | null;

/** One sheet of a file. */
export interface Sheet {
	/** The worksheet's name (.xlsx), or null for a file with a single table. */
	readonly name: string | null;
	readonly rows: readonly (readonly Cell[])[];
	/**
	 * How a row index maps to the number the user sees: index + 1 in a spreadsheet or text file
	 * (the header is row 1 when it is the first line); index in Parquet, whose row 0 is the
	 * column names, so data rows are numbered from 1.
	 */
	readonly rowNumberOffset: 0 | 1;
	/**
	 * The decimal mark of numbers written as text: `.` in a comma-separated file (a comma inside a
	 * quoted number there groups thousands, the English way), else `,` (Indonesian).
	 */
	readonly decimal: ',' | '.';
}

/** The row number the user sees for row `index` of a sheet. */
export function rowNumber(sheet: Sheet, index: number): number {
	return index + sheet.rowNumberOffset;
}

/** True when a cell holds nothing (null, or only blanks). */
export function isBlank(cell: Cell | undefined): boolean {
	return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell as text for messages and name matching: dates as YYYY-MM-DD. */
export function cellText(cell: Cell | undefined): string {
	if (cell === null || cell === undefined) return '';
	if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
	return String(cell).trim();
}
