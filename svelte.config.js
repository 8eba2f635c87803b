import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every view is prerendered to its own HTML file, so deep links work on a plain static host.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		// Hash-mode CSP: SvelteKit hashes its own inline boot script. DuckDB-WASM needs
		// 'wasm-unsafe-eval' to compile its engine (in its worker too, where a host sends this
		// policy as a header with every file) and worker-src 'self': its worker is a same-origin file
		// bundled by Vite (src/lib/data/engine.ts), never a blob: or a CDN. The worker fetches the
		// wasm and the app the database file from 'self' (connect-src).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self', 'blob:', 'data:'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Registered by the app once the data is loaded (src/lib/data/offline.ts), so the worker's
		// install finds the engine and the database in the HTTP cache instead of downloading them again.
		serviceWorker: { register: false }
	}
};

export default config;
