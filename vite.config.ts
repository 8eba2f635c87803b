import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Figures are dated in Indonesian time; pin it so month boundaries never shift under a test.
process.env.TZ = 'Asia/Jakarta';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-WASM ships prebuilt ESM workers; keep Vite from pre-bundling them.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	worker: { format: 'es' },
	build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// SQL suites each start a DuckDB-WASM engine; on 2 cores two at a time is the sweet spot.
		maxWorkers: 2
	}
});
