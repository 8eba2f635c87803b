/**
 * Where the table is: the sheet and the row whose cells are the column headers. Office exports put
 * a title or two above the header and a notes sheet before the data; the header is the row, among
 * the first rows of each sheet, whose cells match the most columns of a contract table.
 */
import type { LoadableTable } from '$lib/contract/aliases';
import { bestMatch, compareMatches, matchTable, type ColumnOverrides, type TableMatch } from '$lib/contract/match';
import { cellText, type Sheet } from './grid';
import { HEADER_SEARCH_ROWS } from './limits';

/** The table found in a file. */
export interface Located {
	readonly sheet: Sheet;
	/** Index of the header row in the sheet. */
	readonly headerIndex: number;
	readonly headers: readonly string[];
	readonly match: TableMatch;
}

/** The best header row of one sheet for `table` (or any table), or null. */
function locateInSheet(sheet: Sheet, table: LoadableTable | undefined, overrides: ColumnOverrides | undefined): Located | null {
	let best: Located | null = null;
	const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
	for (let i = 0; i < last; i++) {
		const headers = sheet.rows[i]!.map(cellText);
		const match = table ? matchTable(headers, table, overrides) : bestMatch(headers);
		if (!match || match.columns.size < 2) continue;
		if (!best || compareMatches(match, best.match) < 0) best = { sheet, headerIndex: i, headers, match };
	}
	return best;
}

/**
 * The sheet and header row of the table: the user's sheet when named, else the sheet whose
 * header matches best (the first of equals). Null when no sheet has at least two known columns.
 */
export function locateTable(
	sheets: readonly Sheet[],
	{ table, sheet, columns }: { table?: LoadableTable; sheet?: string; columns?: ColumnOverrides } = {}
): Located | null {
	const candidates = sheet !== undefined ? sheets.filter((s) => s.name === sheet) : sheets;
	let best: Located | null = null;
	for (const s of candidates) {
		const found = locateInSheet(s, table, columns);
		if (found && (!best || compareMatches(found.match, best.match) < 0)) best = found;
	}
	return best;
}
