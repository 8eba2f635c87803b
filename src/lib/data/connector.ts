/**
 * The one interface every query runner implements: DuckDB-WASM in the browser (`db.ts`), the
 * blocking DuckDB-WASM bundle in Node for SQL tests, and native DuckDB at build time. Query
 * builders (`lib/queries`) produce `Sql` values; only a `Db` runs them.
 */

/** A statement and its bound values: `text` has one `?` per entry of `params`, in order. */
export interface Sql {
	readonly text: string;
	readonly params: readonly Param[];
}

/** A bound value. Dates travel as ISO strings and are cast in SQL (`?::DATE`); never BigInt. */
export type Param = string | number | boolean | null;

/** A result row: column name to value (counts arrive as numbers, never BigInt). */
export type Row = Record<string, unknown>;

/** Options of one query run. */
export interface QueryOptions {
	/** Abort to drop a result nobody waits for any more (rapid filter changes). */
	readonly signal?: AbortSignal;
	/**
	 * `user` (the default): somebody waits for the rows. `background`: a prefetch nobody waits
	 * for yet; it must never delay a user query (it waits while one is pending).
	 */
	readonly priority?: 'user' | 'background';
}

/** Something that runs `Sql` and returns plain rows. */
export interface Db {
	query<T extends Row = Row>(q: Sql, options?: QueryOptions): Promise<T[]>;
}
