/**
 * The browser the end-to-end tests and the benchmark drive: CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium when present, else Playwright's own download (undefined path).
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Path of the Chromium to launch, or undefined for Playwright's own browser. */
export const CHROMIUM_PATH: string | undefined =
	process.env.CHROMIUM_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

/**
 * Launch flags. On a closed network Chromium otherwise keeps dialling Google's hosts (refused),
 * which slows start-up and pollutes the logs; --no-sandbox because CI runs as root.
 */
export const CHROMIUM_ARGS: readonly string[] = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
