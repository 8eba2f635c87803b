/**
 * Svelte's browser runtime for component tests under jsdom. Vitest loads `svelte` from
 * node_modules with Node's resolution, which picks the server build (where `mount` throws and
 * `untrack` tracks), while the components themselves are compiled for the client. Importing the
 * client entry by its file gives the same runtime instance the compiled components use
 * (`svelte/internal/client`), without changing the shared Vite config for every other test.
 *
 * A test file using it starts with
 *   // @vitest-environment jsdom
 *   vi.mock('svelte', () => import('./client-svelte').then((m) => m.client));
 * so a component's own `import { untrack } from 'svelte'` gets the client build too, and is
 * named `*.svelte.test.ts` so `$state` props compile.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Svelte = typeof import('svelte');

const require = createRequire(import.meta.url);
const clientEntry = join(dirname(require.resolve('svelte/package.json')), 'src/index-client.js');
/** The whole client `svelte` module (for `vi.mock('svelte', …)`). */
export const client = (await import(/* @vite-ignore */ pathToFileURL(clientEntry).href)) as Svelte;

export const { mount, unmount, flushSync } = client;

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
