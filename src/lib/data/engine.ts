/**
 * DuckDB-WASM in the browser, started once and lazily. The engine (wasm + worker, bundled by
 * Vite from the package: never a CDN) starts while the database file downloads; the file is
 * checked against the served manifest, registered in the worker and attached read-only as the
 * default schema. `loadDatabase()` is shared by every caller; after a failure the next call
 * tries again, keeping an engine that did start.
 *
 * The worker may die later (crash, terminated): `engine-life.ts` turns that into an
 * EngineStoppedError for every call pending or made after, the dead engine is dropped, and
 * `onEngineStop` listeners hear it (the status module offers the restart). The next
 * `loadDatabase()` then starts a new engine and attaches the file again, taken from the service
 * worker's cache when it holds the manifest's very file (size and sha256 checked), so a restart
 * needs no download; else downloaded as at first.
 *
 * The village detail (`database.ts`, DETAIL_TABLES) is not in that file: `attachDetail(pp)` on
 * the loaded database (the same name as on Node's `NodeDb`) fetches, checks and attaches one
 * province's file when a view drills down, and the view's queries name its schema with
 * `detailSchema(pp)`.
 *
 * Timings for the benchmark (`performance.getEntriesByName`): marks `cakupan:load-start`,
 * `cakupan:engine-ready`, `cakupan:fetched` (file bytes in), `cakupan:downloaded` (and
 * checked), `cakupan:attach-start`, `cakupan:data-ready`; measures `cakupan:engine` (start to
 * engine ready), `cakupan:download` (start to manifest + file checked), `cakupan:hash` (the
 * sha256 of the file), `cakupan:attach` (file registered in the worker and attached),
 * `cakupan:data` (start to queries can run), and `cakupan:detail:<pp>` (one province's detail
 * file fetched, checked and attached).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { asset } from '$app/paths';
import { parseManifest } from '../contract/manifest';
import { quoteIdentifier, TABLE_NAMES } from '../contract/schema';
import { attachDatabase, ENGINE_SETTINGS } from './attach';
import { createDb, type CachedDb } from './create-db';
import { DATA_PATH, DATABASE_ALIAS, MANIFEST_FILE, detailSchema, type ServedManifest } from './database';
import { detailAttacher, type AttachDetail } from './detail';
import { cachedBytes, fetchBytes, fetchJson, sha256Hex } from './download';
import { DataError, isEngineStopped, isRefusal, type Refusal } from './errors';
import { keepLastGood, lastGoodSha256, readLastGood } from './last-good';
import { servedOrLastGood, tableMismatch, type RefusedServed } from './refusal';
import { engineLife, guardConnection, guardDatabase, watchWorker, type EngineConnection, type EngineDatabase, type EngineLife } from './engine-life';
import { exposeEngineHook } from './test-hooks';
import { tableToRows } from './rows';
import { preparedStatements } from './statements';
import type { OverlayTarget } from './overlay/overlay';
import { wasmOverlayTarget } from './overlay/target';

// Single-threaded bundles only: `eh` (wasm exceptions, every current browser) and `mvp` as the
// fallback. The threaded `coi` bundle needs cross-origin isolation headers a static host
// may not send. https://duckdb.org/docs/stable/clients/wasm/instantiation
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** A step of loading, for the status line. */
export type LoadPhase = 'engine' | 'download' | 'attach';

/** Progress of loading: the current phase, bytes of the database file so far, and the manifest once read. */
export interface LoadProgress {
	readonly phase: LoadPhase;
	readonly loaded: number;
	readonly total: number;
	/** The served manifest, from the first progress after it is read (before the engine is ready). */
	readonly manifest?: ServedManifest;
}

/** What loading yields: the `Db` views query, and the manifest of the data behind it. */
export interface LoadedDatabase {
	readonly db: CachedDb;
	readonly manifest: ServedManifest;
	/** DuckDB version of the engine, e.g. `v1.4.3`. */
	readonly engineVersion: string;
	/**
	 * Attach a province's village detail (once; a failure can be retried) before querying
	 * `detailSchema(province)`. Rejects with a RangeError for a code without a detail file
	 * (check `hasDetail(manifest.database, pp)` first), a DataError when the file fails.
	 */
	readonly attachDetail: AttachDetail;
	/**
	 * The engine calls a user-data overlay needs (`overlay/`): a second connection of this engine
	 * builds, the views' connection switches, and switching forgets the views' statements and results.
	 */
	readonly overlayTarget: () => Promise<OverlayTarget>;
	/**
	 * The served dataset was refused and this browser's last good one (`last-good.ts`) is loaded in
	 * its place: which file, why, and which dataset stands in. Null when the served data is loaded.
	 */
	readonly refused: RefusedServed | null;
}

interface Engine {
	/** The engine's calls, each guarded by `life` (a dead worker rejects them, never hangs them). */
	readonly duck: EngineDatabase;
	readonly conn: EngineConnection;
	readonly life: EngineLife;
	/** Read while the file still downloads: one round trip less once it is in. */
	readonly version: string;
}

const listeners = new Set<(progress: LoadProgress) => void>();
const stopListeners = new Set<(error: DataError) => void>();
let enginePromise: Promise<Engine> | null = null;
let loadPromise: Promise<LoadedDatabase> | null = null;

/** Listen to loading progress; returns the unsubscribe function. */
export function onLoadProgress(listener: (progress: LoadProgress) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/**
 * Hear the engine's worker die after it started (a DataError of kind `stopped`); returns the
 * unsubscribe function. The next `loadDatabase()` starts a new engine.
 */
export function onEngineStop(listener: (error: DataError) => void): () => void {
	stopListeners.add(listener);
	return () => stopListeners.delete(listener);
}

function report(progress: LoadProgress): void {
	for (const listener of listeners) listener(progress);
}

/** A measure from the mark `start` to the mark `end` (to now when undefined). */
function measure(name: string, start: string, end: string | undefined): void {
	try {
		performance.measure(name, start, end);
	} catch {
		// A missing mark (cleared by the page) only loses a timing.
	}
}

async function startEngine(): Promise<Engine> {
	let worker: Worker | undefined;
	try {
		const bundle = await duckdb.selectBundle(BUNDLES);
		worker = new Worker(bundle.mainWorker!);
		const raw = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		const life = engineLife({ detached: () => raw.isDetached() });
		watchWorker(worker, life);
		// A dead engine is let go: its worker (and the wasm heap) ends, the next load starts anew.
		life.onStop(() => void raw.terminate());
		await life.guard(() => raw.instantiate(bundle.mainModule, bundle.pthreadWorker));
		// Counts (BIGINT) arrive as doubles, not BigInt, which JSON and Intl cannot take.
		await life.guard(() => raw.open({ path: ':memory:', query: { castBigIntToDouble: true } }));
		const duck = guardDatabase(raw, life);
		const conn = await duck.connect();
		for (const statement of ENGINE_SETTINGS) await conn.query(statement);
		const version = await duck.getVersion();
		performance.mark('cakupan:engine-ready');
		measure('cakupan:engine', 'cakupan:load-start', 'cakupan:engine-ready');
		exposeEngineHook(worker);
		return { duck, conn, life, version };
	} catch (cause) {
		worker?.terminate();
		const message = String((cause as Error)?.message ?? cause);
		// The wasm (33 MB) may fail to download: a network error, worth a retry, not an old browser.
		const kind = /network|fetch|load/i.test(message) ? 'network' : 'engine';
		throw new DataError(kind, `DuckDB-WASM did not start: ${message}`, { cause });
	}
}

/**
 * The engine, started once; a failed start is tried again on the next call. When a started
 * engine's worker dies, it and the database loaded on it are forgotten (the next call starts
 * over) and the stop listeners hear it.
 */
function engine(): Promise<Engine> {
	if (enginePromise) return enginePromise;
	const starting: Promise<Engine> = startEngine().then(
		(started) => {
			started.life.onStop((error) => {
				if (enginePromise !== starting) return; // an engine already replaced
				enginePromise = null;
				loadPromise = null;
				attempted = null;
				restarting = true;
				const stopped = new DataError('stopped', error.message, { cause: error });
				for (const listener of stopListeners) listener(stopped);
			});
			return started;
		},
		(error: unknown) => {
			enginePromise = null;
			throw error;
		}
	);
	enginePromise = starting;
	return starting;
}

/**
 * The served manifest and the database file's bytes, checked against it. `verified`: the
 * sha256 matched (false only where Web Crypto is missing: an insecure context).
 */
async function download(): Promise<{ manifest: ServedManifest; bytes: Uint8Array; verified: boolean }> {
	// `no-cache`: revalidate, so a new dataset shows as soon as it is deployed (the service
	// worker answers from its cache only when the network fails).
	const manifestRefused: Refusal = { file: MANIFEST_FILE, reason: 'manifest' };
	const json = await fetchJson(asset(`${DATA_PATH}/${MANIFEST_FILE}`), { cache: 'no-cache' }).catch((error: unknown) => {
		// Not JSON: a refusal of the manifest (a network failure stays one, with no fallback).
		if (error instanceof DataError && error.kind === 'file') throw new DataError('file', error.message, { cause: error, refusal: manifestRefused });
		throw error;
	});
	let manifest: ServedManifest;
	try {
		manifest = parseManifest(json) as ServedManifest;
		if (!manifest.database?.file) throw new Error('no database entry: run npm run db');
		if (typeof manifest.database.detail !== 'object' || manifest.database.detail === null) {
			throw new Error('no database.detail entry: run npm run db');
		}
	} catch (cause) {
		throw new DataError('file', `${MANIFEST_FILE}: ${(cause as Error).message}`, { cause, refusal: manifestRefused });
	}
	const { file, bytes: size, sha256 } = manifest.database;
	if (restarting) {
		// The manifest above was revalidated as always; only the file comes from the cache, if it is that file.
		const cached = await cachedBytes(asset(`${DATA_PATH}/${file}`), { expectedBytes: size, sha256 });
		if (cached) return { manifest, bytes: cached, verified: true };
	}
	report({ phase: 'download', loaded: 0, total: size, manifest });
	const bytes = await fetchBytes(asset(`${DATA_PATH}/${file}`), {
		expectedBytes: size,
		cache: 'no-cache',
		onProgress: (loaded, total) => report({ phase: 'download', loaded, total, manifest })
	});
	performance.mark('cakupan:fetched');
	// Web Crypto exists only in secure contexts (https, localhost); elsewhere the size check
	// stands alone, and `load` counts the rows instead.
	if (!globalThis.crypto?.subtle) return { manifest, bytes, verified: false };
	const actual = await sha256Hex(bytes);
	measure('cakupan:hash', 'cakupan:fetched', undefined);
	if (actual !== sha256) {
		throw new DataError('file', `${file}: sha256 ${actual} differs from the manifest's ${sha256}`, { refusal: { file, reason: 'checksum' } });
	}
	return { manifest, bytes, verified: true };
}

/** The file last registered: a later attempt first clears what it left (a failed one's, or a refused one's). */
let attempted: string | null = null;
/** Set once an engine died: the next load may take the file from the service worker's cache. */
let restarting = false;

/**
 * Attach `bytes` as `manifest`'s file and check it: every table the manifest counts is there
 * with that many rows. A file whose sha256 matched is checked on DuckDB's own table statistics
 * (`duckdb_tables().estimated_size`, exact for a read-only file: metadata, no scan), so a file
 * built wrong yet hashed right (a table missing) is refused too; an unhashed file's rows are
 * counted. Every failure is a refusal naming the file.
 */
async function attachChecked({ duck, conn }: Engine, manifest: ServedManifest, bytes: Uint8Array, verified: boolean): Promise<void> {
	const { file } = manifest.database;
	report({ phase: 'attach', loaded: bytes.length, total: bytes.length, manifest });
	performance.mark('cakupan:attach-start');
	if (attempted !== null) {
		// A retry after a failed attach or check, or the last good file after a refused one, starts from a clean engine.
		await conn.query(`USE memory`).catch(() => {});
		await conn.query(`DETACH DATABASE IF EXISTS ${DATABASE_ALIAS}`).catch(() => {});
		await duck.dropFile(attempted).catch(() => {});
	}
	attempted = file;
	try {
		await attachDatabase(
			{ registerFileBuffer: (name, data) => duck.registerFileBuffer(name, data), exec: (text) => conn.query(text) },
			file,
			bytes
		);
	} catch (error) {
		if (error instanceof DataError && !isRefusal(error) && (error.kind === 'file' || error.kind === 'version')) {
			throw new DataError(error.kind, error.message, { cause: error, refusal: { file, reason: 'not-duckdb' } });
		}
		throw error;
	}
	measure('cakupan:attach', 'cakupan:attach-start', undefined);
	if (verified) await checkTables(conn, manifest);
	else await checkRowCounts(conn, manifest);
}

/** The served manifest and file, downloaded, attached and checked; kept as the last good once they pass. */
async function loadServed(starting: Promise<Engine>): Promise<ServedManifest> {
	const kept = lastGoodSha256();
	const { manifest, bytes, verified } = await download();
	performance.mark('cakupan:downloaded');
	measure('cakupan:download', 'cakupan:load-start', 'cakupan:downloaded');
	report({ phase: 'engine', loaded: bytes.length, total: bytes.length, manifest });
	// The bytes move into the worker on attach: a copy to keep is made first, when this dataset is not the kept one.
	const copy = verified && (await kept) !== manifest.database.sha256 ? new Response(bytes.slice()) : null;
	await attachChecked(await starting, manifest, bytes, verified);
	if (copy) void keepLastGood(manifest, copy);
	return manifest;
}

/** This browser's last good dataset, attached and checked, in place of a refused one; null when none is kept. */
async function loadLastGood(starting: Promise<Engine>): Promise<{ manifest: ServedManifest; savedAt: string } | null> {
	const kept = await readLastGood();
	if (!kept) return null;
	await attachChecked(await starting, kept.manifest, kept.bytes, true);
	return { manifest: kept.manifest, savedAt: kept.savedAt };
}

async function load(): Promise<LoadedDatabase> {
	performance.mark('cakupan:load-start');
	const starting = engine();
	starting.catch(() => {}); // awaited below; the download may fail first
	report({ phase: 'engine', loaded: 0, total: 0 });
	const { value, refused } = await servedOrLastGood<{ manifest: ServedManifest; savedAt?: string }>(
		async () => ({ manifest: await loadServed(starting) }),
		() => loadLastGood(starting)
	);
	const { manifest } = value;
	const { duck, conn, version } = await starting;
	const statements = preparedStatements((text) => conn.prepare(text));
	const db = createDb(statements.run);
	performance.mark('cakupan:data-ready');
	measure('cakupan:data', 'cakupan:load-start', 'cakupan:data-ready');
	const attachDetail = detailAttacher({
		database: manifest.database,
		// Revalidated like the core file; the service worker caches it once fetched (offline use).
		read: (file, size, onProgress) => fetchBytes(asset(`${DATA_PATH}/${file}`), { expectedBytes: size, cache: 'no-cache', onProgress }),
		engine: {
			registerFileBuffer: (name, data) => duck.registerFileBuffer(name, data),
			exec: (text) => conn.query(text),
			dropFile: (name) => duck.dropFile(name)
		}
	});
	const overlayTarget = async () =>
		wasmOverlayTarget({
			build: await duck.connect(),
			views: conn,
			invalidate: () => {
				statements.closeAll();
				db.clearCache();
			},
			detail: {
				attacher: attachDetail,
				database: manifest.database,
				registerFileBuffer: (name, data) => duck.registerFileBuffer(name, data),
				dropFile: (name) => duck.dropFile(name)
			}
		});
	const refusedServed: RefusedServed | null =
		refused && value.savedAt ? { refusal: refused.refusal, lastGood: { version: manifest.version, savedAt: value.savedAt } } : null;
	return { db, manifest, engineVersion: version, attachDetail, overlayTarget, refused: refusedServed };
}

/**
 * Every contract table holds the rows the manifest counts: the check of a file whose sha256
 * could not be checked (no Web Crypto outside secure contexts). Run on the connection, not
 * through a `Db`: nothing of it is kept.
 */
async function checkRowCounts(conn: EngineConnection, manifest: ServedManifest): Promise<void> {
	const { file } = manifest.database;
	const tables = TABLE_NAMES.filter((name) => name in manifest.database.tables);
	if (tables.length === 0) throw new DataError('file', `${file}: the manifest lists no tables`, { refusal: { file: MANIFEST_FILE, reason: 'manifest' } });
	const text = `SELECT ${tables.map((name) => `(SELECT count(*) FROM ${quoteIdentifier(name)}) AS ${quoteIdentifier(name)}`).join(', ')}`;
	let counts: Record<string, unknown>;
	try {
		[counts = {}] = tableToRows(await conn.query(text));
	} catch (cause) {
		// A table the manifest names is missing: the query cannot bind it.
		throw new DataError('file', `${file}: ${(cause as Error).message}`, { cause, refusal: { file, reason: 'tables' } });
	}
	for (const name of tables) {
		if (counts[name] !== manifest.database.tables[name]) {
			throw new DataError('file', `${file}: ${name} has ${counts[name]} rows, the manifest says ${manifest.database.tables[name]}`, {
				refusal: { file, reason: 'tables', table: name }
			});
		}
	}
}

/**
 * Every table the manifest counts is in the attached file with that many rows, read from DuckDB's
 * table statistics (no scan). The check of a file whose sha256 matched: cheap enough to run on
 * every load, and it refuses a file that was hashed as built but built without a table.
 */
async function checkTables(conn: EngineConnection, manifest: ServedManifest): Promise<void> {
	const { file, tables } = manifest.database;
	const statement = await conn.prepare(
		`SELECT table_name AS name, estimated_size AS "rows" FROM duckdb_tables() WHERE database_name = ? AND schema_name = 'main'`
	);
	let rows: Record<string, unknown>[];
	try {
		rows = tableToRows(await statement.query(DATABASE_ALIAS));
	} finally {
		await statement.close().catch(() => {});
	}
	const table = tableMismatch(tables, new Map(rows.map((r) => [String(r.name), Number(r.rows)])));
	if (table !== null) {
		throw new DataError('file', `${file}: table ${table} is missing or does not hold the manifest's ${tables[table]} rows`, {
			refusal: { file, reason: 'tables', table }
		});
	}
}

/**
 * Start (or join) loading the engine and the database. Shared by every caller; rejects with a
 * DataError, after which the next call starts over (a started engine is kept).
 * @example const { db } = await loadDatabase(); const rows = await db.query(coverageByRegion(f));
 */
export function loadDatabase(): Promise<LoadedDatabase> {
	if (loadPromise) return loadPromise;
	const loading: Promise<LoadedDatabase> = load().catch((error: unknown) => {
		if (loadPromise === loading) loadPromise = null;
		if (error instanceof DataError) throw error;
		// The worker died while the file attached: a restart, not a damaged file.
		const kind = isEngineStopped(error) ? 'stopped' : 'file';
		throw new DataError(kind, String((error as Error)?.message ?? error), { cause: error });
	});
	loadPromise = loading;
	return loading;
}
