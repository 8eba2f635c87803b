import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { ISOLATED } from './tests/projects';

// Figures are dated in Indonesian time; pin it so month boundaries never shift under a test.
process.env.TZ = 'Asia/Jakarta';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-WASM ships prebuilt ESM workers; keep Vite from pre-bundling them.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	worker: { format: 'es' },
	build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
	server: { fs: { allow: ['data'] } },
	// Component tests (jsdom, the `client` environment) mount Svelte components: they need Svelte's
	// browser build, which Vitest's Node-style resolution would skip (`mount` is server-only
	// there). Only the client environment and only under Vitest; node tests keep their resolution.
	...(process.env.VITEST ? { environments: { client: { resolve: { conditions: ['browser', 'module', 'development|production'] } } } } : {}),
	test: {
		// Inlined so the client environment resolves it (externalized packages load with Node's conditions).
		server: { deps: { inline: ['svelte'] } },
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// SQL suites each start a DuckDB-WASM engine; on 2 cores two at a time is the sweet spot.
		maxWorkers: 2,
		// Two projects (tests/projects.ts says which file runs where and why).
		projects: [
			{ extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: [...ISOLATED], isolate: false } },
			{ extends: true, test: { name: 'isolated', include: [...ISOLATED] } }
		]
	}
});
