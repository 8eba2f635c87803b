import type { messages as id } from '../id/load';
import type { Translation } from '../dictionaries';

// English for id/load.ts: exactly its keys (a missing or extra key is a type error) and the
// same {placeholders} (tests/unit/i18n).

/** English strings of loading and errors. */
export const messages: Translation<typeof id> = {
	// load
	'load.downloading': 'Downloading data… {loaded} of {total}',
	'load.engine': 'Starting the query engine…',
	'load.ready': 'Data ready',
	'load.failed': 'The data could not be loaded.',
	'load.retry': 'Try again',
	'load.offline': 'No internet connection. Data already loaded can still be used.',

	// load.error: why loading failed (DataError.kind)
	'load.error.engine': 'The query engine cannot run in this browser. Try a recent browser version.',
	'load.error.network': 'The data file could not be downloaded. Check the connection and try again.',
	'load.error.file': 'The data file is damaged or does not match its manifest. Reload the page.',
	'load.error.version': 'The data file was built for another version of the query engine. Reload the page.',
	'load.error.stopped': 'The data engine stopped. Nothing is lost: your files and notes are still stored in this browser. The figures show again once the engine restarts.',
	'load.restart': 'Restart the data engine',
	// load.refused
	'load.refused': 'The data file {file} from the server was refused: {reason}.',
	'load.refused.checksum': 'its checksum does not match dataset.json',
	'load.refused.size': 'its size differs from the one dataset.json records (a truncated file)',
	'load.refused.notDuckdb': 'it is not a readable DuckDB file',
	'load.refused.tables': 'table {table} is missing or its row count does not match dataset.json',
	'load.refused.manifest': 'it is not a readable dataset manifest',
	'load.lastGood': 'The last valid data (version {version}, loaded {date}) is still in use.',

	// error
	'error.generic': 'Something went wrong.',
	'error.query': 'The data for this view could not be retrieved.',
	'error.details': 'Technical details',
	'error.notFound': 'Page not found.'
};
