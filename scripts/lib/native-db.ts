/**
 * Native DuckDB for build-time work in Node (generator, database build, fixtures, benchmark).
 * The browser never loads this: it runs DuckDB-WASM (`src/lib/data`).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export type NativeConnection = DuckDBConnection;

/**
 * Open a native DuckDB (in memory by default). Extension autoloading is off: this machine has no
 * network, and parquet and json are built in.
 */
export async function openNative(path = ':memory:', threads?: number): Promise<NativeConnection> {
	const options: Record<string, string> = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' };
	if (threads) options.threads = String(threads);
	const instance = await DuckDBInstance.create(path, options);
	return instance.connect();
}

/** Run a query and return plain row objects, BigInt counts turned into numbers. */
export async function nativeRows<T = Record<string, unknown>>(
	conn: NativeConnection,
	sql: string,
	params?: unknown[]
): Promise<T[]> {
	const reader = params
		? await conn.runAndReadAll(sql, params as never)
		: await conn.runAndReadAll(sql);
	return reader.getRowObjectsJS().map((row) => numberify(row)) as T[];
}

/** A SQL string literal: `it's` -> `'it''s'`. */
export function sqlString(text: string): string {
	return `'${text.replaceAll("'", "''")}'`;
}

/** Rows of a table (`target`: an already quoted, maybe qualified, name). */
export async function countRows(conn: NativeConnection, target: string): Promise<number> {
	const [{ n }] = (await nativeRows<{ n: number }>(conn, `SELECT count(*) AS n FROM ${target}`)) as [{ n: number }];
	return n;
}

function numberify(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
	return out;
}

/**
 * The native connection behind the app's `Db` interface, so query builders and the validator
 * run unchanged at build time. Dates come back as ISO strings `YYYY-MM-DD`, like the app's.
 */
export function nativeDb(conn: NativeConnection): import('../../src/lib/data/connector').Db {
	return {
		async query<T>(q: { text: string; params: readonly unknown[] }) {
			const rows = await nativeRows<Record<string, unknown>>(conn, q.text, q.params.length ? [...q.params] : undefined);
			return rows.map((row) => {
				for (const [k, v] of Object.entries(row)) if (v instanceof Date) row[k] = v.toISOString().slice(0, 10);
				return row;
			}) as T[];
		}
	};
}
