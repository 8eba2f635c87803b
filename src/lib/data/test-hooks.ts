/**
 * A hook end-to-end tests use to kill the DuckDB worker on purpose (tests/e2e/engine-failure.spec.ts).
 *
 * Installed only on a page whose test asked for it before any of the app's scripts ran:
 *   await page.addInitScript(() => { window.__cakupanTestHooks = true; });
 * No visitor's page sets that flag, so no page offers a debug handle by default. It is plain
 * functions on `window` (no eval, no inline script): the Content-Security-Policy stays as it is.
 */

/** What the hook can do to the engine of the page. */
export interface EngineTestHook {
	/**
	 * Kill the worker as a crash in it looks from the page: the worker is terminated, then its
	 * `error` event fires (what a wasm trap or an uncaught exception in the worker dispatches).
	 */
	terminate(): void;
}

declare global {
	interface Window {
		/** Set by a test's init script to ask for the hooks below. */
		__cakupanTestHooks?: unknown;
		/** The engine hook, present only when `__cakupanTestHooks === true`. */
		__cakupanEngine?: EngineTestHook;
	}
}

/** Offer the hook over `worker` (the engine now running) when the page asked for hooks; else nothing. */
export function exposeEngineHook(worker: Worker): void {
	if (typeof window === 'undefined' || window.__cakupanTestHooks !== true) return;
	window.__cakupanEngine = {
		terminate() {
			worker.terminate();
			worker.dispatchEvent(new ErrorEvent('error', { message: 'terminated by a test hook' }));
		}
	};
}
