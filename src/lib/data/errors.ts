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

/** Loading the engine or the database failed; `retry()` in the status module may fix `network`. */
export class DataError extends Error {
	override readonly name = 'DataError';
	readonly kind: DataErrorKind;
	/** The localized message to show (t(error.messageKey)). */
	readonly messageKey: MessageKey;

	constructor(kind: DataErrorKind, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.kind = kind;
		this.messageKey = LOAD_MESSAGES[kind];
	}
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
