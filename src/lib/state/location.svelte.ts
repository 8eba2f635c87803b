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

/** Read the browser's location into {@link current} (after a navigation or Back/Forward). */
export function syncLocation(): void {
	if (current.pathname !== location.pathname) current.pathname = location.pathname;
	if (current.search !== location.search) current.search = location.search;
}

/**
 * Show `search` (a query string from a view's parameter set) now, and record it in history:
 * a new entry, or `replace` for corrections the user did not ask for.
 */
export function setSearch(search: string, { replace = false }: { replace?: boolean } = {}): void {
	if (search === current.search) return;
	current.search = search;
	const url = `${current.pathname}${search}`;
	// Shallow routing: no navigation, no load, no scroll; page.state is unused.
	(replace ? replaceState : pushState)(url, {});
}
