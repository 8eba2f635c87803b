/**
 * The newest-only loader (`latest.ts`) as runes: `loadLatest(() => input, load)` re-runs `load`
 * whenever the input function's reactive reads change, aborts the previous run through
 * Svelte's `getAbortSignal()`, and exposes the state as `.current`. Return null from the input
 * function while something it needs (the Db, the period) is not there yet.
 *
 * @example
 * const overview = loadLatest(() => (db ? { db, area } : null), ({ db, area }, signal) => loadOverview(db, { area }, { signal }));
 * // overview.current.status: 'idle' | 'loading' | 'ready' | 'error'; overview.current.value
 */
import { getAbortSignal, untrack } from 'svelte';
import { IDLE, Latest, type LoadFn, type Loaded } from './latest';

/** A reactive newest-only load. Call during component initialisation. */
export function loadLatest<I, T>(input: () => I | null, load: LoadFn<I, T>): { readonly current: Loaded<I, T> } {
	let state = $state.raw<Loaded<I, T>>(IDLE);
	const core = new Latest<I, T>(load, (next) => (state = next));
	$effect(() => {
		const next = input();
		if (next === null) return;
		const signal = getAbortSignal();
		// The load may read reactive state; it must not become a dependency of this effect.
		untrack(() => void core.run(next, signal));
	});
	return {
		get current() {
			return state;
		}
	};
}

/**
 * Warm the Db cache for states likely to come next, once the browser is idle, as background
 * queries that never delay the user's (`QueryOptions.priority`). Call inside an effect: the
 * effect's re-run or teardown aborts them.
 */
export function prefetchWhenIdle(run: (signal: AbortSignal) => void): void {
	const signal = getAbortSignal();
	const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
	const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
	const handle = idle(() => {
		if (!signal.aborted) run(signal);
	});
	signal.addEventListener('abort', () => cancel(handle as never), { once: true });
}
