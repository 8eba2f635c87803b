/**
 * "Only the newest request draws", written once. Every figure of every view loads through it:
 * a new input aborts the previous load, a result that arrives after a newer request started is
 * dropped (rapid changes never show an older state last), an abort is silent, a query the
 * build-time snapshot does not hold keeps the view waiting for the engine (the same input is run
 * again when the live Db arrives), so does a query the stopped engine rejected (the restarted
 * engine's Db re-runs it: the status line offers the restart, not each figure), and any other failure becomes an error state carrying the
 * error (a QueryError names its SQL), with the last value kept on screen.
 *
 * Pure TypeScript, tested in Node with a Db whose answers the test releases out of order;
 * `latest.svelte.ts` wraps it in runes for the views.
 */
import { isAbortError, isEngineStopped } from '$lib/data/errors';
import { isSnapshotMiss } from '$lib/data/snapshot';

/** Where a load stands. `value` is the last value drawn (kept while a newer one loads or fails). */
export type Loaded<I, T> =
	| { readonly status: 'idle'; readonly value: null; readonly input: null; readonly error: null }
	| { readonly status: 'loading'; readonly value: T | null; readonly input: I | null; readonly error: null }
	| { readonly status: 'ready'; readonly value: T; readonly input: I; readonly error: null }
	| { readonly status: 'error'; readonly value: T | null; readonly input: I | null; readonly error: Error };

/** The state before anything was asked. */
export const IDLE = Object.freeze({ status: 'idle', value: null, input: null, error: null }) as Loaded<never, never>;

/** Loads one input; must reject with the signal's reason (an AbortError) once aborted. */
export type LoadFn<I, T> = (input: I, signal: AbortSignal) => Promise<T>;

/** The newest-only loader: `run` each new input, read `state` (or listen with `onChange`). */
export class Latest<I, T> {
	#sequence = 0;
	#controller: AbortController | null = null;
	#state: Loaded<I, T> = IDLE;
	readonly #load: LoadFn<I, T>;
	readonly #onChange: (state: Loaded<I, T>) => void;

	constructor(load: LoadFn<I, T>, onChange: (state: Loaded<I, T>) => void = () => {}) {
		this.#load = load;
		this.#onChange = onChange;
	}

	/** The current state. */
	get state(): Loaded<I, T> {
		return this.#state;
	}

	#set(state: Loaded<I, T>): void {
		this.#state = state;
		this.#onChange(state);
	}

	/**
	 * Load `input`, superseding every earlier run. `signal` (e.g. Svelte's `getAbortSignal()`)
	 * aborts this run from outside. Resolves when this run has settled (never rejects).
	 */
	run(input: I, signal?: AbortSignal): Promise<void> {
		const token = ++this.#sequence;
		this.#controller?.abort();
		const controller = new AbortController();
		this.#controller = controller;
		if (signal) {
			if (signal.aborted) controller.abort(signal.reason);
			else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
		}
		const { value } = this.#state;
		this.#set({ status: 'loading', value, input: this.#state.input, error: null });
		const current = () => token === this.#sequence && !controller.signal.aborted;
		let pending: Promise<T>;
		try {
			pending = this.#load(input, controller.signal);
		} catch (error) {
			pending = Promise.reject(error);
		}
		return pending.then(
			(result) => {
				if (current()) this.#set({ status: 'ready', value: result, input, error: null });
			},
			(error: unknown) => {
				// Aborted or superseded: nobody waits for it. Not in the snapshot, or the engine
				// stopped: keep waiting for the Db that can answer.
				if (!current() || isAbortError(error) || isSnapshotMiss(error) || isEngineStopped(error)) return;
				const failure = error instanceof Error ? error : new Error(String(error));
				this.#set({ status: 'error', value: this.#state.value, input, error: failure });
			}
		);
	}

	/** Abort the current run (the view is going away); the state stays as it is. */
	cancel(): void {
		this.#sequence++;
		this.#controller?.abort();
		this.#controller = null;
	}
}
