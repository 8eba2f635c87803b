/**
 * Cells to contract rows. Each column is read by what the contract says it holds (a region code,
 * a month, a count, a category ...); a cell that cannot be read is left empty in the row and
 * reported with its row, and everything the validator judges better (negative counts, fractions
 * in a count, unknown codes, duplicate keys) is passed on as written.
 */
import { canonicalValue, type LoadableTable } from '$lib/contract/aliases';
import { TABLES, type ColumnDef, type TableDef } from '$lib/contract/schema';
import type { MessageKey } from '$lib/i18n';
import { rowCount, type MessageParam } from '$lib/validate/finding';
import { readCodeCell, resolveName, provinceOfCell, type RegionRef } from './codes';
import { importFinding, type ImportCode, type ImportFinding } from './findings';
import { cellText, isBlank, rowNumber, type Cell } from './grid';
import type { Located } from './header';
import { MAX_CELL_EXAMPLES } from './limits';
import { isoDate, parseDateCell } from './months';
import { parseFlagCell, parseNumberCell, type DecimalMark } from './numbers';

/** A value of a contract row: text, number, yes/no, a date as `YYYY-MM-DD`, or null. */
export type Value = string | number | boolean | null;

/** One row in contract columns (only the columns the file has). */
export type ContractRow = Record<string, Value>;

/** A region written by name, and the code proposed for it. */
export interface NameProposal {
	/** The name as written. */
	readonly name: string;
	readonly column: string;
	/** Province the name was looked up in, when the file or the user gives it. */
	readonly province: string | null;
	/** The proposed code and its official name; null when ambiguous or unknown. */
	readonly code: string | null;
	readonly label: string | null;
	/** Regions sharing the name (ambiguous), else empty. */
	readonly alternatives: readonly RegionRef[];
	/** Rows that carry it, and the first one's number. */
	readonly rows: number;
	readonly firstRow: number;
	/** The user confirmed this code (options.confirmedNames): it is applied. */
	readonly confirmed: boolean;
}

/** What converting gives back. */
export interface Converted {
	readonly rows: ContractRow[];
	/** The user's row number of each row. */
	readonly sourceRows: number[];
	readonly findings: ImportFinding[];
	readonly proposals: NameProposal[];
	/** Row numbers and columns of cells already reported (the validator's null findings on them are dropped). */
	readonly flagged: ReadonlySet<string>;
}

/** Options of {@link convertRows}. */
export interface ConvertOptions {
	readonly file: string;
	readonly regions?: readonly RegionRef[];
	readonly province?: string | null;
	readonly confirmedNames?: Readonly<Record<string, string>>;
}

/** The first cell text of a total row: JUMLAH, TOTAL, Grand Total, Sub Total, Total Keseluruhan. */
const TOTAL = /^(jumlah|total|grand\s*total|sub\s*total|subtotal)\b/i;

/** A key for a reported cell: `row:column`. */
export const cellKey = (row: number, column: string) => `${row}:${column}`;

class Problems {
	private readonly seen = new Map<string, { count: number; findings: ImportFinding[] }>();
	constructor(private readonly file: string) {}

	add(code: ImportCode, where: { column: string; header: string; row: number; value: string; table: string; sheet?: string }, key: MessageKey, params: Record<string, MessageParam>): void {
		const id = `${code}:${where.column}`;
		const entry = this.seen.get(id) ?? { count: 0, findings: [] };
		entry.count++;
		if (entry.findings.length < MAX_CELL_EXAMPLES) entry.findings.push(importFinding(code, this.file, where, key, params));
		this.seen.set(id, entry);
	}

	all(): ImportFinding[] {
		return [...this.seen.values()].flatMap(({ count, findings }) => findings.map((f) => ({ ...f, count })));
	}
}

/** Convert the data rows below the header into contract rows. */
export function convertRows(located: Located, options: ConvertOptions): Converted {
	const { sheet, headerIndex, match } = located;
	const table = match.table as LoadableTable;
	const def = TABLES[table] as TableDef;
	const file = options.file;
	const regions = options.regions ?? [];
	const sheetName = sheet.name ?? undefined;
	const findings: ImportFinding[] = [];
	const problems = new Problems(file);
	const flagged = new Set<string>();
	const rows: ContractRow[] = [];
	const sourceRows: number[] = [];
	const names = new Map<string, { name: string; column: string; province: string | null; rows: number; firstRow: number; cells: { index: number; column: string }[] }>();
	const recoded = new Map<string, { from: string; to: string; row: number; header: string }>();
	const dayIgnored = new Map<string, { value: string; row: number; header: string; count: number }>();
	const columns = def.columns.filter((c) => match.columns.has(c.name));
	const provinceHeader = match.auxiliary.province;

	// The cell being read. Hooks are made once per column and read it from here: a file of a
	// million cells would otherwise allocate a location object and four closures per cell, which
	// was half the parse time of a 10 MB CSV (bench/import-size.ts).
	const at = { rowNo: 0, cell: null as Cell, province: null as string | null };
	const readers = columns.map((c) => {
		const header = match.columns.get(c.name)!;
		const hooks: ReadHooks = {
			fail: (code, key, params = {}) => {
				const value = cellText(at.cell);
				flagged.add(cellKey(rows.length + 1, c.name));
				problems.add(code, { table, sheet: sheetName, column: c.name, header: header.text, row: at.rowNo, value }, key, { column: c.name, header: header.text, row: String(at.rowNo), value, ...params });
				return null;
			},
			name: (text) => {
				const key = `${c.name}|${at.province ?? ''}|${text}`;
				const entry = names.get(key) ?? { name: text, column: c.name, province: at.province, rows: 0, firstRow: at.rowNo, cells: [] };
				entry.rows++;
				entry.cells.push({ index: rows.length, column: c.name });
				names.set(key, entry);
				return null;
			},
			recode: (from, to) => {
				if (!recoded.has(c.name)) recoded.set(c.name, { from, to, row: at.rowNo, header: header.text });
			},
			dayIgnored: (value) => {
				const entry = dayIgnored.get(c.name) ?? { value, row: at.rowNo, header: header.text, count: 0 };
				entry.count++;
				dayIgnored.set(c.name, entry);
			}
		};
		return { column: c, index: header.index, hooks };
	});

	for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
		const cells = sheet.rows[i]!;
		const rowNo = rowNumber(sheet, i);
		if (cells.every((c) => isBlank(c))) continue;
		const first = cells.find((c) => !isBlank(c));
		if (typeof first === 'string' && TOTAL.test(first.trim())) {
			findings.push(importFinding('total_row_dropped', file, { sheet: sheetName, table, row: rowNo, value: first.trim() }, 'import.totalRowDropped', { row: String(rowNo), value: first.trim() }));
			continue;
		}
		const row: ContractRow = {};
		at.rowNo = rowNo;
		at.province = provinceHeader ? provinceOfCell(cells[provinceHeader.index] ?? null, regions) : (options.province ?? null);
		for (const { column, index, hooks } of readers) {
			const cell: Cell = cells[index] ?? null;
			at.cell = cell;
			row[column.name] = readValue(column, cell, sheet.decimal, hooks);
		}
		rows.push(row);
		sourceRows.push(rowNo);
	}

	const proposals: NameProposal[] = [];
	for (const entry of names.values()) {
		const levels = def.columns.find((c) => c.name === entry.column)!.region!;
		const confirmed = options.confirmedNames?.[entry.name];
		const match = resolveName(entry.name, regions, { levels, province: entry.province });
		const proposal: NameProposal = {
			name: entry.name,
			column: entry.column,
			province: entry.province,
			code: match.kind === 'unique' ? match.region.code : null,
			label: match.kind === 'unique' ? match.region.name : null,
			alternatives: match.kind === 'ambiguous' ? match.regions : [],
			rows: entry.rows,
			firstRow: entry.firstRow,
			confirmed: confirmed !== undefined
		};
		proposals.push(proposal);
		if (confirmed !== undefined) {
			for (const cell of entry.cells) rows[cell.index]![cell.column] = confirmed;
			continue;
		}
		for (const cell of entry.cells) flagged.add(cellKey(cell.index + 1, cell.column));
		const header = located.match.columns.get(entry.column)!.text;
		const where = { table, sheet: sheetName, column: entry.column, header, row: entry.firstRow, value: entry.name, count: entry.rows };
		const params = { name: entry.name, column: header, rows: rowCount(entry.rows), row: String(entry.firstRow) };
		if (match.kind === 'unique') {
			findings.push(importFinding('region_name', file, where, 'import.regionName', { ...params, code: match.region.code, label: match.region.name }));
		} else if (match.kind === 'ambiguous') {
			const list = match.regions.map((r) => `${r.code} ${r.name}`).join(', ');
			findings.push(importFinding('region_name_ambiguous', file, where, 'import.regionNameAmbiguous', { ...params, alternatives: list }));
		} else {
			findings.push(importFinding('region_name_unknown', file, where, 'import.regionNameUnknown', params));
		}
	}
	for (const [column, r] of recoded) {
		findings.push(importFinding('value_recoded', file, { table, sheet: sheetName, column, header: r.header, row: r.row, value: r.from }, 'import.valueRecoded', { column, header: r.header, from: r.from, to: r.to, row: String(r.row) }));
	}
	for (const [column, d] of dayIgnored) {
		findings.push(importFinding('month_day_ignored', file, { table, sheet: sheetName, column, header: d.header, row: d.row, value: d.value, count: d.count }, 'import.monthDayIgnored', { column, header: d.header, value: d.value, row: String(d.row), rows: rowCount(d.count) }));
	}
	return { rows, sourceRows, findings: [...problems.all(), ...findings], proposals, flagged };
}

interface ReadHooks {
	fail(code: ImportCode, key: MessageKey, params?: Record<string, MessageParam>): null;
	/** A region written as a name: collected, resolved once per name after the rows. */
	name(text: string): null;
	recode(from: string, to: string): void;
	dayIgnored(value: string): void;
}

/** One cell as its column's value. */
function readValue(c: ColumnDef, cell: Cell, decimal: DecimalMark, hooks: ReadHooks): Value {
	if (c.region) return readRegion(c, cell, hooks);
	switch (c.type) {
		case 'BIGINT':
		case 'INTEGER':
		case 'DOUBLE': {
			const n = parseNumberCell(cell, decimal);
			return n === undefined ? hooks.fail('not_a_number', 'import.notANumber') : n;
		}
		case 'BOOLEAN': {
			const b = parseFlagCell(cell);
			return b === undefined ? hooks.fail('not_a_flag', 'import.notAFlag') : b;
		}
		case 'DATE': {
			const d = parseDateCell(cell);
			if (d === null) return null;
			if (d === undefined) return c.unit === 'month' ? hooks.fail('bad_month', 'import.badMonth') : hooks.fail('bad_date', 'import.badDate');
			if (c.unit === 'month' && d.day !== 1) {
				hooks.dayIgnored(cellText(cell));
				return isoDate({ ...d, day: 1 });
			}
			return isoDate(d);
		}
		case 'VARCHAR': {
			if (isBlank(cell)) return null;
			const text = typeof cell === 'number' && Number.isInteger(cell) ? String(cell) : cellText(cell);
			if (!c.allowed) return text;
			const canonical = canonicalValue(c.name, c.allowed, text);
			if (canonical === null) return text; // the validator names the allowed values
			if (canonical !== text) hooks.recode(text, canonical);
			return canonical;
		}
	}
}

function readRegion(c: ColumnDef, cell: Cell, hooks: ReadHooks): Value {
	const parts = c.alternatives && typeof cell === 'string' ? cell.split(c.alternatives) : [cell];
	const codes: string[] = [];
	for (const part of parts) {
		const read = readCodeCell(part);
		switch (read.kind) {
			case 'empty':
				if (parts.length === 1) return null;
				break;
			case 'code':
				codes.push(read.code);
				break;
			case 'scientific':
				return hooks.fail('scientific_code', 'import.scientificCode');
			case 'old-papua':
				return hooks.fail('old_papua_code', 'import.oldPapuaCode', { code: read.code, today: read.today, name: read.name });
			case 'name':
				if (c.alternatives || c.region!.every((l) => l === 'village' || l === 'district')) return hooks.fail('bad_code', 'import.badCode');
				return hooks.name(read.text);
			case 'bad':
				return hooks.fail('bad_code', 'import.badCode');
		}
	}
	return c.alternatives ? codes.join(c.alternatives) : (codes[0] ?? null);
}
