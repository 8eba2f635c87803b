/**
 * `parseFile`: one file a user brings (Parquet, CSV or .xlsx, told apart by its bytes) read into
 * the rows of a contract table, with a preview and every finding the file itself gives: its
 * format, its sheets and header, each cell that cannot be read. The validator's own checks come
 * after, in `checkParsedFile` (`check.ts`). Pure: bytes in, rows out, in Node and the browser.
 *
 * @example
 * const parsed = await parseFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, { regions });
 * const findings = await checkParsedFile(db, parsed, { reference: { database: 'cakupan' } });
 */
import type { LoadableTable } from '$lib/contract/aliases';
import type { ColumnOverrides, TableMatch } from '$lib/contract/match';
import { TABLES, type TableDef } from '$lib/contract/schema';
import { formatBytes } from '$lib/format';
import { integer } from '$lib/validate/finding';
import type { RegionRef } from './codes';
import { convertRows, type ContractRow, type NameProposal } from './convert';
import { importFinding, type ImportFinding } from './findings';
import { cellText, isBlank, rowNumber, type Sheet } from './grid';
import { locateTable, type Located } from './header';
import { MAX_FILE_BYTES, PREVIEW_ROWS } from './limits';
import { readCsv } from './readers/csv';
import { readParquet } from './readers/parquet';
import { readXlsx } from './readers/xlsx';
import { decodeText, sniff } from './sniff';

/** What the user may decide about a file; everything else is found from the file. */
export interface ParseOptions {
	/** The table the file holds (default: the one its headers match best). */
	readonly table?: LoadableTable;
	/** The header feeding each column, by header position (default: by aliases). */
	readonly columns?: ColumnOverrides;
	/** The worksheet holding the table (default: the one whose header matches best). */
	readonly sheet?: string;
	/** Reference regions (provinces and regencies, Kemendagri names) for names written instead of codes. */
	readonly regions?: readonly RegionRef[];
	/** The province the file covers, to look names up in when the file has no province column. */
	readonly province?: string | null;
	/** Names the user confirmed, name as written -> code: applied to the rows. */
	readonly confirmedNames?: Readonly<Record<string, string>>;
	/** Largest file read (default MAX_FILE_BYTES). */
	readonly maxBytes?: number;
}

/** What the page shows of a file before loading it. */
export interface Preview {
	/** Contract column and the file's header for it, in contract order. */
	readonly columns: readonly { readonly column: string; readonly header: string }[];
	/** The first rows, in contract columns. */
	readonly rows: readonly ContractRow[];
	readonly rowCount: number;
	/** First and last month (`YYYY-MM`) or year (`YYYY`) of the rows; null when the table has neither or no row has one. */
	readonly period: { readonly from: string; readonly to: string } | null;
	/** Provinces the rows cover (from their region codes), sorted. */
	readonly provinces: readonly string[];
}

/** A file read into a contract table. */
export interface ParsedFile {
	readonly file: string;
	readonly size: number;
	readonly format: 'csv' | 'xlsx' | 'parquet' | null;
	readonly table: LoadableTable | null;
	readonly match: TableMatch | null;
	/** Every worksheet's name (.xlsx), and the one read. */
	readonly sheets: readonly string[];
	readonly sheet: string | null;
	/** The header's row number as the user sees it. */
	readonly headerRow: number | null;
	readonly rows: readonly ContractRow[];
	/** The user's row number of each row. */
	readonly sourceRows: readonly number[];
	readonly preview: Preview | null;
	/** Regions written by name, with the code proposed for each. */
	readonly proposals: readonly NameProposal[];
	readonly findings: readonly ImportFinding[];
	/** `row:column` of cells already reported (row = 1-based index in `rows`). */
	readonly flagged: ReadonlySet<string>;
}

/** The finding for a file over the limit, or null: call it with the file's size before reading it. */
export function checkFileSize(file: string, size: number, maxBytes: number = MAX_FILE_BYTES): ImportFinding | null {
	if (size <= maxBytes) return null;
	return importFinding('file_too_large', file, {}, 'import.fileTooLarge', {
		size: { id: formatBytes(size, 'id'), en: formatBytes(size, 'en') },
		max: { id: formatBytes(maxBytes, 'id'), en: formatBytes(maxBytes, 'en') }
	});
}

function refused(file: string, size: number, format: ParsedFile['format'], findings: ImportFinding[], sheets: readonly string[] = []): ParsedFile {
	return { file, size, format, table: null, match: null, sheets, sheet: null, headerRow: null, rows: [], sourceRows: [], preview: null, proposals: [], findings, flagged: new Set() };
}

const asBytes = (b: Uint8Array | ArrayBuffer) => (b instanceof Uint8Array ? b : new Uint8Array(b));

/** Read the sheets of a file, or the finding that says why not. */
async function readSheets(file: string, bytes: Uint8Array): Promise<{ format: ParsedFile['format']; sheets: Sheet[]; findings: ImportFinding[] } | ImportFinding> {
	const kind = sniff(bytes);
	switch (kind.kind) {
		case 'empty':
			return importFinding('empty_file', file, {}, 'import.emptyFile');
		case 'parquet-truncated':
			return importFinding('truncated_parquet', file, {}, 'import.truncatedParquet');
		case 'old-xls':
			return importFinding('old_xls', file, {}, 'import.oldXls');
		case 'binary':
			return kind.what === 'binary'
				? importFinding('not_a_table', file, {}, 'import.notATable.binary')
				: importFinding('not_a_table', file, { value: kind.what }, 'import.notATable', { what: kind.what });
		case 'parquet':
			try {
				return { format: 'parquet', sheets: [await readParquet(bytes)], findings: [] };
			} catch (e) {
				return importFinding('unreadable_file', file, {}, 'import.unreadable.parquet', { error: String((e as Error).message ?? e) });
			}
		case 'xlsx':
			try {
				return { format: 'xlsx', sheets: await readXlsx(bytes), findings: [] };
			} catch (e) {
				return importFinding('unreadable_file', file, {}, 'import.unreadable.xlsx', { error: String((e as Error).message ?? e) });
			}
		case 'text': {
			const text = decodeText(bytes, kind.encoding);
			if (text.replace(/^\uFEFF/, '').trim() === '') return importFinding('empty_file', file, {}, 'import.emptyFile');
			const findings =
				kind.encoding === 'utf-8' ? [] : [importFinding('encoding_converted', file, { value: kind.encoding.toUpperCase() }, 'import.encodingConverted', { encoding: kind.encoding.toUpperCase() })];
			return { format: 'csv', sheets: [await readCsv(text)], findings };
		}
	}
}

/** A village table when the region codes are village codes and the user did not pick the table. */
function villageInstead(located: Located, options: ParseOptions): LoadableTable | null {
	if (options.table || located.match.table !== 'participation') return null;
	const header = located.match.columns.get('region_code');
	if (!header) return null;
	const codes = located.sheet.rows
		.slice(located.headerIndex + 1, located.headerIndex + 51)
		.map((r) => cellText(r[header.index] ?? null).replaceAll('.', ''))
		.filter((c) => c !== '');
	return codes.length > 0 && codes.every((c) => /^\d{10}$/.test(c)) ? 'participation_village' : null;
}

/** Findings on the columns: missing (required or not), unknown, repeated. */
function columnFindings(file: string, match: TableMatch, sheet: string | undefined): ImportFinding[] {
	const table = match.table;
	const def = TABLES[table] as TableDef;
	const typeOf = (column: string) => def.columns.find((c) => c.name === column)!.type;
	return [
		...match.missingRequired.map((column) => importFinding('missing_column', file, { sheet, table, column }, 'import.missingColumn', { table, column, type: typeOf(column) })),
		...match.missing
			.filter((c) => !match.missingRequired.includes(c))
			.map((column) => importFinding('optional_column_missing', file, { sheet, table, column }, 'import.optionalColumnMissing', { table, column })),
		...match.unknown.map((h) => importFinding('unknown_column', file, { sheet, table, header: h.text }, 'import.unknownColumn', { table, header: h.text })),
		...match.repeated.map((r) => importFinding('repeated_column', file, { sheet, table, column: r.column, header: r.header.text }, 'import.repeatedColumn', { column: r.column, header: r.header.text, used: match.columns.get(r.column)!.text }))
	];
}

function preview(located: Located, rows: readonly ContractRow[]): Preview {
	const def = TABLES[located.match.table] as TableDef;
	const columns = def.columns.filter((c) => located.match.columns.has(c.name)).map((c) => ({ column: c.name, header: located.match.columns.get(c.name)!.text }));
	const monthColumn = def.columns.find((c) => c.unit === 'month' && located.match.columns.has(c.name));
	const yearColumn = def.columns.find((c) => c.unit === 'year' && located.match.columns.has(c.name));
	let period: Preview['period'] = null;
	const periodColumn = monthColumn ?? yearColumn;
	if (periodColumn) {
		const values = rows
			.map((r) => r[periodColumn.name])
			.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
			.map((v) => (monthColumn ? String(v).slice(0, 7) : String(v)))
			.sort();
		if (values.length > 0) period = { from: values[0]!, to: values.at(-1)! };
	}
	const provinces = new Set<string>();
	for (const c of def.columns.filter((c) => c.region && located.match.columns.has(c.name))) {
		for (const r of rows) {
			const v = r[c.name];
			if (typeof v === 'string') for (const code of c.alternatives ? v.split(c.alternatives) : [v]) if (/^\d{2}/.test(code)) provinces.add(code.slice(0, 2));
		}
	}
	return { columns, rows: rows.slice(0, PREVIEW_ROWS), rowCount: rows.length, period, provinces: [...provinces].sort() };
}

/** A file as the browser's file picker or drop gives it (a `File`), or anything shaped like one. */
export interface FileLike {
	readonly name: string;
	readonly size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Read a picked or dropped file: its size is checked first, so a file over the limit is refused
 * with a message before a byte of it is read into memory.
 */
export async function parseUpload(file: FileLike, options: ParseOptions = {}): Promise<ParsedFile> {
	const tooLarge = checkFileSize(file.name, file.size, options.maxBytes);
	if (tooLarge) return refused(file.name, file.size, null, [tooLarge]);
	return parseFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, options);
}

/** Read one file into a contract table (see the module comment). */
export async function parseFile(input: { readonly name: string; readonly bytes: Uint8Array | ArrayBuffer }, options: ParseOptions = {}): Promise<ParsedFile> {
	const file = input.name;
	const bytes = asBytes(input.bytes);
	const tooLarge = checkFileSize(file, bytes.length, options.maxBytes);
	if (tooLarge) return refused(file, bytes.length, null, [tooLarge]);
	const read = await readSheets(file, bytes);
	if (!('sheets' in read)) return refused(file, bytes.length, null, [read]);
	const { format, sheets } = read;
	const names = sheets.map((s) => s.name).filter((n): n is string => n !== null);
	const findings = [...read.findings];
	let located = locateTable(sheets, options);
	if (!located) {
		const firstRow = sheets.flatMap((s) => s.rows.filter((r) => r.some((c) => !isBlank(c))).slice(0, 1))[0] ?? [];
		findings.push(importFinding('no_header', file, {}, 'import.noHeader', { headers: firstRow.map(cellText).filter(Boolean).join(', ') || '–' }));
		return refused(file, bytes.length, format, findings, names);
	}
	const village = villageInstead(located, options);
	if (village) located = locateTable([located.sheet], { ...options, table: village }) ?? located;
	const { sheet, headerIndex, match } = located;
	const sheetName = sheet.name ?? undefined;
	for (const other of names.filter((n) => n !== sheet.name)) {
		findings.push(importFinding('sheet_skipped', file, { sheet: other }, 'import.sheetSkipped', { sheet: other, used: sheet.name ?? '' }));
	}
	if (headerIndex > 0) {
		const above = sheet.rows.slice(0, headerIndex).filter((r) => r.some((c) => !isBlank(c))).length;
		if (above > 0) {
			findings.push(
				importFinding('title_rows_skipped', file, { sheet: sheetName, row: rowNumber(sheet, headerIndex) }, 'import.titleRowsSkipped', {
					rows: integer(above),
					header: String(rowNumber(sheet, headerIndex))
				})
			);
		}
	}
	findings.push(...columnFindings(file, match, sheetName));
	const converted = convertRows(located, { file, regions: options.regions, province: options.province, confirmedNames: options.confirmedNames });
	findings.push(...converted.findings);
	if (converted.rows.length === 0) {
		findings.push(importFinding('header_only', file, { sheet: sheetName, table: match.table }, 'import.headerOnly', { table: match.table }));
	}
	return {
		file,
		size: bytes.length,
		format,
		table: match.table,
		match,
		sheets: names,
		sheet: sheet.name,
		headerRow: rowNumber(sheet, headerIndex),
		rows: converted.rows,
		sourceRows: converted.sourceRows,
		preview: preview(located, converted.rows),
		proposals: converted.proposals,
		findings,
		flagged: converted.flagged
	};
}
