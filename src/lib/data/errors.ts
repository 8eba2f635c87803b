/**
 * Failures at the data edge, each with the i18n key of the message the view shows. Views
 * receive them as state (`status.error`, a query's error), never as unhandled rejections.
 */
import type { MessageKey } from '../i18n/id';
import type { Sql } from './connector';

/** Why the data could not be loaded. */
export type DataErrorKind =
	/** The engine (wasm, worker) would not start: an old browser, a blocked worker. */
	| 'engine'
	/** A download failed: offline, a server error, a response cut short. */
	| 'network'
	/** The file is not the one the manifest describes, or not a DuckDB file at all. */
	| 'file'
	/** The file is a DuckDB file the engine cannot read (storage version drift). */
	| 'version'
	/** The engine's worker died after it had started (crashed, terminated): restart it (`engine-life.ts`). */
	| 'stopped';

const LOAD_MESSAGES: Record<DataErrorKind, MessageKey> = {
	engine: 'load.error.engine',
	network: 'load.error.network',
	file: 'load.error.file',
	version: 'load.error.version',
	stopped: 'load.error.stopped'
};

/**
 * Why a served file was refused: its bytes are not the manifest's (`checksum`), it is shorter or
 * longer than the manifest says (`size`: a truncated file), it is no DuckDB database the engine
 * reads (`not-duckdb`), a contract table is missing or holds other than the manifest's row count
 * (`tables`), or the manifest itself cannot be read (`manifest`).
 */
export type RefusalReason = 'checksum' | 'size' | 'not-duckdb' | 'tables' | 'manifest';

/** A served file the app refused, for the message naming it (`load.refused`). */
export interface Refusal {
	/** The file's name as served, e.g. `cakupan-sample.duckdb` or `dataset.json`. */
	readonly file: string;
	readonly reason: RefusalReason;
	/** For `tables`: the table that failed the check. */
	readonly table?: string;
}

/** Loading the engine or the database failed; `retry()` in the status module may fix `network`. */
export class DataError extends Error {
	override readonly name = 'DataError';
	readonly kind: DataErrorKind;
	/** The localized message to show (t(error.messageKey)). */
	readonly messageKey: MessageKey;
	/** Set when a served file was refused (checked and found wrong), naming it: `isRefusal`. */
	readonly refusal?: Refusal;

	constructor(kind: DataErrorKind, message: string, options?: { cause?: unknown; refusal?: Refusal }) {
		super(message, options);
		this.kind = kind;
		this.messageKey = LOAD_MESSAGES[kind];
		if (options?.refusal) this.refusal = options.refusal;
	}
}

/** Whether `error` refused a served file: the data was checked and is wrong, not merely out of reach. */
export function isRefusal(error: unknown): error is DataError & { refusal: Refusal } {
	return error instanceof DataError && error.refusal !== undefined;
}

/**
 * Whether a download failed without an answer: the browser is offline or the server cannot be
 * reached (fetch rejects with a TypeError), as opposed to a server that answered with an error.
 * Only the first is "this needs a connection".
 */
export function isUnreachable(error: unknown): boolean {
	if (!(error instanceof DataError) || error.kind !== 'network') return false;
	return error.cause instanceof TypeError || (typeof navigator !== 'undefined' && navigator.onLine === false);
}

/** A query failed; keeps the engine's error as `cause` and the statement that failed. */
export class QueryError extends Error {
	override readonly name = 'QueryError';
	readonly sql: Sql;
	readonly messageKey: MessageKey = 'error.query';

	constructor(sql: Sql, cause: unknown) {
		super(cause instanceof Error ? cause.message : String(cause), { cause });
		this.sql = sql;
	}
}

/**
 * The DuckDB worker is gone (its `error` event, or the engine was detached from it): every
 * engine call pending then, and every one after, rejects with this (`engine-life.ts`).
 */
export class EngineStoppedError extends Error {
	override readonly name = 'EngineStoppedError';
}

/** Whether `error`, or an error it wraps (a QueryError's cause), says the engine stopped. */
export function isEngineStopped(error: unknown): boolean {
	for (let e = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
		if (e instanceof EngineStoppedError || (e instanceof DataError && e.kind === 'stopped')) return true;
	}
	return false;
}

/** The error an aborted query rejects with (the signal's reason, else an AbortError). */
export function abortReason(signal: AbortSignal): unknown {
	return signal.reason ?? new DOMException('The query was aborted.', 'AbortError');
}

/** Whether an error only means "nobody waits for this any more" (show nothing). */
export function isAbortError(error: unknown): boolean {
	return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}
