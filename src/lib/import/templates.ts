/**
 * Blank files an office fills with its own figures, one per table a user may load, generated from
 * the contract (`contract/schema.ts` columns, types, units, keys and allowed values; `aliases.ts`
 * other names; `match.ts` which columns are required; `descriptions-id.ts` their meaning in
 * Bahasa Indonesia), so a column added to the contract is in every template without a second list.
 *
 * - `.csv`: the header row of the contract's column names, UTF-8 with a BOM, `;`-separated, CRLF.
 *   `;` because Excel in an Indonesian locale (decimal comma) splits a double-clicked CSV on `;` and
 *   leaves a `,`-separated one in a single column; the import reads `;` files with decimal commas
 *   (`readers/csv.ts`), as such an Excel writes them back. The BOM makes Excel read UTF-8, not ANSI.
 * - `.xlsx` (write-excel-file, loaded on first use): sheet "Data" with the header row and the
 *   text columns (codes, months, categories, dates) formatted as Text for the first
 *   {@link TEXT_ROWS} rows, so Excel keeps `6201` and `2024-12` as typed instead of turning them
 *   into `6,2E+03` or a date; and an instruction sheet ("Petunjuk") saying what each column means,
 *   its type, required or optional, allowed values, other accepted names, an example, and the
 *   rules of the import (codes as text, month formats, total rows, what a file replaces).
 *
 * Both take `rows` to fill in, which the tests use to prove a template round-trips through the
 * import (`parseFile` + `checkParsedFile`) without an error.
 */
import { COLUMN_ALIASES, VALUE_ALIASES } from '$lib/contract/aliases';
import { DESCRIPTIONS_ID, columnDescriptionId } from '$lib/contract/descriptions-id';
import { requiredColumns } from '$lib/contract/match';
import { TABLES, type ColumnDef, type TableDef, type Unit } from '$lib/contract/schema';
import type { UserTable } from '$lib/contract/user-tables';
import { formatBytes } from '$lib/format';
import { t, type Locale, type MessageKey } from '$lib/i18n';
import { MAX_FILE_BYTES } from './limits';

/** A value of a template row: text, a number or yes/no; null leaves the cell empty. */
export type TemplateValue = string | number | boolean | null;
export type TemplateRow = Readonly<Record<string, TemplateValue>>;

/** Rows of the Data sheet whose text columns are formatted as Text: a one-province participation file for 7 years is 4,704 rows. */
export const TEXT_ROWS = 5000;

/** The separator of a template CSV (see the module comment). */
export const CSV_DELIMITER = ';';

export const CSV_MIME = 'text/csv;charset=utf-8';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A template ready to save. */
export interface TemplateFile {
	readonly name: string;
	readonly mime: string;
	readonly bytes: Uint8Array<ArrayBuffer>;
}

/** One column as the instruction sheet describes it. */
export interface TemplateColumn {
	readonly name: string;
	readonly unit: Unit;
	readonly aliases: readonly string[];
	readonly meaning: string;
	readonly holds: string;
	readonly required: boolean;
	readonly allowed: string | null;
	readonly example: TemplateValue;
	/** Formatted as Text in the Data sheet. */
	readonly text: boolean;
}

const UNIT_KEYS: Readonly<Record<Unit, MessageKey>> = {
	code: 'templates.unit.code',
	text: 'templates.unit.text',
	category: 'templates.unit.category',
	people: 'templates.unit.people',
	rupiah: 'templates.unit.rupiah',
	percent: 'templates.unit.percent',
	month: 'templates.unit.month',
	year: 'templates.unit.year',
	date: 'templates.unit.date',
	months: 'templates.unit.months',
	rank: 'templates.unit.rank',
	flag: 'templates.unit.flag'
};

// Real Kemendagri codes for the examples: Kalimantan Tengah, Kabupaten Kotawaringin Barat and
// Kelurahan Candi in it (data/reference), never invented ones.
const EXAMPLE_CODES = { province: '62', regency: '6201', village: '6201011011' } as const;

// Values a column's unit alone cannot give (names, ids) or that must agree with the rest of the
// example row (a regency government in a regency, a perbup of a regency). Keyed `table.column`
// where the table matters, else by column.
const EXAMPLE_VALUES: Readonly<Record<string, TemplateValue>> = {
	employer_id: 'NPP-00001',
	'candidates.employer_id': null,
	candidate_id: 'PA2025-62-001',
	edition: 'Paritrana Award 2025',
	candidate: 'Kabupaten Kotawaringin Barat',
	category: 'regency_government',
	candidate_kind: 'regency_government',
	stage: 'province_interview',
	name: 'PT Contoh Sejahtera',
	size: 'medium',
	sector: 'C',
	type: 'perbup',
	number: '12',
	title: 'Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan',
	nominating_office: 'Pangkalan Bun',
	source: 'contoh',
	note: null,
	target_pct: 52.15,
	assessment_year: 2024
};

const UNIT_EXAMPLES: Readonly<Record<Unit, TemplateValue>> = {
	code: 'contoh',
	text: 'contoh',
	category: null,
	people: 1250,
	rupiah: 150_000_000,
	percent: 52.15,
	month: '2024-12',
	year: 2024,
	date: '2024-03-15',
	months: 0,
	rank: 1,
	flag: true
};

function exampleValue(table: UserTable, c: ColumnDef): TemplateValue {
	const key = Object.hasOwn(EXAMPLE_VALUES, `${table}.${c.name}`) ? `${table}.${c.name}` : c.name;
	if (Object.hasOwn(EXAMPLE_VALUES, key)) return EXAMPLE_VALUES[key]!;
	if (c.region) {
		const level = (['regency', 'province', 'village'] as const).find((l) => c.region!.includes(l))!;
		return EXAMPLE_CODES[level];
	}
	if (c.allowed) return c.allowed[0] ?? null;
	return UNIT_EXAMPLES[c.unit];
}

/** One example row of a table, valid under the contract (real codes, made-up figures). */
export function exampleRow(table: UserTable): TemplateRow {
	const def = TABLES[table] as TableDef;
	return Object.fromEntries(def.columns.map((c) => [c.name, exampleValue(table, c)]));
}

function allowedText(table: UserTable, c: ColumnDef): string | null {
	if (c.national) return 'ID';
	if (!c.allowed) return null;
	const words = VALUE_ALIASES[c.name] ?? {};
	return c.allowed.map((v) => (words[v] ? `${v} = ${words[v].join(', ')}` : v)).join('; ');
}

/** Text columns: typed as Text in Excel so codes and months stay as written. */
function isTextColumn(c: ColumnDef): boolean {
	return c.type === 'VARCHAR' || c.type === 'DATE';
}

/** The columns of a table's template, in contract order, with what the instruction sheet says of each. */
export function templateColumns(table: UserTable, locale: Locale = 'id'): TemplateColumn[] {
	const def = TABLES[table] as TableDef;
	const required = new Set(requiredColumns(table));
	const aliases = COLUMN_ALIASES[table] as Readonly<Record<string, readonly string[]>>;
	return def.columns.map((c) => ({
		name: c.name,
		unit: c.unit,
		aliases: aliases[c.name] ?? [],
		meaning: locale === 'id' ? columnDescriptionId(table, c.name) : c.description,
		holds: t(UNIT_KEYS[c.unit], undefined, locale),
		required: required.has(c.name),
		allowed: allowedText(table, c),
		example: exampleValue(table, c),
		text: isTextColumn(c)
	}));
}

/** A table's description in the template's language. */
export function tableDescription(table: UserTable, locale: Locale = 'id'): string {
	return locale === 'id' ? DESCRIPTIONS_ID[table].description : (TABLES[table] as TableDef).description;
}

/** A template's file name: `cakupan_templat_participation.xlsx`. */
export function templateFileName(table: UserTable, format: 'csv' | 'xlsx'): string {
	return `cakupan_templat_${table}.${format}`;
}

/** A value as a `;` CSV holds it: decimal comma (the import reads `;` files that way), yes/no as ya/tidak. */
function csvValue(value: TemplateValue): string {
	if (value === null) return '';
	if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
	if (typeof value === 'number') return String(value).replace('.', ',');
	return value;
}

/** A value as the instruction sheet shows it: counts and rupiah grouped the reader's way (1.250), decimals with their comma. */
function shownValue(value: TemplateValue, c: TemplateColumn, locale: Locale): string {
	if (value === null) return '';
	if (typeof value === 'boolean') return csvValue(value);
	if (typeof value === 'number' && (c.unit === 'people' || c.unit === 'rupiah' || c.unit === 'percent')) {
		return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 }).format(value);
	}
	return String(value);
}

/** The CSV template of a table: the header row (and `rows`, for tests), UTF-8 with a BOM, `;`, CRLF. */
export async function templateCsv(table: UserTable, rows: readonly TemplateRow[] = []): Promise<TemplateFile> {
	const { default: Papa } = await import('papaparse');
	const fields = (TABLES[table] as TableDef).columns.map((c) => c.name);
	const data = rows.map((r) => fields.map((f) => csvValue(r[f] ?? null)));
	const text = Papa.unparse({ fields, data }, { delimiter: CSV_DELIMITER, newline: '\r\n' });
	// unparse ends a header-only file with a line break and a filled one without: one CRLF either way
	// (a blank line after a lone header row defeats papaparse's delimiter guess).
	const body = text.endsWith('\r\n') ? text : `${text}\r\n`;
	return { name: templateFileName(table, 'csv'), mime: CSV_MIME, bytes: new TextEncoder().encode(`\uFEFF${body}`) };
}

type Cell = import('write-excel-file/universal').Cell;

function dataSheet(columns: readonly TemplateColumn[], rows: readonly TemplateRow[]): Cell[][] {
	const header: Cell[] = columns.map((c) => ({ value: c.name, type: String, fontWeight: 'bold' }));
	const body: Cell[][] = [];
	for (let i = 0; i < Math.max(TEXT_ROWS, rows.length); i++) {
		const row = rows[i];
		body.push(
			columns.map((c): Cell => {
				const value = row?.[c.name] ?? null;
				// An empty text cell still carries the Text format (write-excel-file writes a styled empty cell).
				if (c.text) return { value: value === null ? undefined : String(value), type: String, format: '@' };
				return value;
			})
		);
	}
	return [header, ...body];
}

function guideSheet(table: UserTable, columns: readonly TemplateColumn[], locale: Locale): Cell[][] {
	const tr = (key: MessageKey, params?: Record<string, string>) => t(key, params, locale);
	const def = TABLES[table] as TableDef;
	const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' });
	const wrap = (value: string): Cell => ({ value, type: String, wrap: true, alignVertical: 'top' });
	const rules: MessageKey[] = [
		'templates.guide.rule.header',
		'templates.guide.rule.required',
		'templates.guide.rule.codes',
		'templates.guide.rule.months',
		'templates.guide.rule.numbers',
		'templates.guide.rule.total',
		'templates.guide.rule.replace',
		'templates.guide.rule.privacy',
		'templates.guide.rule.csv'
	];
	const params = {
		sheet: tr('templates.sheet.data'),
		key: def.key.join(', '),
		rows: new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US').format(TEXT_ROWS),
		max: formatBytes(MAX_FILE_BYTES, locale)
	};
	const example = columns.map((c) => csvValue(c.example)).join(CSV_DELIMITER);
	return [
		[bold(tr('templates.guide.title', { table }))],
		[null, wrap(tableDescription(table, locale))],
		[],
		[bold(tr('templates.guide.rules'))],
		...rules.map((key, i): Cell[] => [`${i + 1}.`, wrap(tr(key, params))]),
		[],
		[bold(tr('templates.guide.columns'))],
		[
			bold(tr('templates.guide.head.column')),
			bold(tr('templates.guide.head.meaning')),
			bold(tr('templates.guide.head.type')),
			bold(tr('templates.guide.head.required')),
			bold(tr('templates.guide.head.allowed')),
			bold(tr('templates.guide.head.example')),
			bold(tr('templates.guide.head.aliases'))
		],
		...columns.map((c): Cell[] => [
			{ value: c.name, type: String },
			wrap(c.meaning),
			wrap(c.holds),
			tr(c.required ? 'templates.guide.required' : 'templates.guide.optional'),
			c.allowed === null ? null : wrap(c.allowed),
			{ value: shownValue(c.example, c, locale), type: String, format: '@' },
			wrap(c.aliases.join(', '))
		]),
		[],
		[null, wrap(tr('templates.guide.exampleRow', { row: `${columns.map((c) => c.name).join(CSV_DELIMITER)} / ${example}` }))],
		[null, wrap(tr('templates.guide.synthetic'))]
	];
}

/**
 * The .xlsx template of a table: sheet "Data" (the header, text columns formatted as Text, `rows`
 * filled in for tests) and the instruction sheet in `locale` (Bahasa Indonesia by default).
 */
export async function templateXlsx(table: UserTable, { rows = [], locale = 'id' }: { rows?: readonly TemplateRow[]; locale?: Locale } = {}): Promise<TemplateFile> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const columns = templateColumns(table, locale);
	const blob = await writeXlsxFile([
		{
			sheet: t('templates.sheet.data', undefined, locale),
			data: dataSheet(columns, rows),
			columns: columns.map((c) => ({ width: Math.max(12, c.name.length + 4) })),
			stickyRowsCount: 1
		},
		{
			sheet: t('templates.sheet.instructions', undefined, locale),
			data: guideSheet(table, columns, locale),
			columns: [{ width: 24 }, { width: 60 }, { width: 22 }, { width: 14 }, { width: 32 }, { width: 18 }, { width: 40 }]
		}
	]).toBlob();
	return { name: templateFileName(table, 'xlsx'), mime: XLSX_MIME, bytes: new Uint8Array(await blob.arrayBuffer()) };
}

/** A table's template in a format. */
export function templateFile(table: UserTable, format: 'csv' | 'xlsx', locale: Locale = 'id'): Promise<TemplateFile> {
	return format === 'csv' ? templateCsv(table) : templateXlsx(table, { locale });
}
