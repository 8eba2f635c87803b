/**
 * The app starts: DuckDB-WASM loads from the app's own origin, attaches the built database and
 * checks it (sha256 against the manifest; row counts where Web Crypto is missing), with no foreign request and no CSP
 * violation (the guard in helpers.ts); and it opens again offline after one visit. The village
 * detail files are left for a drill-down: no view attaches them yet, so no URL can make the app
 * fetch one, which the first-visit check below also covers for a province's link.
 */
import type { ServedManifest } from '../../src/lib/data/database';
import { expect, loadTimings, test, waitForReady } from './helpers';

// The service worker is on here: its precache is part of what this spec checks
// (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('the engine and the database load from the app itself', async ({ page, request }) => {
	const manifest = (await (await request.get('/data/dataset.json')).json()) as ServedManifest;
	const engineFiles: string[] = [];
	page.on('request', (r) => {
		if (/duckdb.*\.(wasm|js)$/.test(new URL(r.url()).pathname)) engineFiles.push(new URL(r.url()).pathname);
	});

	await page.goto('/');
	await waitForReady(page);

	// The footer shows the manifest the engine loaded (set when the database is ready).
	const footer = page.getByRole('contentinfo');
	await expect(footer).toContainText(manifest.title);
	await expect(footer).toContainText(manifest.version);
	expect(engineFiles.some((path) => path.startsWith('/_app/immutable/') && path.endsWith('.wasm'))).toBe(true);
	expect(engineFiles.some((path) => path.startsWith('/_app/immutable/') && path.includes('worker'))).toBe(true);
	const timings = await loadTimings(page);
	expect(Object.keys(timings)).toEqual(expect.arrayContaining(['cakupan:engine', 'cakupan:download', 'cakupan:data']));
	test.info().annotations.push({ type: 'timings (ms)', description: JSON.stringify(timings) });
});

test('no village detail file on a first visit (nor in the precache); one fetched later is kept for offline use', async ({ page, context, request }) => {
	const manifest = (await (await request.get('/data/dataset.json')).json()) as ServedManifest;
	const [province, detail] = Object.entries(manifest.database.detail)[0]!;
	const detailRequests: string[] = [];
	page.on('request', (r) => {
		if (/-villages-/.test(new URL(r.url()).pathname)) detailRequests.push(r.url());
	});
	const cachedPaths = () =>
		page.evaluate(async () => {
			const paths: string[] = [];
			for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) paths.push(new URL(r.url).pathname);
			return paths;
		});

	// A province's overview is no village view: still only the core file.
	await page.goto(`/?wilayah=${province}`);
	await waitForReady(page);
	await page.evaluate(async () => {
		if (!(await navigator.serviceWorker.ready).active) throw new Error('no active service worker');
	});
	await expect.poll(async () => (await cachedPaths()).includes(`/data/${manifest.database.file}`), { timeout: 30_000 }).toBe(true);
	expect(detailRequests, 'detail files the page asked for').toEqual([]);
	expect((await cachedPaths()).filter((path) => path.includes('-villages-')), 'detail files precached').toEqual([]);

	// Fetched once (as attachDetail fetches it) in this same first visit, the file is cached, and offline it still comes.
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	const fetchSize = (url: string) => page.evaluate(async (u) => (await (await fetch(u, { cache: 'no-cache' })).arrayBuffer()).byteLength, url);
	expect(await fetchSize(`/data/${detail.file}`)).toBe(detail.bytes);
	await expect.poll(async () => (await cachedPaths()).includes(`/data/${detail.file}`), { timeout: 10_000 }).toBe(true);
	await context.setOffline(true);
	expect(await fetchSize(`/data/${detail.file}`)).toBe(detail.bytes);
});

test('a failed download shows why, and retry loads the data', async ({ page }) => {
	let failures = 1;
	await page.route('**/data/*.duckdb', (route) => (failures-- > 0 ? route.abort('connectionreset') : route.fallback()));

	await page.goto('/');
	const app = page.locator('#app');
	await expect(app).toHaveAttribute('data-state', 'error');
	await expect(app).toContainText('Berkas data tidak dapat diunduh');

	await page.getByRole('button', { name: 'Coba lagi' }).click();
	await waitForReady(page);
});

// Offline after one visit, every view: tests/e2e/offline.spec.ts.
