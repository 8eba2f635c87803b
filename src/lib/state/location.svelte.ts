/**
 * The current URL's path and query string as runes: the one source every view reads its state
 * from, and the one place that writes it. A change sets the state first, so the view redraws at
 * once, and then lets the URL follow through SvelteKit's shallow routing (`pushState`), so a
 * link reproduces the view and Back/Forward walk through the steps without awaiting `goto`.
 *
 * Why not `page.url`: with SvelteKit 2.70 shallow routing does not update `page.url` in
 * `$app/state`, so a view reacting to it would not see its own changes. The root layout keeps
 * this module in step with real navigations (`afterNavigate`) and with Back/Forward over
 * shallow entries (`popstate`): `syncLocation()`.
 */
import { pushState, replaceState } from '$app/navigation';

class CurrentLocation {
	/** The path, e.g. `/` or `/metodologi/`. */
	pathname = $state(globalThis.location?.pathname ?? '/');
	/** The query string with its `?`, or `''`. */
	search = $state(globalThis.location?.search ?? '');
}

/** The current location (read `current.search` in a derived to react to changes). */
export const current = new CurrentLocation();

/** A history entry waiting for the frame after the change it records (`setSearch(…, { defer: true })`). */
let pending: { url: string; replace: boolean } | null = null;
let scheduled = false;

function writeHistory(url: string, replace: boolean): void {
	// Shallow routing: no navigation, no load, no scroll; page.state is unused.
	(replace ? replaceState : pushState)(url, {});
}

/** Record the waiting history entry now (before any other history write, so the order holds). */
export function flushHistory(): void {
	if (!pending) return;
	const { url, replace } = pending;
	pending = null;
	writeHistory(url, replace);
}

/** Read the browser's location into {@link current} (after a navigation or Back/Forward). */
export function syncLocation(): void {
	// A navigation or Back/Forward supersedes a change whose entry was not written yet.
	pending = null;
	if (current.pathname !== location.pathname) current.pathname = location.pathname;
	if (current.search !== location.search) current.search = location.search;
}

/**
 * Show `search` (a query string from a view's parameter set) now, and record it in history:
 * a new entry, or `replace` for corrections the user did not ask for.
 *
 * `defer`: write the history entry after the next frame instead of now. The browser's
 * `history.pushState` is a synchronous call into its navigation machinery (milliseconds, tens
 * on a busy machine), which would otherwise sit between the input and the frame showing its
 * result; a change meant to show within one frame (a panel's weight) defers it. Changes made
 * within one frame then share one entry, the last one's URL (a push stays a push when a
 * replace follows it).
 */
export function setSearch(search: string, { replace = false, defer = false }: { replace?: boolean; defer?: boolean } = {}): void {
	if (search === current.search) return;
	current.search = search;
	const url = `${current.pathname}${search}`;
	if (!defer) {
		flushHistory();
		writeHistory(url, replace);
		return;
	}
	pending = { url, replace: replace && (pending?.replace ?? true) };
	if (scheduled) return;
	scheduled = true;
	// After the frame: requestAnimationFrame runs before it is painted, the task it queues after.
	requestAnimationFrame(() =>
		setTimeout(() => {
			scheduled = false;
			flushHistory();
		})
	);
}
