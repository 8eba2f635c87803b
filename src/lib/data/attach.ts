/**
 * Attaching the built database file to a DuckDB-WASM engine, written once for the browser's
 * worker (`engine.ts`) and Node's blocking bundle (`node.ts`), which differ only in sync/async.
 */
import { attachStatements, looksLikeDuckDb } from './database';
import { DataError } from './errors';

/** The engine calls attaching needs (a connection and its database, either bundle). */
export interface AttachTarget {
	registerFileBuffer(name: string, bytes: Uint8Array): unknown;
	/** Run a statement without parameters. */
	exec(text: string): unknown;
}

/**
 * Settings applied once per engine. Extension autoloading would fetch from DuckDB's server
 * (a request off the app's origin, and a hang offline); with it off, a query needing an
 * extension fails at once with a clear error instead.
 * https://duckdb.org/docs/stable/extensions/overview#autoloading-extensions
 */
export const ENGINE_SETTINGS = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];

// DuckDB's words when a file's storage is newer or older than the engine reads, e.g.
// "Trying to read a database file with version number 67, but we can only read version 64".
const VERSION_MESSAGE = /version number|storage version|serialization|incompatible|created with/i;

/**
 * Register `bytes` as `file` and attach it read-only: by default as the default schema, so
 * contract tables resolve unqualified (a detail file passes its own `statements`). Throws a
 * DataError: `file` for bytes that are no DuckDB database, `version` for a storage format
 * this engine cannot read.
 */
export async function attachDatabase(
	target: AttachTarget,
	file: string,
	bytes: Uint8Array,
	statements: readonly string[] = attachStatements(file)
): Promise<void> {
	if (!looksLikeDuckDb(bytes)) throw new DataError('file', `${file} is not a DuckDB database file (${bytes.length} bytes)`);
	await target.registerFileBuffer(file, bytes);
	try {
		for (const statement of statements) await target.exec(statement);
	} catch (cause) {
		const message = cause instanceof Error ? cause.message : String(cause);
		throw new DataError(VERSION_MESSAGE.test(message) ? 'version' : 'file', `cannot attach ${file}: ${message}`, { cause });
	}
}
