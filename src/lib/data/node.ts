/**
 * The browser's engine in Node, for SQL tests and the benchmark: DuckDB-WASM's blocking bundle
 * (the same wasm, DuckDB 1.4.3) attaching the same built `.duckdb` files, behind the same `Db`:
 * the core file as the default schema, each province's village detail file as `villages_<pp>`
 * (on demand, or all at once for tests). A storage-version drift between the native builder
 * and this engine fails here, not in a user's browser. Never imported by the app.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import {
	createDuckDB,
	NODE_RUNTIME,
	VoidLogger,
	type DuckDBBindings,
	type DuckDBConnection
} from '@duckdb/duckdb-wasm/blocking';
import { attachDatabase, ENGINE_SETTINGS } from './attach';
import { looksLikeDuckDb, type DatabaseInfo } from './database';
import { createDb, type CachedDb } from './create-db';
import { detailAttacher, type AttachDetail } from './detail';
import { DataError } from './errors';
import { preparedStatements } from './statements';
import type { OverlayTarget } from './overlay/overlay';
import { wasmOverlayTarget } from './overlay/target';

/** A Node `Db` with its engine, for tests that need more than queries. */
export interface NodeDb extends CachedDb {
	/** DuckDB version of the engine, e.g. `v1.4.3`. */
	readonly version: string;
	readonly bindings: DuckDBBindings;
	readonly connection: DuckDBConnection;
	/** Attach a province's detail file from beside the core file, as the browser does (once per province). */
	readonly attachDetail: AttachDetail;
	/** The engine calls a user-data overlay needs (`overlay/`): a second connection builds, this one switches. */
	overlayTarget(): OverlayTarget;
	close(): void;
}

/** Which built database to open. */
export type NodeDatabaseSource = ({ path: string; bytes?: undefined } | { bytes: Uint8Array; path?: string }) & {
	/**
	 * The built database's description (the served `database` entry, or what `buildDatabase`
	 * returned): its `detail` files, in the folder of `path`, become attachable.
	 */
	readonly database?: Pick<DatabaseInfo, 'detail'>;
	/** `all`: attach every province's detail file now (SQL tests); default: on demand. */
	readonly detail?: 'all' | 'on-demand';
};

const require = createRequire(import.meta.url);

/** Start the blocking engine: eh bundle (mvp if the runtime lacks wasm exceptions), in memory. */
export async function createNodeEngine(): Promise<DuckDBBindings> {
	const wasm = (name: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${name}`);
	try {
		const bindings = await createDuckDB(
			{
				mvp: { mainModule: wasm('duckdb-mvp.wasm'), mainWorker: '' },
				eh: { mainModule: wasm('duckdb-eh.wasm'), mainWorker: '' }
			},
			new VoidLogger(),
			NODE_RUNTIME
		);
		await bindings.instantiate();
		// Counts arrive as doubles, as in the browser (`engine.ts`).
		bindings.open({ path: ':memory:', query: { castBigIntToDouble: true } });
		return bindings;
	} catch (cause) {
		throw new DataError('engine', `DuckDB-WASM did not start in Node: ${(cause as Error).message}`, { cause });
	}
}

/** A `Db` over one blocking connection, each SQL text prepared once (`statements.ts`), as in the browser. */
function nodeDb(bindings: DuckDBBindings, { database, dir }: { database: Pick<DatabaseInfo, 'detail'>; dir: string }): NodeDb {
	const connection = bindings.connect();
	// Looked up at each prepare, so a test can count prepares on `connection`.
	const statements = preparedStatements((text) => connection.prepare(text));
	const attachDetail = detailAttacher({
		database,
		// One read from disk: progress only at its end, as a cached fetch would report it.
		read: async (file, _size, onProgress) => {
			const bytes = new Uint8Array(await readFile(join(dir, file)));
			onProgress?.(bytes.length, bytes.length);
			return bytes;
		},
		engine: {
			registerFileBuffer: (name, data) => bindings.registerFileBuffer(name, data),
			exec: (text) => connection.query(text),
			dropFile: (name) => bindings.dropFile(name)
		}
	});
	const db = createDb(statements.run);
	return {
		...db,
		version: bindings.getVersion(),
		bindings,
		connection,
		attachDetail,
		overlayTarget: () =>
			wasmOverlayTarget({
				build: bindings.connect(),
				views: connection,
				invalidate: () => {
					statements.closeAll();
					db.clearCache();
				},
				detail: {
					attacher: attachDetail,
					database,
					registerFileBuffer: (name, data) => bindings.registerFileBuffer(name, data),
					dropFile: (name) => bindings.dropFile(name)
				}
			}),
		close() {
			// Resetting the engine frees its prepared statements too.
			connection.close();
			bindings.reset();
		}
	};
}

/**
 * Attach a built database (a path, or its bytes) to a fresh engine, and with `database` its
 * province detail files (all now, or each on `attachDetail`).
 * @example
 * const { manifest } = await buildSiteData();
 * const db = await openNodeDatabase({ path: 'static/data/cakupan-sample.duckdb', database: manifest.database, detail: 'all' });
 * await db.query(sql`SELECT count(*) AS n FROM ${table('participation_village', detailSchema('61'))}`);
 */
export async function openNodeDatabase(source: NodeDatabaseSource): Promise<NodeDb> {
	const bytes = source.bytes ?? new Uint8Array(readFileSync(source.path!));
	const file = source.path ? basename(source.path) : 'cakupan.duckdb';
	if (!looksLikeDuckDb(bytes)) throw new DataError('file', `${file} is not a DuckDB database file (${bytes.length} bytes)`);
	const bindings = await createNodeEngine();
	const database = source.database ?? { detail: {} };
	const db = nodeDb(bindings, { database, dir: source.path ? dirname(source.path) : '.' });
	try {
		for (const statement of ENGINE_SETTINGS) db.connection.query(statement);
		await attachDatabase(
			{
				registerFileBuffer: (name, data) => bindings.registerFileBuffer(name, data),
				exec: (text) => db.connection.query(text)
			},
			file,
			bytes
		);
		if (source.detail === 'all') {
			for (const province of Object.keys(database.detail)) await db.attachDetail(province);
		}
	} catch (error) {
		db.close();
		throw error;
	}
	return db;
}
