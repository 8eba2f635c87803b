/**
 * End-to-end tests against the BUILT site (`tests/e2e/serve.ts`), as a user gets it. Playwright does
 * not build: `npm run test:e2e` builds first when needed (`pretest:e2e`), CI builds before
 * `npm test`. Browser: CHROMIUM_PATH, else Debian's /usr/bin/chromium when present, else
 * Playwright's own download (`npx playwright install chromium`, which needs the internet).
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium';

// E2E_PORT: a second checkout (or a colleague's preview on 4173) can test on its own port.
const PORT = Number(process.env.E2E_PORT || 4173);
const executablePath = CHROMIUM_PATH;

// `vite preview` serves SvelteKit's build output; without it the server would start and 404.
if (!existsSync('build/index.html') || !existsSync('.svelte-kit/output/client')) {
	throw new Error('No built site: run `npm run build` first (or `npm run test:e2e`, which builds when needed).');
}

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	// Two cores: each test starts a 33 MB wasm engine; more workers only queue on the CPU.
	workers: process.env.CI ? 1 : 2,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 20_000 },
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// A trace only when a failed test runs again (CI retries once; locally: `--trace on`).
		// Recording every test's trace, kept on failure, made the suite about a third slower on
		// two cores (DOM snapshots at every action): penilaian + kantor specs 2.0 → 1.4 min.
		trace: 'on-first-retry',
		// The service worker is what the offline, smoke, engine-failure and corrupt-data specs test,
		// and they allow it (`test.use`). Elsewhere it only precaches the site (the 34 MB engine and
		// the 13 MB database again) into each fresh context while the test runs: blocked there, the
		// a11y, data, penilaian and kantor specs took 121 s instead of 145 s (same session).
		serviceWorkers: 'block',
		launchOptions: {
			executablePath,
			args: [...CHROMIUM_ARGS]
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }],
	webServer: {
		// The built site as a production host serves it, precompressed files included (serve.ts).
		command: `npx tsx tests/e2e/serve.ts ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
