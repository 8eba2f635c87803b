import type { Translation } from '../dictionaries';
import type { messages as id } from '../id/templates';

/** English strings of the templates. */
export const messages: Translation<typeof id> = {
	'templates.title': 'File templates',
	'templates.intro': 'One blank template per table. Fill in the Data sheet (the .xlsx file has an Instructions sheet) or the .csv file, then load it on this page. Templates are made in your browser.',
	'templates.download.xlsx': 'Download the .xlsx (Excel) template of table {table}',
	'templates.download.csv': 'Download the .csv (CSV) template of table {table}',
	'templates.preparing': 'Preparing the {table} template…',
	'templates.ready': 'Template {file} downloaded.',
	'templates.error': 'The {table} template could not be made: {error}',
	'templates.columns': '{count} columns: {columns}',

	'templates.sheet.data': 'Data',
	'templates.sheet.instructions': 'Instructions',

	'templates.guide.title': 'How to fill in the template of table {table}',
	'templates.guide.rules': 'Rules',
	'templates.guide.rule.header': 'Fill in sheet "{sheet}" from row 2, one row per combination of the key columns ({key}). Row 1 holds the column headers: the template\'s column names or one of their other names in the table below. Columns may come in any order.',
	'templates.guide.rule.required': 'Required columns must be present and filled in on every row. Optional columns may be deleted; figures that need them then say "no data".',
	'templates.guide.rule.codes': 'Region codes are Kemendagri codes (Kepmendagri 300.2.2-2430/2025) written as text: 6201 or 62.01. The code columns of the Data sheet are formatted as Text for the first {rows} rows. When pasting from another file, use Paste Values, or format the column as Text first (Format Cells > Text), so Excel does not turn a code into 6.2E+03. Papua codes from before the 2022 split are refused; use today\'s code.',
	'templates.guide.rule.months': 'Write months as 2024-12 (recommended; the month column is formatted as Text). Also accepted: 2024-12-01, Excel dates, Desember 2024 or Des-24. Months after the current month are refused; months after the sample extend the period.',
	'templates.guide.rule.numbers': 'Write numbers without units. Indonesian thousands separators (12.345) and decimal commas (45,6) are accepted. Counts of people and rupiah may not be negative or fractional.',
	'templates.guide.rule.total': 'Do not add a JUMLAH or TOTAL row: it is never counted, and is dropped with a notice.',
	'templates.guide.rule.replace': 'Your rows replace the sample\'s (synthetic) rows of this table for the provinces the file covers; other provinces keep the sample\'s rows, and figures that mix both are labelled "partly synthetic". The "only my data" switch drops the sample entirely.',
	'templates.guide.rule.privacy': 'The file is read and kept in your browser only; it is never sent anywhere. Largest file: {max}.',
	'templates.guide.rule.csv': 'When saving as CSV: choose "CSV UTF-8", separated by semicolons (;) or commas (,); only the Data sheet is saved.',
	'templates.guide.columns': 'Column list',
	'templates.guide.head.column': 'Column',
	'templates.guide.head.aliases': 'Other names accepted',
	'templates.guide.head.meaning': 'Meaning',
	'templates.guide.head.type': 'Holds',
	'templates.guide.head.required': 'Required/optional',
	'templates.guide.head.allowed': 'Allowed values',
	'templates.guide.head.example': 'Example',
	'templates.guide.required': 'required',
	'templates.guide.optional': 'optional',
	'templates.guide.exampleRow': 'One example row (see the Example column): {row}',
	'templates.guide.synthetic': 'The example uses real region codes and made-up figures.',

	'templates.unit.code': 'code (text)',
	'templates.unit.text': 'text',
	'templates.unit.category': 'choice (text)',
	'templates.unit.people': 'whole number ≥ 0 (people)',
	'templates.unit.rupiah': 'whole number ≥ 0 (rupiah)',
	'templates.unit.percent': 'decimal number (percent)',
	'templates.unit.month': 'month (text YYYY-MM)',
	'templates.unit.year': 'year (4 digits)',
	'templates.unit.date': 'date (text YYYY-MM-DD)',
	'templates.unit.months': 'whole number ≥ 0 (months)',
	'templates.unit.rank': 'whole number ≥ 1 (rank)',
	'templates.unit.flag': 'yes or no'
};
