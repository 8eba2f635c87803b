/**
 * A minimal Office Open XML workbook (ECMA-376 SpreadsheetML) written with fflate's zip: sheet
 * "Data" holds the table with typed cells, sheet "Keterangan" the provenance. Unlike CSV, a cell
 * here carries its type, so codes stay text (`t="inlineStr"`) and numbers stay numbers whatever
 * the reader's regional settings; number formats are stored locale-free and Excel shows them
 * with the reader's own separators.
 */
import { zipSync, strToU8 } from 'fflate';
import { cellValue, isNumericKind, type ColumnKind, type ColumnSpec, type TableRow } from './columns';
import { monthStart } from '$lib/period';
import { provenanceLine, provenanceRows, type Provenance } from './provenance';
import { t, type Locale } from '$lib/i18n';

/** MIME type of an .xlsx file. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Options of {@link toXlsx}. */
export interface XlsxOptions {
	/** Language of sheet names and provenance labels. Default `id`. */
	locale?: Locale;
	/** Adds the "Sumber" column (as in the CSV) and the "Keterangan" sheet. */
	provenance?: Provenance;
}

// Style ids: indexes into <cellXfs> in STYLES below.
const STYLE = { header: 1, integer: 2, decimal: 3, month: 4, wrap: 5 } as const;
const STYLE_BY_KIND: Partial<Record<ColumnKind, number>> = {
	count: STYLE.integer,
	rupiah: STYLE.integer,
	percent: STYLE.decimal,
	points: STYLE.decimal,
	month: STYLE.month
};
// A fixed zip timestamp keeps the same table's download byte-identical (DOS time starts in 1980).
const ZIP_MTIME = new Date(1980, 0, 1);
const MS_PER_DAY = 86_400_000;
// Excel's day 0 is 1899-12-30 for dates after February 1900 (its 1900 leap-year quirk).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The bytes of an .xlsx workbook holding `rows` (sheet "Data") and the provenance ("Keterangan"). */
export function toXlsx(columns: ColumnSpec[], rows: TableRow[], opts: XlsxOptions = {}): Uint8Array<ArrayBuffer> {
	const { locale = 'id', provenance } = opts;
	const sheets = [{ name: t('export.sheetData', undefined, locale), xml: dataSheet(columns, rows, locale, provenance) }];
	if (provenance) {
		sheets.push({ name: t('export.sheetNotes', undefined, locale), xml: notesSheet(provenanceRows(provenance, locale)) });
	}
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(contentTypes(sheets.length)),
		'_rels/.rels': strToU8(ROOT_RELS),
		'xl/workbook.xml': strToU8(workbook(sheets.map((s) => s.name))),
		'xl/_rels/workbook.xml.rels': strToU8(workbookRels(sheets.length)),
		'xl/styles.xml': strToU8(STYLES)
	};
	sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheet.xml)));
	return zipSync(files, { level: 6, mtime: ZIP_MTIME });
}

/** The spreadsheet column name of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	}
	return name;
}

/** Text made safe for XML: `& < > " '` escaped, characters XML 1.0 forbids removed. */
export function escapeXml(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
		.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function dataSheet(columns: ColumnSpec[], rows: TableRow[], locale: Locale, provenance?: Provenance): string {
	const source = provenance ? provenanceLine(provenance, locale) : null;
	const header = columns.map((c) => textCell(c.label, STYLE.header));
	if (source) header.push(textCell(t('provenance.source', undefined, locale), STYLE.header));
	const body = rows.map((row) => {
		const cells = columns.map((column) => {
			const value = cellValue(column, row);
			if (value == null) return null;
			if (column.kind === 'month') return numberCell(excelSerial(String(value)), STYLE.month);
			if (isNumericKind(column.kind)) return numberCell(value as number, STYLE_BY_KIND[column.kind]);
			return textCell(String(value));
		});
		if (source) cells.push(textCell(source));
		return cells;
	});
	const widths = [...columns.map((c) => c.label), ...(source ? [source] : [])].map((label, i) =>
		Math.min(60, Math.max(10, label.length + 2, ...rows.slice(0, 200).map((r) => widthOf(columns[i], r) + 2)))
	);
	// Freeze the header row so it stays visible while scrolling.
	const views = `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`;
	return worksheet([header, ...body], widths, views);
}

function notesSheet(rows: [string, string][]): string {
	const cells = rows.map(([label, value]) => [textCell(label, STYLE.header), textCell(value, STYLE.wrap)]);
	return worksheet(cells, [28, 100], '');
}

// A cell is its XML without the `r` reference, which `worksheet` adds from its position.
type CellXml = { attrs: string; body: string } | null;

function textCell(text: string, style?: number): CellXml {
	const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
	return { attrs: ` t="inlineStr"${styleAttr(style)}`, body: `<is><t${space}>${escapeXml(text)}</t></is>` };
}

function numberCell(value: number, style?: number): CellXml {
	return { attrs: styleAttr(style), body: `<v>${value}</v>` };
}

function styleAttr(style?: number): string {
	return style ? ` s="${style}"` : '';
}

function excelSerial(month: string): number {
	return (monthStart(month).getTime() - EXCEL_EPOCH) / MS_PER_DAY;
}

function widthOf(column: ColumnSpec | undefined, row: TableRow): number {
	if (!column) return 0;
	const value = row[column.key];
	return value == null ? 0 : isNumericKind(column.kind) ? 14 : String(value).length;
}

function worksheet(rows: CellXml[][], widths: number[], views: string): string {
	const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
	const data = rows
		.map((cells, r) => {
			const xml = cells
				.map((cell, c) => (cell ? `<c r="${columnName(c)}${r + 1}"${cell.attrs}>${cell.body}</c>` : ''))
				.join('');
			return `<row r="${r + 1}">${xml}</row>`;
		})
		.join('');
	return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${views}<cols>${cols}</cols><sheetData>${data}</sheetData></worksheet>`;
}

function workbook(names: string[]): string {
	const sheets = names
		.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
		.join('');
	return `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(count: number): string {
	const sheets = Array.from(
		{ length: count },
		(_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
	).join('');
	const styles = `<Relationship Id="rId${count + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`;
	return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${sheets}${styles}</Relationships>`;
}

function contentTypes(count: number): string {
	const sheets = Array.from(
		{ length: count },
		(_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`
	).join('');
	return (
		`${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
		`${sheets}<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`
	);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const ROOT_RELS =
	`${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
	`<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

// cellXfs order matches STYLE: 0 default, 1 bold, 2 "#,##0", 3 "#,##0.0#", 4 "mmm yyyy", 5 wrapped.
// numFmtId 3 is built in; 164+ are custom. Excel renders the separators and month names in the
// reader's locale ("Des 2024" in Indonesian Excel).
const STYLES =
	`${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
	`<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.0#"/><numFmt numFmtId="165" formatCode="mmm yyyy"/></numFmts>` +
	`<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="6">` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
	`<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>` +
	`</cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
	`</styleSheet>`;
