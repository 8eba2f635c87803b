import type { messages as id } from '../id/import';
import type { Translation } from '../dictionaries';

/** English strings of the import's findings. */
export const messages: Translation<typeof id> = {
	'import.fileTooLarge': 'This file is {size}, over the {max} a browser reads comfortably. Split it by province or by year and load the parts.',
	'import.emptyFile': 'This file is empty. Save it again from its source and make sure the table is included.',
	'import.headerOnly': 'This file holds only the column headers (table {table}) and no data row. Export it again with its data.',
	'import.notATable': 'This file is really a {what} image or document, not a table, whatever its name says. Choose a Parquet, CSV or Excel (.xlsx) file with the data.',
	'import.notATable.binary': 'This file is not a table the dashboard knows (not Parquet, CSV or Excel .xlsx). Choose a Parquet, CSV or Excel (.xlsx) file with the data.',
	'import.oldXls': 'This file is an Excel 97–2003 workbook (.xls), an old format that cannot be read, even if its name ends in .xlsx. Open it in Excel, choose Save As "Excel Workbook (*.xlsx)" and load the new file.',
	'import.truncatedParquet': 'This Parquet file is cut short: its end (the footer) is missing, usually from an unfinished download or copy. Download or copy the whole file again.',
	'import.unreadable.parquet': 'This Parquet file cannot be read ({error}). Write it again, for instance with DuckDB or pandas, with ZSTD, SNAPPY or GZIP compression.',
	'import.unreadable.xlsx': 'This Excel file cannot be read ({error}). Open it in Excel and save it again as "Excel Workbook (*.xlsx)".',
	'import.encodingConverted': 'This file is {encoding} text (Excel\'s "Unicode Text") and was read as {encoding}. Nothing to do; for the next file, "CSV UTF-8" is more common.',
	'import.noHeader': 'No header row matches any table (the first row holds: {headers}). Make sure one row holds column headers such as kode_wilayah, bulan, segmen, aktif, or choose the table and its columns yourself.',
	'import.sheetSkipped': 'Sheet "{sheet}" was skipped as it holds no table; the data was read from sheet "{used}".',
	'import.titleRowsSkipped': '{rows} title rows above the table were skipped; the column headers were read from row {header}.',
	'import.totalRowDropped': 'Row {row} ("{value}") is a total row, so it was not loaded and is never counted. The dashboard computes totals itself from the regions\' rows.',
	'import.missingColumn': 'Column {column} ({type}) of table {table} is not in the file, and the table needs it (it is part of the key, or a figure reads it). Add the column, or choose the file\'s column that holds it.',
	'import.optionalColumnMissing': 'Column {column} of table {table} is not in the file. The file can still be loaded; figures that need this column will show "no data".',
	'import.unknownColumn': 'Column "{header}" is not known for table {table} and is ignored. If it should be used, rename it to the data contract\'s column name or choose its column yourself.',
	'import.repeatedColumn': 'Column "{header}" holds the same as "{used}" ({column}); "{used}" is used. Remove one of them if this is a mistake.',
	'import.notANumber': 'Column "{header}" ({column}) in row {row} holds "{value}", not a number. Write the number only (e.g. 12.345), or leave it empty if there is no data.',
	'import.notAFlag': 'Column "{header}" ({column}) in row {row} holds "{value}", not a yes/no. Write ya or tidak (or 1 or 0).',
	'import.badMonth': 'Month "{value}" in column "{header}" ({column}), row {row}, cannot be read as a month. Write it like 2024-12, 2024-12-01 or Desember 2024.',
	'import.badDate': 'Date "{value}" in column "{header}" ({column}), row {row}, cannot be read. Write it like 2024-12-31 or 31/12/2024.',
	'import.scientificCode': 'Region code "{value}" in column "{header}", row {row}, is in scientific notation: Excel has turned the code into a number and lost its digits. In Excel, format the column as Text (Format Cells > Text), type or paste the codes again from the source, and save again.',
	'import.oldPapuaCode': 'Code {code} in column "{header}", row {row}, is the code of {name} before the 2022 Papua split; its code is now {today}. Replace it with {today} throughout the file.',
	'import.badCode': 'Column "{header}" ({column}) in row {row} holds "{value}", not a Kemendagri region code. Write the code with or without dots (6201 or 62.01).',
	'import.regionName': 'Column "{column}" holds the name "{name}", not a code ({rows}, first in row {row}). In the region list this name is {label} ({code}). Confirm this code to use it, or write the code in the file.',
	'import.regionNameAmbiguous': 'The name "{name}" in column "{column}" ({rows}, first in row {row}) belongs to more than one region: {alternatives}. Write the code in the file, or the full name ("Kabupaten …" or "Kota …").',
	'import.regionNameUnknown': 'The name "{name}" in column "{column}" ({rows}, first in row {row}) is not in the Kemendagri region list. Write the region code, or check the spelling.',
	'import.valueRecoded': 'Column "{header}" ({column}) writes "{from}" (first in row {row}); it was read as {to}, the data contract\'s value.',
	'import.monthDayIgnored': 'Column "{header}" ({column}) holds dates, not months (e.g. "{value}" in row {row}; {rows}): each date was read as its month. Check that the dates do mean the month reported.'
};
