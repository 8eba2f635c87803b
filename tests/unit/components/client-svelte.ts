/**
 * Helpers for component tests under jsdom (`// @vitest-environment jsdom`, files named
 * `*.svelte.test.ts` so `$state` props compile). `vite.config.ts` resolves `svelte` to its
 * browser build in that environment, so `mount` and `flushSync` come straight from 'svelte'.
 */
import { flushSync, mount, unmount } from 'svelte';

export { flushSync, mount, unmount };

/** A fresh element in the document to mount a component into. */
export function target(): HTMLElement {
	const element = document.createElement('div');
	document.body.append(element);
	return element;
}

/** Clicks `element` as a user would (a bubbling click event), then lets Svelte apply the update. */
export function click(element: Element | null | undefined): void {
	if (!element) throw new Error('nothing to click');
	element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
	flushSync();
}
