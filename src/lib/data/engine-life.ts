/**
 * Whether the DuckDB worker is still alive, and every engine call settling when it is not.
 *
 * DuckDB-WASM (1.32) tells its callers nothing when its worker dies:
 *   - on the worker's `error` event AsyncDuckDB logs and *forgets* its pending requests
 *     without settling them, so every query under way hangs for ever;
 *   - after `AsyncDuckDB.terminate()` (detached: no worker) a call logs and resolves `undefined`;
 *   - a worker the browser terminated fires nothing, and messages to it go nowhere.
 * So the engine keeps a life of its own: the worker's `error` event (`watchWorker`) or a
 * detached AsyncDuckDB stops it, and every call goes through `guard`, which rejects with
 * EngineStoppedError, at once for a call made after and for the calls pending when it stopped.
 * A view then waits instead of hanging on "loading" or showing the raw error, and the status
 * module offers the restart (`status.svelte.ts`).
 *
 * Pure TypeScript over the few DuckDB-WASM calls the app makes, tested in Node with fakes.
 */
import type { Table } from 'apache-arrow';
import { EngineStoppedError } from './errors';

/** One engine's life: alive until `stop`, then every guarded call rejects. */
export interface EngineLife {
	readonly stopped: boolean;
	/** Mark the engine dead (once; later calls do nothing) and reject what is pending. */
	stop(reason: string): void;
	/** Run `call` unless stopped; rejects with EngineStoppedError if the engine stops before it settles. */
	guard<T>(call: () => T | Promise<T>): Promise<T>;
	/** Hear the stop (once); returns the unsubscribe function. A listener added after the stop is called at once. */
	onStop(listener: (error: EngineStoppedError) => void): () => void;
}

/** A new life; `detached` (AsyncDuckDB's `isDetached`) is asked before each call: a detached engine is dead. */
export function engineLife({ detached }: { detached?: () => boolean } = {}): EngineLife {
	let error: EngineStoppedError | null = null;
	let rejectPending: (error: EngineStoppedError) => void = () => {};
	const stopped = new Promise<never>((_, reject) => (rejectPending = reject));
	stopped.catch(() => {}); // raced by every call; never unhandled on its own
	const listeners = new Set<(error: EngineStoppedError) => void>();

	const life: EngineLife = {
		get stopped() {
			return error !== null;
		},
		stop(reason) {
			if (error) return;
			error = new EngineStoppedError(`the data engine stopped: ${reason}`);
			rejectPending(error);
			for (const listener of [...listeners]) listener(error);
			listeners.clear();
		},
		guard(call) {
			if (!error && detached?.()) life.stop('the engine is detached from its worker');
			if (error) return Promise.reject(error);
			let pending: Promise<Awaited<ReturnType<typeof call>>>;
			try {
				pending = Promise.resolve(call()) as typeof pending;
			} catch (cause) {
				pending = Promise.reject(cause);
			}
			return Promise.race([pending, stopped]);
		},
		onStop(listener) {
			if (error) {
				listener(error);
				return () => {};
			}
			listeners.add(listener);
			return () => listeners.delete(listener);
		}
	};
	return life;
}

/**
 * Stop `life` on the worker's `error` event: an exception nothing in the worker caught (a wasm
 * trap, an abort), after which DuckDB's module state cannot be trusted. The event is marked
 * handled: the app reports it as the engine's stop, not as an error on the console.
 */
export function watchWorker(worker: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>, life: EngineLife): () => void {
	const onError = (event: Event) => {
		event.preventDefault();
		const message = (event as ErrorEvent).message;
		life.stop(message ? `its worker failed: ${message}` : 'its worker failed');
	};
	worker.addEventListener('error', onError);
	return () => worker.removeEventListener('error', onError);
}

/** A prepared statement of the worker-backed engine. */
export interface EngineStatement {
	query(...params: unknown[]): Promise<Table>;
	close(): Promise<unknown>;
}

/** The connection calls the app makes (`AsyncDuckDBConnection`). */
export interface EngineConnection {
	query(text: string): Promise<Table>;
	prepare(text: string): Promise<EngineStatement>;
	insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; schema?: string; create?: boolean }): Promise<unknown>;
}

/** The database calls the app makes (`AsyncDuckDB`). */
export interface EngineDatabase {
	connect(): Promise<EngineConnection>;
	registerFileBuffer(name: string, buffer: Uint8Array): Promise<unknown>;
	dropFile(name: string): Promise<unknown>;
	getVersion(): Promise<string>;
}

/** `conn` with every call guarded by `life`, its prepared statements too. */
export function guardConnection(conn: EngineConnection, life: EngineLife): EngineConnection {
	return {
		query: (text) => life.guard(() => conn.query(text)),
		prepare: async (text) => {
			const statement = await life.guard(() => conn.prepare(text));
			return {
				query: (...params) => life.guard(() => statement.query(...params)),
				close: () => life.guard(() => statement.close())
			};
		},
		insertArrowFromIPCStream: (buffer, options) => life.guard(() => conn.insertArrowFromIPCStream(buffer, options))
	};
}

/** `duck` with every call guarded by `life`; its new connections are guarded too. */
export function guardDatabase(duck: EngineDatabase, life: EngineLife): EngineDatabase {
	return {
		connect: async () => guardConnection(await life.guard(() => duck.connect()), life),
		registerFileBuffer: (name, buffer) => life.guard(() => duck.registerFileBuffer(name, buffer)),
		dropFile: (name) => life.guard(() => duck.dropFile(name)),
		getVersion: () => life.guard(() => duck.getVersion())
	};
}
