/**
 * The e2e `test` every spec imports instead of Playwright's: each test fails when
 *   - any request (page, DuckDB's worker, the service worker) leaves localhost: it is aborted
 *     and recorded; the app may fetch nothing from another origin, ever;
 *   - the page reports a Content-Security-Policy violation (recorded by an init script into
 *     `window.__cspViolations`, and sent to the test as it happens);
 *   - the page throws an uncaught error.
 *
 * Readiness contract with the root layout: its root element `#app` carries
 * `data-state={status.phase}` from `$lib/data/status.svelte` (idle, engine, download, attach,
 * ready, error). `waitForReady(page)` waits for `ready` and fails at once on `error`; never a
 * fixed delay.
 *
 * @example
 * import { expect, test, waitForReady } from './helpers';
 * test('shows coverage', async ({ page }) => { await page.goto('/'); await waitForReady(page); ... });
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };

/** A CSP violation as the page saw it. */
export interface CspViolation {
	readonly directive: string;
	readonly blockedURI: string;
	readonly sourceFile: string;
	readonly sample: string;
}

declare global {
	interface Window {
		__cspViolations?: CspViolation[];
		__reportCspViolation?: (violation: CspViolation) => void;
	}
}

/** What a test's guard saw; checked after the test body. */
export interface Guard {
	readonly foreignRequests: string[];
	readonly cspViolations: CspViolation[];
	readonly pageErrors: string[];
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a URL stays on this machine (data: and blob: never touch the network). */
export function isLocalUrl(url: string): boolean {
	const { protocol, hostname } = new URL(url);
	if (protocol === 'data:' || protocol === 'blob:') return true;
	return LOCAL_HOSTS.has(hostname);
}

/** Records what the guard watches on `context` and `page`; the lists are the test's to check. */
async function installGuard(context: BrowserContext, page: Page): Promise<Guard> {
	const guard: Guard = { foreignRequests: [], cspViolations: [], pageErrors: [] };
	// The context's routes also see requests of workers and the service worker.
	await context.route(
		(url) => !isLocalUrl(url.href),
		(route) => {
			guard.foreignRequests.push(route.request().url());
			return route.abort('blockedbyclient');
		}
	);
	await page.exposeFunction('__reportCspViolation', (violation: CspViolation) => {
		guard.cspViolations.push(violation);
	});
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			const violation = {
				directive: e.effectiveDirective || e.violatedDirective,
				blockedURI: e.blockedURI,
				sourceFile: e.sourceFile,
				sample: e.sample
			};
			window.__cspViolations!.push(violation);
			void window.__reportCspViolation?.(violation);
		});
	});
	page.on('pageerror', (error) => guard.pageErrors.push(error.stack || `${error.name}: ${error.message}` || String(error)));
	return guard;
}

function expectClean(guard: Guard): void {
	expect(guard.foreignRequests, 'requests to another origin').toEqual([]);
	expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
	expect(guard.pageErrors, 'uncaught page errors').toEqual([]);
}

/** The worker's long-lived page (`app`): one context, its guard, and whether a test left it unusable. */
interface SharedApp {
	page(): Promise<{ page: Page; guard: Guard }>;
	discard(): Promise<void>;
}

export const test = base.extend<{ app: Page }, { sharedApp: SharedApp }>({
	// Every test's own page carries the guard.
	page: async ({ page, context }, use) => {
		const guard = await installGuard(context, page);
		await use(page);
		expectClean(guard);
	},
	sharedApp: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL, viewport, serviceWorkers } = workerInfo.project.use;
			type Session = { context: BrowserContext; page: Page; guard: Guard };
			let current = null as Session | null;
			await use({
				async page() {
					if (!current) {
						const context = await browser.newContext({ baseURL, viewport, serviceWorkers });
						const page = await context.newPage();
						current = { context, page, guard: await installGuard(context, page) };
					}
					return current;
				},
				async discard() {
					await current?.context.close();
					current = null;
				}
			});
			await current?.context.close();
		},
		{ scope: 'worker' }
	],
	// A page shared by the worker's tests that ask for `app`: the engine started by the first one
	// serves the next (`openApp` navigates client-side), as it does for a user moving between
	// views. A test that fails discards it, so the next starts on a fresh page and context.
	app: async ({ sharedApp }, use, testInfo) => {
		const { page, guard } = await sharedApp.page();
		guard.foreignRequests.length = guard.cspViolations.length = guard.pageErrors.length = 0;
		await use(page);
		const passed = testInfo.status === testInfo.expectedStatus;
		if (!passed) await sharedApp.discard();
		expectClean(guard);
	}
});

/**
 * Opens `url` on `page` with the data ready. When the app is already loaded there (the shared
 * `app` page), it goes client-side through links, as a user following them, so the engine stays:
 * first to /metodologi/, so the target view mounts afresh (no table or query left open by an
 * earlier test), then to `url`. Otherwise it loads the page.
 */
export async function openApp(page: Page, url: string): Promise<void> {
	const loaded = page.url().startsWith('http') && (await page.locator('#app[data-state="ready"]').count()) > 0;
	if (!loaded) {
		await page.goto(url);
	} else {
		const target = new URL(url, page.url());
		if (target.pathname !== METHODS_PATH && new URL(page.url()).pathname !== METHODS_PATH) await followLink(page, METHODS_PATH);
		if (target.href !== page.url()) await followLink(page, url);
	}
	// A first load on a busy two-core machine can take most of a minute.
	await waitForReady(page, { timeout: 60_000 });
}

/** The view with no state of its own to carry over: the neutral stop between two tests. */
const METHODS_PATH = '/metodologi/';

/** Wait until the database is loaded (`#app[data-state="ready"]`); fails at once on `error`. */
export async function waitForReady(page: Page, { timeout = 30_000 }: { timeout?: number } = {}): Promise<void> {
	const app = page.locator('#app');
	await untilAttribute(page, '#app', 'data-state', /^(ready|error)$/, { timeout });
	const state = await app.getAttribute('data-state');
	if (state !== 'ready') {
		throw new Error(`data did not load: data-state="${state}": ${await app.innerText()}`);
	}
}

/**
 * Wait until the first element matching `selector` has attribute `name` matching `pattern`,
 * checked in the page at every animation frame. Playwright's `toHaveAttribute` re-checks on a
 * back-off that settles at one check per 500 ms, so a state reached after a second or two (an
 * engine start, a view drawn) is seen about 250 ms late on average; the suite waits so a few
 * hundred times. On timeout it fails naming the value it last saw.
 */
export async function untilAttribute(page: Page, selector: string, name: string, pattern: RegExp, { timeout = 30_000 }: { timeout?: number } = {}): Promise<void> {
	try {
		await page.waitForFunction(
			([selector, name, source, flags]) => {
				const value = document.querySelector(selector)?.getAttribute(name);
				return value != null && new RegExp(source, flags).test(value);
			},
			[selector, name, pattern.source, pattern.flags] as const,
			{ polling: 'raf', timeout }
		);
	} catch (error) {
		const value = await page.locator(selector).first().getAttribute(name, { timeout: 1_000 }).catch(() => null);
		throw new Error(`${selector} [${name}] did not match ${pattern} within ${timeout} ms (last: ${JSON.stringify(value)})`, { cause: error });
	}
}

/** The load timings the app recorded (ms), by measure name: `cakupan:engine`, `cakupan:data`, … */
export async function loadTimings(page: Page): Promise<Record<string, number>> {
	return page.evaluate(() =>
		Object.fromEntries(
			performance
				.getEntriesByType('measure')
				.filter((m) => m.name.startsWith('cakupan:'))
				.map((m) => [m.name, Math.round(m.duration)])
		)
	);
}

/**
 * Follows a same-origin link as a user's click does: a link put inside the app's root, where
 * SvelteKit intercepts clicks, so it navigates client-side and the engine stays. Waits for the
 * address to change (a view may then tidy it, e.g. drop a malformed value); the caller waits for
 * the state it expects.
 */
export async function followLink(page: Page, href: string): Promise<void> {
	const before = await page.evaluate(() => location.href);
	await page.evaluate((target) => {
		const link = document.createElement('a');
		link.href = target;
		link.textContent = 'link';
		document.getElementById('app')!.append(link);
		link.click();
		link.remove();
	}, href);
	await expect.poll(() => page.evaluate(() => location.href), { message: `navigated to ${href.slice(0, 300)}` }).not.toBe(before);
}

/** Switches the language with the header's link and waits for the page in it. */
export async function switchLanguage(page: Page, locale: 'id' | 'en'): Promise<void> {
	await page.getByRole('link', { name: locale === 'en' ? 'English' : 'Bahasa Indonesia' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
}
