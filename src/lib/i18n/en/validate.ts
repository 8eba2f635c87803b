import type { messages as id } from '../id/validate';
import type { Translation } from '../dictionaries';

// English for id/validate.ts: exactly its keys (a missing or extra key is a type error) and the
// same {placeholders} (tests/unit/i18n).

/** English strings of validator findings. */
export const messages: Translation<typeof id> = {
	// validate
	'validate.missingTable': 'Table {table} is missing, but every dataset must have it. Add the file {table}.parquet with the columns described in data/SCHEMA.md.',
	'validate.missingTable.listed': 'Table {table} is listed in dataset.json (file {file}) but was not loaded. Load that file, or remove its entry from dataset.json.',
	'validate.missingColumn': 'Column {column} ({type}) is missing from table {table}. Add it as described in data/SCHEMA.md; while it is missing, the other checks on it are skipped.',
	'validate.extraColumn': 'Table {table} has a column {column} that is not in the data contract, so it is ignored. Remove it, or check whether its name is misspelt.',
	'validate.wrongType': 'Column {column} in table {table} has type {actual}, but the data contract asks for {expected}. Store it as {expected}; until then, the other checks on this column are skipped.',
	'validate.wrongType.code': 'Column {column} in table {table} stores codes as numbers ({actual}), but codes must be text (VARCHAR): as numbers they lose leading zeros and their structure (e.g. region codes of 2, 4, 6 or 10 digits). Store the column as text; until then, the other checks on it are skipped.',
	'validate.wrongType.date': 'Column {column} in table {table} holds text that cannot be read as a date: "{value}" ({rows}, e.g. {key}). Write dates as YYYY-MM-DD (e.g. 2024-12-01), or store the column as DATE.',
	'validate.wrongType.whole': 'Column {column} in table {table} has type {actual} and holds the fraction {value} ({rows}, e.g. {key}), but the data contract asks for whole numbers ({expected}). Fix the values and store the column as {expected}.',
	'validate.nullValue': 'Column {column} in table {table} is empty in the row {key}, but it must have a value ({total} empty in this column). Fill it in, or remove the row.',
	'validate.duplicateKey': 'Table {table} has {rows} with the same key ({key}), but the key {keyColumns} must be unique. Remove the duplicates, or merge their figures into one row.',
	'validate.unknownRegion': 'Region code {value} in table {table} (column {column}) is not in the 2025 Kemendagri region list (table regions). Check the code, or convert an old code to its 2025 code. It appears in {rows}, e.g. {key}.',
	'validate.wrongRegionLevel': 'Region code {value} in table {table} (column {column}) is a {level} code, but this column only takes {allowed} codes. Use the code of the right level. It appears in {rows}, e.g. {key}.',
	'validate.level.province': 'province',
	'validate.level.regency': 'regency/city',
	'validate.level.district': 'district',
	'validate.level.village': 'village',
	'validate.or': 'or',
	'validate.empty': 'empty',
	'validate.monthNotFirstDay': 'Month {value} in table {table} (column {column}) is not on the first day. Write a month as the date of its first day (e.g. 2024-12-01 for December 2024). It appears in {rows}, e.g. {key}.',
	'validate.monthOutOfPeriod': 'Month {value} in table {table} (column {column}) is outside the dataset period, {from} to {to} (dataset.json). Remove rows outside the period, or update the period in dataset.json. It appears in {rows}, e.g. {key}.',
	'validate.monthOutOfRange': 'Month {value} in table {table} (column {column}) is outside the possible range, {from} to {to} (the current month). Check the year. It appears in {rows}, e.g. {key}.',
	'validate.missingMonth': 'Table participation has no row for {region}, segment {segment}, in {month} ({months} missing between {from} and {to}). Every regency/city needs every month of that period for each segment it has; add the missing rows (with 0 where there really are no participants).',
	'validate.negativeCount': 'Value {value} in table {table} (column {column}) is negative in the row {key}; counts of people and rupiah amounts cannot be below 0. Fix the value ({total} with this problem in the column).',
	'validate.belowMin': 'Value {value} in table {table} (column {column}) is below the smallest allowed value, {min}, in the row {key}. Fix the value ({total} with this problem in the column).',
	'validate.notAllowedValue': 'Value "{value}" in table {table} (column {column}) is not one of the allowed values ({allowed}). Replace it with one of them, with the same upper and lower case. It appears in {rows}, e.g. {key}.',
	'validate.programmeNotAllowed': 'Table participation_programme records segment {segment} in programme {programme}, but by law segment {segment} may only join {allowed}. Remove the row, or check its segment and programme. It appears in {rows}, e.g. {key}.',
	'validate.manifestInvalid': 'dataset.json is malformed at {path} ({problem}). Fix that part, or write dataset.json again with the dataset writer.',
	'validate.manifestInvalid.key': 'dataset.json records the key {actual} for file {file}, but the key of table {table} is {expected}. The file may have been written for another version of the contract; write dataset.json again.',
	'validate.manifestRowCount': 'dataset.json records {expected} for file {file} (table {table}), but {actual} were loaded. The file may be truncated or swapped; load the right file, or write dataset.json again.',
	'validate.manifestChecksum': 'The sha256 checksum of file {file} (table {table}) differs from the one in dataset.json: recorded {expected}…, computed {actual}…. The file changed after dataset.json was written; use the original file, or write dataset.json again.',
	'validate.manifestDatasetChecksum': 'The dataset checksum in dataset.json ({expected}…) does not match the one computed from its list of files ({actual}…). The list of files or a checksum was edited by hand; write dataset.json again with the dataset writer.',
	'validate.coverageAbove100': 'Coverage (UCJ) of {region} in December {year} is {value}, above 100%: active PU + BPU + Jakon participants ({active}) outnumber eligible workers ({eligible}). This can happen because participants are counted where the employer is; the figure is shown as it is, but check the participant and workforce figures again.',
	'validate.villageExceedsRegency': 'The {column} total of all villages in {region}, segment {segment}, {month} ({villages}, table participation_village) is larger than the regency/city figure ({regency}, table participation). Village detail cannot exceed the regency/city total; check both tables.',
	'validate.regionInconsistent.code': 'Code {value} in table regions is not a valid Kemendagri code: it must be 2, 4, 6 or 10 digits without dots, and a village code\'s 7th digit must be 1, 2 or 3. Fix the code ({total} with this problem).',
	'validate.regionInconsistent.level': 'Region {code} in table regions has level {value}, but a {digits}-digit code means {expected}. Fix the level column ({total} with this problem).',
	'validate.regionInconsistent.parent': 'Region {code} in table regions has parent_code {value}, but by its code its parent is {expected}. Fix the parent_code column ({total} with this problem).',
	'validate.regionInconsistent.province': 'Region {code} in table regions has province_code {value}, but the first two digits of its code are {expected}. Fix the province_code column ({total} with this problem).',
	'validate.regionInconsistent.kind': 'Region {code} in table regions has kind {value}, but its code digits mean {expected}. Fix the kind column ({total} with this problem).'
};
