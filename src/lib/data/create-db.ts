/**
 * The `Db` both engines share: the browser's worker-backed DuckDB-WASM (`engine.ts`) and the
 * blocking bundle in Node (`node.ts`) differ only in how they run one statement, so caching,
 * abort, row conversion and error wrapping are written once and tested once.
 */
import type { Table } from 'apache-arrow';
import type { Db, Param, QueryOptions, Row, Sql } from './connector';
import { QueryError, abortReason } from './errors';
import { tableToRows } from './rows';

/** Runs one statement: prepare `text`, bind `params` in order, close the statement. */
export type RunStatement = (text: string, params: readonly Param[]) => Promise<Table>;

/** A `Db` with its result cache exposed. */
export interface CachedDb extends Db {
	/** Forget every cached result (e.g. after the data changed). */
	clearCache(): void;
}

/** Results kept by default: the views' few queries plus a filter or two of history. */
export const DEFAULT_CACHE_SIZE = 64;

/** The cache key: text and params together (JSON keeps 1 and '1' apart). */
export function cacheKey(q: Sql): string {
	return JSON.stringify([q.text, q.params]);
}

/**
 * A `Db` over one engine. Identical queries share one run; the last `cacheSize` results are
 * kept (least recently used first out); failures are not cached. Aborting a query rejects its
 * promise at once with the signal's reason; the engine still finishes the statement (a prepared
 * statement cannot be cancelled in DuckDB-WASM) and the result is cached, not returned.
 * Rows are shared between callers: treat them as read-only.
 */
export function createDb(run: RunStatement, { cacheSize = DEFAULT_CACHE_SIZE }: { cacheSize?: number } = {}): CachedDb {
	const cache = new Map<string, Promise<Row[]>>();

	function cached(q: Sql): Promise<Row[]> {
		const key = cacheKey(q);
		const hit = cache.get(key);
		if (hit) {
			cache.delete(key);
			cache.set(key, hit);
			return hit;
		}
		const result = run(q.text, q.params).then(
			(table) => tableToRows(table),
			(error: unknown) => {
				cache.delete(key);
				throw new QueryError({ text: q.text, params: [...q.params] }, error);
			}
		);
		cache.set(key, result);
		while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
		return result;
	}

	return {
		query<T extends Row = Row>(q: Sql, { signal }: QueryOptions = {}): Promise<T[]> {
			if (signal?.aborted) return Promise.reject(abortReason(signal));
			const result = cached(q).then((rows) => rows.slice() as T[]);
			if (!signal) return result;
			return new Promise<T[]>((resolve, reject) => {
				const onAbort = () => reject(abortReason(signal));
				signal.addEventListener('abort', onAbort, { once: true });
				result.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
			});
		},
		clearCache() {
			cache.clear();
		}
	};
}
