/**
 * Offline after one visit, across every view of the registry: the service worker has precached
 * the app, the pages, the database and the map on the first visit, and kept the one village file
 * the user opened. Then, with the browser offline (every request fails as it would with the
 * server gone), each view opens again from a reload with the same figures as online; the villages
 * of the province opened before still list; another province's villages say they need a
 * connection (axe on that state). The guard (helpers.ts) fails the test on any request off the
 * app's origin.
 */
import type { Page } from '@playwright/test';
import { translator } from '../../src/lib/i18n';
import { VIEWS } from '../../src/lib/views/registry';
import { expectNoSeriousViolations } from './axe';
import { expect, openApp, test, waitForReady } from './helpers';

// The service worker is on here: offline use is its work (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const READY = { timeout: 60_000 };
const t = translator('id');

/** Each view's URL in this test: Kalimantan Tengah where the view takes an area. */
const PATHS: Record<string, string> = {
	overview: '/?wilayah=62',
	kantor: '/kantor/?wilayah=62&pilih=6201&desa=1',
	penilaian: '/penilaian/?provinsi=62',
	data: '/data/',
	methods: '/metodologi/'
};

/** What a user reads of a view once it has drawn: its rendered key and its main text. */
async function reading(page: Page, id: string): Promise<{ rendered: string | null; text: string }> {
	const root = page.locator(`[data-view="${id}"]`);
	await expect(root).toBeVisible(READY);
	if (id === 'overview' || id === 'kantor' || id === 'penilaian') {
		await expect(root).toHaveAttribute('data-source', 'live', READY);
		await expect(root).toHaveAttribute('data-rendered', /\|/, READY);
	}
	if (id === 'kantor') await expect(page.locator('[data-panel="villages"]')).toHaveAttribute('data-state', 'ready', READY);
	if (id === 'data') await expect(root).toHaveAttribute('data-import-state', 'idle', READY);
	// The figures as read: tiles, tables and scorecards: the view's whole text, but for the data
	// page's storage estimate (the cache grows as the views are opened).
	const text = (await root.innerText()).replace(/\s+/g, ' ').replace(/Dipakai [\d.,]+ [KMG]?B dari [\d.,]+ [KMG]?B/, 'Dipakai …');
	return { rendered: await root.getAttribute('data-rendered'), text };
}

async function cachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) paths.push(new URL(r.url).pathname);
		return paths;
	});
}

test('after one visit every view opens offline with the figures it showed online; unopened villages need a connection', async ({ page, context }) => {
	// Six loads of the app, five of them from the service worker's cache.
	test.setTimeout(240_000);
	expect(VIEWS.map((v) => v.id).sort(), 'a view without a path here').toEqual(Object.keys(PATHS).sort());

	// Online: the first visit installs the service worker; then each view once by a link, as a user would.
	await page.goto(PATHS.overview!);
	await waitForReady(page, READY);
	await page.evaluate(async () => {
		if (!(await navigator.serviceWorker.ready).active) throw new Error('no active service worker');
	});
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), READY).toBe(true);
	const online: Record<string, { rendered: string | null; text: string }> = {};
	for (const view of VIEWS) {
		await openApp(page, PATHS[view.id]!);
		online[view.id] = await reading(page, view.id);
	}
	const cached = await cachedPaths(page);
	expect(cached.filter((p) => /-villages-62\.duckdb$/.test(p)), "Kalimantan Tengah's village file, kept").toHaveLength(1);
	expect(cached.filter((p) => /-villages-64\.duckdb$/.test(p)), "Kalimantan Timur's, never opened").toEqual([]);

	// Offline: every request the service worker cannot answer from its cache fails.
	await context.setOffline(true);
	expect(await page.evaluate(() => fetch(`/offline-probe-${Date.now()}`).then(() => 'online', () => 'offline'))).toBe('offline');
	for (const view of VIEWS) {
		const response = await page.goto(PATHS[view.id]!);
		expect(response?.fromServiceWorker(), `${view.id} from the service worker`).toBe(true);
		await waitForReady(page, READY);
		const offline = await reading(page, view.id);
		expect(offline.rendered, view.id).toBe(online[view.id]!.rendered);
		expect(offline.text, view.id).toBe(online[view.id]!.text);
	}

	// A province whose villages were never opened: the panel says they need a connection, the rest works.
	await openApp(page, '/kantor/?wilayah=64&pilih=6471&desa=1');
	const panel = page.locator('[data-panel="villages"]');
	await expect(panel).toHaveAttribute('data-state', 'offline', READY);
	await expect(panel.getByRole('alert')).toHaveText(t('villages.offline', { province: 'Kalimantan Timur' }));
	await expect(page.locator('[data-view="kantor"]')).toHaveAttribute('data-rendered', /^province:64\|.*\|6471\|/, READY);
	await expect(page.locator('[data-chart="ranking-table"] tbody tr').first()).toBeVisible();
	await expectNoSeriousViolations(page, '/kantor/ offline, villages needing a connection');
});
