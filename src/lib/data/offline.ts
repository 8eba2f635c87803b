/**
 * Registers the service worker (`src/service-worker.ts`) once the data is ready, instead of at
 * page load as SvelteKit would (`serviceWorker.register: false` in svelte.config.js). Its install
 * precaches the engine and the database: registered after the app has fetched them, it copies
 * them out of the HTTP cache, instead of downloading 70 MB a second time alongside the app on a
 * first visit. https://svelte.dev/docs/kit/service-workers
 */
import { dev } from '$app/environment';
import { asset } from '$app/paths';

/** Register the service worker (built site only); offline use is a bonus, so failures are ignored. */
export function registerServiceWorker(): void {
	if (dev || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
	navigator.serviceWorker.register(asset('/service-worker.js')).catch(() => {});
}
