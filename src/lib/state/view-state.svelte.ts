/**
 * The current view state, read from the URL (`page.url`) and changed by navigating, so every
 * change is a history entry (Back undoes it) and every view is a shareable link.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { readState, writeState, type ParamProblem, type ViewState } from './params';

/** The parsed state of the current URL, and the parameters that could not be used. */
export function currentState(): { state: ViewState; problems: ParamProblem[] } {
	return readState(page.url.searchParams);
}

/**
 * Change part of the state. Pushes a history entry unless `replace` (use it for corrections the
 * user did not ask for, such as dropping a bad parameter).
 */
export function updateState(patch: Partial<ViewState>, { replace = false } = {}): Promise<void> {
	const next = { ...readState(page.url.searchParams).state, ...patch };
	return goto(`${page.url.pathname}${writeState(next)}`, {
		replaceState: replace,
		keepFocus: true,
		noScroll: true
	});
}

/** A link to `path` carrying the current state (the language and area stay when moving between views). */
export function hrefWithState(path: string): string {
	return `${path}${writeState(readState(page.url.searchParams).state)}`;
}
