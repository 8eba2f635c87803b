/**
 * CSV export that opens right in Excel with Indonesian regional settings and still reads cleanly
 * into R, Python or DuckDB.
 *
 * Decisions (why, in order):
 * - UTF-8 with a BOM. Excel decodes a CSV opened by double-click in the system ANSI code page
 *   unless the file starts with a UTF-8 BOM, which mangles every non-ASCII character (the "·" of
 *   the source column, typographic quotes or dashes in names).
 *   Readers that do not expect a BOM are the minority (pandas `encoding='utf-8-sig'`,
 *   DuckDB and R's readr strip it).
 * - No `sep=;` line. It forces Excel's separator, but Excel then ignores the BOM (the file is read
 *   as ANSI again) and every non-Excel reader sees a junk first record. Instead the separator
 *   follows the locale: Excel takes the list separator from Windows regional settings, which is
 *   `;` for Indonesian (where `,` is the decimal separator) and `,` for English. So `id` writes
 *   `;` + decimal comma, `en` writes `,` + decimal point; pandas reads the `id` file with
 *   `sep=';', decimal=','`.
 * - Numbers carry no thousands separator (`1234567`, `45,6`): a grouping dot would be read as a
 *   decimal point by an English Excel and by every program. Rounded to 6 decimals to drop float
 *   noise (0.1 + 0.2).
 * - Codes are written as their bare digits (`6201012001`). A CSV cannot carry a cell type:
 *   quoting does not make Excel treat a field as text, `="6201"` turns the column into formulas
 *   (and into junk for other readers), and a leading apostrophe stays visible when a CSV is opened.
 *   Kemendagri codes never start with 0 and have at most 10 digits (Excel keeps 15), so Excel may
 *   show them as numbers but never changes a digit. The xlsx export is the typed form, with
 *   codes stored as text; point Excel users who join on codes there.
 * - Provenance stays inside the table: a last column "Sumber" repeats the one-line
 *   provenance (dataset, version, short checksum, DATA SINTETIS) on every row, so the file stays
 *   one rectangular table and the mark survives sorting, filtering and copying rows. Comment
 *   lines above or a trailer below would break machine reading and get sorted into the data in
 *   Excel; the full provenance (query, parameters, filters) is the xlsx "Keterangan" sheet's job,
 *   and the file name carries period, synthetic flag and checksum (`download.ts`).
 * - RFC 4180 quoting with CRLF line ends; text starting with `= + - @`, tab or CR gets a leading
 *   apostrophe so Excel cannot run it as a formula (OWASP "CSV injection").
 */
import { cellValue, isNumericKind, type Cell, type ColumnSpec, type TableRow } from './columns';
import { provenanceLine, type Provenance } from './provenance';
import { t, type Locale } from '$lib/i18n';

/** Options of {@link toCsv}. */
export interface CsvOptions {
	/** Decides separator and decimal mark: `id` → `;` and `,`; `en` → `,` and `.`. Default `id`. */
	locale?: Locale;
	/** When given, adds the "Sumber" column (see the decisions above). */
	provenance?: Provenance;
}

/** The UTF-8 byte order mark that makes Excel read the file as UTF-8. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The CSV text of `rows`, BOM first, one record per row, CRLF line ends.
 * @example toCsv([{ key: 'code', label: 'Kode', kind: 'code' }, { key: 'ucj', label: 'UCJ (%)', kind: 'percent' }],
 *   [{ code: '6201', ucj: 45.6 }]) // "\uFEFFKode;UCJ (%)\r\n6201;45,6\r\n"
 */
export function toCsv(columns: ColumnSpec[], rows: TableRow[], opts: CsvOptions = {}): string {
	const { locale = 'id', provenance } = opts;
	const separator = locale === 'id' ? ';' : ',';
	const decimal = locale === 'id' ? ',' : '.';
	const field = (text: string) => quote(guardFormula(text), separator);
	const source = provenance ? provenanceLine(provenance, locale) : null;

	const header = columns.map((c) => field(c.label));
	if (source) header.push(field(t('provenance.source', undefined, locale)));
	const lines = [header.join(separator)];
	for (const row of rows) {
		const record = columns.map((column) => {
			const cell = cellValue(column, row);
			return isNumericKind(column.kind) ? csvNumber(cell, decimal) : cell == null ? '' : field(String(cell));
		});
		if (source) record.push(field(source));
		lines.push(record.join(separator));
	}
	return BOM + lines.map((line) => line + '\r\n').join('');
}

/** A number in CSV form: no grouping, at most 6 decimals, the locale's decimal mark; '' for null. */
export function csvNumber(value: Cell, decimal: ',' | '.'): string {
	if (typeof value !== 'number') return '';
	const rounded = Number.isInteger(value) ? value : Number(value.toFixed(6));
	const text = String(rounded === 0 ? 0 : rounded); // no "-0"
	return decimal === '.' ? text : text.replace('.', decimal);
}

function guardFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

// RFC 4180 section 2: quote a field holding the separator, a quote or a line break; double quotes.
function quote(text: string, separator: string): string {
	return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
