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
 * Features Playwright 1.65 disables (its chromiumSwitches.ts). Chromium reads only the last
 * `--disable-features` of a command line, so ours must repeat them.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch'
];

/**
 * The omnibox's WebUI popups: headless Chromium 156 still builds them for every new window, which
 * is every test's browser context, in a renderer of their own (about 380 chrome:// scripts).
 * Measured on this 2-core machine: a new context with a blank page cost 3.0 s of CPU with them,
 * 0.8 s without.
 */
const OMNIBOX_WEBUI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Launch flags. On a closed network Chromium otherwise keeps dialling Google's hosts (refused),
 * which slows start-up and pollutes the logs; --no-sandbox because CI runs as root.
 */
export const CHROMIUM_ARGS: readonly string[] = [
	`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_WEBUI_FEATURES].join(',')}`,
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
