/// <reference types="vite/client" />
/**
 * The baseline page's DuckDB-WASM, set up the plain way the library documents: the
 * single-threaded `eh` bundle (the app's choice; the worker and wasm are files of this build,
 * served by the same origin, never a CDN), then the app's database file registered by URL and
 * attached read-only, so DuckDB reads it over HTTP range requests as queries need its blocks.
 * No download of the whole file, no checksum, no snapshot: what a page without Cakupan's
 * loading work would do. https://duckdb.org/docs/stable/clients/wasm/data_ingestion
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/** Runs one SQL text and returns its rows as plain objects. */
export type Query = <Row extends object>(text: string) => Promise<Row[]>;

/** The served manifest's parts the baseline reads (`/data/dataset.json`). */
interface Manifest {
	readonly database: { readonly file: string };
}

/** Start the engine and attach `/data/<database.file>` over HTTP; resolves once it can be queried. */
export async function openDatabase(): Promise<Query> {
	const manifestResponse = fetch('/data/dataset.json');
	const worker = new Worker(ehWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(ehWasm);
	await db.open({
		path: ':memory:',
		// Counts (BIGINT sums) as doubles, so Plot and Intl take them as they are.
		query: { castBigIntToDouble: true },
		// Range reads, as documented for remote files. With 1.32's defaults the worker fetched the
		// whole file in one plain GET instead (checked in the bench server's log); these ask for
		// a HEAD (Range: bytes=0-) and then one range GET per block read.
		filesystem: { reliableHeadRequests: true, allowFullHTTPReads: false, forceFullHTTPReads: false }
	});
	const conn = await db.connect();
	// Extension autoloading would fetch from DuckDB's servers (off the origin).
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');

	const manifest = (await (await manifestResponse).json()) as Manifest;
	const file = manifest.database.file;
	// An absolute URL: the worker resolves a relative one against its own script's location.
	await db.registerFileURL(file, new URL(`/data/${file}`, location.href).href, duckdb.DuckDBDataProtocol.HTTP, false);
	await conn.query(`ATTACH '${file.replaceAll("'", "''")}' AS cakupan (READ_ONLY)`);
	await conn.query('USE cakupan');

	return async <Row extends object>(text: string) => (await conn.query(text)).toArray().map((row) => row.toJSON() as Row);
}
