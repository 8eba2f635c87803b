/**
 * Prepared statements kept by SQL text, for both engines (`engine.ts`, `node.ts`). In the
 * browser every statement call is a round trip to the worker, and preparing (parse, bind,
 * plan) the overview's queries costs more than running them over the rollups: preparing once
 * per query shape and reusing the statement makes a repeated shape one round trip (run)
 * instead of three (prepare, run, close).
 */
import type { Table } from 'apache-arrow';
import type { Param } from './connector';
import type { RunStatement } from './create-db';

/** A prepared statement of either DuckDB-WASM bundle (async in the worker, sync in Node). */
export interface PreparedStatement {
	query(...params: Param[]): Table | Promise<Table>;
	close(): unknown;
}

/** Prepares `text` on the engine's connection. */
export type Prepare = (text: string) => PreparedStatement | Promise<PreparedStatement>;

/**
 * Statements kept by default: the views' query shapes (a few per view, a handful of views)
 * with room to spare; each holds only its plan in the engine.
 */
export const DEFAULT_STATEMENT_LIMIT = 48;

/** A `RunStatement` over kept statements, and the means to let them go. */
export interface StatementCache {
	readonly run: RunStatement;
	/** Statements currently kept. */
	readonly size: number;
	/** Close every kept statement (once its running queries finish); later runs prepare anew. */
	closeAll(): void;
}

interface Kept {
	readonly statement: Promise<PreparedStatement>;
	/** Runs in flight on this statement: it is closed only once they are done. */
	users: number;
	/** Out of the cache (evicted, failed or closed): close when the last user is done. */
	retired: boolean;
	closed: boolean;
}

/**
 * A `RunStatement` that prepares each SQL text once and reuses the statement. At most `limit`
 * are kept; the least recently used is closed when a new one would exceed it. A statement whose
 * prepare or run fails is dropped (and closed), so the next run prepares it afresh: a query on
 * a detail schema attached since, say, then binds again.
 */
export function preparedStatements(prepare: Prepare, { limit = DEFAULT_STATEMENT_LIMIT }: { limit?: number } = {}): StatementCache {
	const kept = new Map<string, Kept>();

	function close(entry: Kept): void {
		if (entry.closed) return;
		entry.closed = true;
		// A statement that never prepared has nothing to close; a failing close loses nothing.
		entry.statement.then((statement) => statement.close()).catch(() => {});
	}

	function retire(text: string, entry: Kept): void {
		if (kept.get(text) === entry) kept.delete(text);
		entry.retired = true;
		if (entry.users === 0) close(entry);
	}

	function acquire(text: string): Kept {
		const hit = kept.get(text);
		if (hit) {
			kept.delete(text);
			kept.set(text, hit);
			return hit;
		}
		const entry: Kept = { statement: Promise.resolve().then(() => prepare(text)), users: 0, retired: false, closed: false };
		entry.statement.catch(() => {}); // awaited by the run that created it
		kept.set(text, entry);
		while (kept.size > limit) {
			const [oldest, old] = kept.entries().next().value!;
			retire(oldest, old);
		}
		return entry;
	}

	const run: RunStatement = async (text, params) => {
		const entry = acquire(text);
		entry.users++;
		try {
			const statement = await entry.statement;
			return await statement.query(...params);
		} catch (error) {
			retire(text, entry);
			throw error;
		} finally {
			entry.users--;
			if (entry.retired && entry.users === 0) close(entry);
		}
	};

	return {
		run,
		get size() {
			return kept.size;
		},
		closeAll() {
			for (const [text, entry] of [...kept]) retire(text, entry);
		}
	};
}
