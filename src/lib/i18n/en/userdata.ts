// A user's own data (lib/data/overlay, lib/userdata): why accepted files could not be applied,
// and what is kept in the browser. The /data/ page and its messages build on these.

import type { messages as id } from '../id/userdata';
import type { Translation } from '../dictionaries';

/** English strings of the user's own data. */
export const messages: Translation<typeof id> = {
	// userdata.error: OverlayError kinds; the data shown before stays as it was
	'userdata.error.unknownColumn': 'File {file}: column "{column}" is not a column of table {table}. Remove it or rename it as in the template.',
	'userdata.error.missingKey': 'File {file}: key column "{column}" of table {table} is missing. Add it; every row needs it.',
	'userdata.error.empty': 'File {file} has no data rows.',
	'userdata.error.nullKey': 'File {file}: a row has no value in key column "{column}". Fill it in or remove the row.',
	'userdata.error.futureMonth': 'File {file}: month {value} has not come yet. Months after the current one cannot be loaded; check the month column.',
	'userdata.error.duplicateKey': 'Table {table}: key {value} appears in more than one row (file {file}). Each key may have one row only.',
	'userdata.error.type': 'File {file}: values in column "{column}" do not fit its type. Check the numbers and dates in that column.',
	'userdata.error.engine': 'Your data could not be applied; the figures shown are unchanged. Try again or reload the page.',

	// userdata.storage: keeping accepted files in the browser
	'userdata.storage.unavailable': 'This browser cannot keep your files; they are used only until the page is closed.',
	'userdata.storage.failed': 'The file could not be kept in the browser (storage may be full).',
	'userdata.skipped': 'Stored files that cannot be used and were left out: {files}. The other stored files are still in use.',
	'userdata.skipped.link': 'See the Data page'
};
