/**
 * The `Db` both engines share: the browser's worker-backed DuckDB-WASM (`engine.ts`) and the
 * blocking bundle in Node (`node.ts`) differ only in how they run one statement, so caching,
 * priorities, abort, row conversion and error wrapping are written once and tested once.
 */
import type { Table } from 'apache-arrow';
import type { Db, Param, QueryOptions, Row, Sql } from './connector';
import { QueryError, abortReason } from './errors';
import { tableToRows } from './rows';

/** Runs one statement: `text` with `params` bound in order (`statements.ts` keeps it prepared). */
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

type Priority = NonNullable<QueryOptions['priority']>;

/** Prefix of the performance measures of statements the engine ran (the bench reads them). */
export const QUERY_MEASURE_PREFIX = 'cakupan:query:';

/**
 * Record a statement the engine ran (a cache miss) as a performance measure named by the
 * first table it reads and its priority, e.g. `cakupan:query:area_month:user`, so the time the
 * worker spends per change can be read off the page.
 */
function recordQuery(q: Sql, priority: Priority, started: number): void {
	const table = /\bFROM\s+"?([A-Za-z_][\w]*)"?/i.exec(q.text)?.[1] ?? 'statement';
	try {
		performance.measure(`${QUERY_MEASURE_PREFIX}${table}:${priority}`, { start: started, end: performance.now() });
	} catch {
		// A timing is never worth a failed query.
	}
}

/** A background query waiting for the engine to have no user query. */
interface Waiting {
	/** Callers that may still want it; Infinity once one came without a signal. */
	holders: number;
	/** Removes the holders' abort listeners once the query starts or is dropped. */
	readonly cleanups: (() => void)[];
	start(priority: Priority): void;
	drop(reason: unknown): void;
}

interface Entry {
	readonly rows: Promise<Row[]>;
	/** Set while the query waits in the background queue (not yet sent to the engine). */
	waiting?: Waiting;
}

/**
 * A `Db` over one engine. Identical queries share one run; the last `cacheSize` results are
 * kept (least recently used first out); failures are not cached. Aborting a query rejects its
 * promise at once with the signal's reason; once sent, the engine still finishes the statement
 * (a prepared statement cannot be cancelled in DuckDB-WASM) and the result is cached, not returned.
 *
 * Priorities: the engine runs one statement at a time, in the order sent, so a prefetch sent
 * ahead of a user's query delays it. A `background` query is therefore sent only when no
 * `user` query is running and no other background query is (one at a time, so at most one
 * statement can stand between a user and the engine); until then it waits in a queue, first
 * in first out, and is dropped (never sent) once every caller of it aborted. A user query is
 * sent at once, and takes a waiting background query of the same key along (promoted).
 * Cached results answer at once whatever the priority.
 * Rows are shared between callers: treat them as read-only.
 */
export function createDb(run: RunStatement, { cacheSize = DEFAULT_CACHE_SIZE }: { cacheSize?: number } = {}): CachedDb {
	const cache = new Map<string, Entry>();
	const queue: Waiting[] = [];
	let userRunning = 0;
	let backgroundRunning = false;
	let pumpScheduled = false;

	/** Send one statement, counting what runs, and let the queue move once it settles. */
	function send(q: Sql, priority: Priority): Promise<Row[]> {
		if (priority === 'user') userRunning++;
		else backgroundRunning = true;
		let table: Promise<Table>;
		const started = performance.now();
		try {
			table = run(q.text, q.params);
		} catch (error) {
			table = Promise.reject(error);
		}
		return table
			.finally(() => {
				if (priority === 'user') userRunning--;
				else backgroundRunning = false;
				recordQuery(q, priority, started);
				schedulePump();
			})
			.then(
				(result) => tableToRows(result),
				(error: unknown) => {
					throw new QueryError({ text: q.text, params: [...q.params] }, error);
				}
			);
	}

	// A task later, not at once: a view that awaits one query and then sends the next (a
	// microtask chain) gets its next query in before a prefetch takes the engine.
	function schedulePump(): void {
		if (pumpScheduled || queue.length === 0) return;
		pumpScheduled = true;
		setTimeout(() => {
			pumpScheduled = false;
			if (userRunning > 0 || backgroundRunning) return;
			queue.shift()?.start('background');
		}, 0);
	}

	function remember(key: string, entry: Entry): void {
		cache.set(key, entry);
		// Failures leave the cache (only this entry: a newer one may hold the key by then).
		entry.rows.catch(() => {
			if (cache.get(key) === entry) cache.delete(key);
		});
		while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
	}

	function enqueue(key: string, q: Sql): Entry {
		let settle!: { resolve: (rows: Row[]) => void; reject: (error: unknown) => void };
		const rows = new Promise<Row[]>((resolve, reject) => (settle = { resolve, reject }));
		const entry: Entry = { rows };
		// Out of the queue, the holders' listeners removed: it either starts now or never.
		const leaveQueue = () => {
			const at = queue.indexOf(waiting);
			if (at >= 0) queue.splice(at, 1);
			entry.waiting = undefined;
			for (const cleanup of waiting.cleanups.splice(0)) cleanup();
		};
		const waiting: Waiting = {
			holders: 0,
			cleanups: [],
			start(priority) {
				leaveQueue();
				send(q, priority).then(settle.resolve, settle.reject);
			},
			drop(reason) {
				leaveQueue();
				if (cache.get(key) === entry) cache.delete(key);
				settle.reject(reason);
			}
		};
		entry.waiting = waiting;
		queue.push(waiting);
		schedulePump();
		return entry;
	}

	/** One more background caller of a waiting query: it stays queued while any of them may want it. */
	function hold(waiting: Waiting, signal: AbortSignal | undefined): void {
		if (!signal) {
			waiting.holders = Infinity;
			return;
		}
		waiting.holders++;
		const onAbort = () => {
			if (--waiting.holders === 0) waiting.drop(abortReason(signal));
		};
		signal.addEventListener('abort', onAbort, { once: true });
		waiting.cleanups.push(() => signal.removeEventListener('abort', onAbort));
	}

	function cached(q: Sql, priority: Priority, signal: AbortSignal | undefined): Promise<Row[]> {
		const key = cacheKey(q);
		const hit = cache.get(key);
		if (hit) {
			cache.delete(key);
			cache.set(key, hit);
			if (hit.waiting) {
				if (priority === 'user') hit.waiting.start('user');
				else hold(hit.waiting, signal);
			}
			return hit.rows;
		}
		let entry: Entry;
		if (priority === 'user') {
			entry = { rows: send(q, 'user') };
		} else {
			entry = enqueue(key, q);
			hold(entry.waiting!, signal);
		}
		remember(key, entry);
		return entry.rows;
	}

	return {
		query<T extends Row = Row>(q: Sql, { signal, priority = 'user' }: QueryOptions = {}): Promise<T[]> {
			if (signal?.aborted) return Promise.reject(abortReason(signal));
			const result = cached(q, priority, signal).then((rows) => rows.slice() as T[]);
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
