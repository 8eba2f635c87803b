/**
 * The DuckDB worker dies mid-session (issue "[5 of 5] Hardened"): a user with their own file in
 * use and a panel note written is on the overview of Kalimantan Tengah when the worker is killed
 * through the test hook (`src/lib/data/test-hooks.ts`, offered only because this test sets
 * `window.__cakupanTestHooks` before the app runs). They see the Indonesian message that the data
 * engine stopped and nothing is lost, with the one button, focused; no figure of the dead engine
 * is shown meanwhile; axe finds nothing serious in that state. Enter on the button restarts the
 * engine without a page load and without downloading the database file again (the service
 * worker holds it): the overview's figures are those of before, queried again on the
 * new engine, and they are the file's (read independently by `data-oracle.ts`), not the sample's:
 * the file's December counts are raised, so only a restart that re-applied it shows them. The
 * file is still in use on /data/ and the note still on /penilaian/.
 */
import type { Page } from '@playwright/test';
import { formatCount, formatPercent } from '../../src/lib/format';
import { id as messages } from '../../src/lib/i18n';
import { expectNoSeriousViolations } from './axe';
import { changedCsv, csvRows, figures } from './data-oracle';
import { expect, test, waitForReady } from './helpers';

// The service worker is on here: the restart takes the database from its cache, not the network
// (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const FILE = 'partisipasi-62-ubah.csv';
const PROVINCE = '62';
const MONTH = '2025-12';
const NOTE = 'Kunjungan lapangan: Disnaker menyiapkan data pekerja rentan; salinan SK diminta.';

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name }).click();
const overview = (page: Page) => page.locator('[data-view="overview"]');
/** Every headline tile's value, by metric. */
const tiles = (page: Page) =>
	page.locator('.overview [data-metric]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-metric'), el.querySelector('.tile__value')?.textContent?.trim() ?? '']));
/** Statements the engine ran (cache misses, `create-db.ts`) and loads finished, so far. */
const engineWork = (page: Page) =>
	page.evaluate(() => ({
		queries: performance.getEntriesByType('measure').filter((m) => m.name.startsWith('cakupan:query:')).length,
		loads: performance.getEntriesByName('cakupan:data').length
	}));

test('the engine dies mid-session: a clear message, one restart, the same figures, the file and the note kept', async ({ page }) => {
	test.setTimeout(90_000);
	await page.addInitScript(() => {
		window.__cakupanTestHooks = true;
	});
	const changed = changedCsv('data/examples/partisipasi-62.csv');
	const expected = await figures(csvRows(changed.toString('utf8')), PROVINCE, MONTH);
	const sample = await figures(null, PROVINCE, MONTH);
	expect(expected.active).toBeGreaterThan(sample.active);

	// The user's file, accepted on the data page.
	await page.goto(`/data/?wilayah=${PROVINCE}&periode=${MONTH}`);
	await waitForReady(page);
	await page.getByTestId('data-file-input').setInputFiles({ name: FILE, mimeType: 'text/csv', buffer: changed });
	const review = page.locator(`section.file[data-file="${FILE}"]`);
	await expect(review).toHaveAttribute('data-phase', 'review', { timeout: 30_000 });
	await review.getByRole('button', { name: 'Gunakan berkas ini' }).click();
	await expect(page.locator('[data-view="data"]')).toHaveAttribute('data-import-state', 'active', { timeout: 30_000 });

	// A panel note, saved.
	await nav(page, 'Penilaian Paritrana');
	const note = page.locator('textarea[name="catatan"]');
	await expect(note).toBeEnabled({ timeout: 30_000 });
	await note.fill(NOTE);
	await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');

	// The overview of the province: the file's figures.
	await nav(page, 'Ikhtisar Nasional');
	await expect(overview(page)).toHaveAttribute('data-rendered', `${PROVINCE}|${MONTH}|layak|id`);
	await expect(overview(page)).toHaveAttribute('data-source', 'live');
	await expect(page.locator('[data-metric="active"] .tile__value')).toHaveText(formatCount(expected.active));
	await expect(page.locator('[data-metric="ucj"] .tile__value')).toHaveText(formatPercent(expected.ucj));
	const before = await tiles(page);
	expect(before.length).toBeGreaterThanOrEqual(3);
	const work = await engineWork(page);
	// The service worker (registered once ready) holds the database file: the restart needs no download.
	const database = await page.evaluate(async () => {
		const manifest = await (await fetch('/data/dataset.json')).json();
		return `/data/${manifest.database.file}`;
	});
	await page.waitForFunction(async (url) => (await caches.match(url)) !== undefined, database, { timeout: 30_000 });
	const downloads: string[] = [];
	page.context().on('request', (request) => {
		if (new URL(request.url()).pathname === database) downloads.push(request.url());
	});

	// The worker dies.
	await page.evaluate(() => window.__cakupanEngine!.terminate());
	const app = page.locator('#app');
	await expect(app).toHaveAttribute('data-state', 'error');
	const line = page.locator('[data-load-error="stopped"]');
	await expect(line).toContainText(messages['load.error.stopped']);
	expect(messages['load.error.stopped']).toMatch(/^Mesin data berhenti\. Tidak ada yang hilang/);
	const restart = page.getByRole('button', { name: 'Mulai ulang mesin data' });
	await expect(restart).toBeFocused();
	// Nothing of the dead engine is presented as current: the view waits, hidden.
	await expect(overview(page)).toBeHidden();
	await expect(page.locator('[data-metric] .tile__value')).toHaveCount(before.length);
	await expect(page.locator('[data-metric] .tile__value').first()).toBeHidden();
	await expect(page.getByText(messages['error.query'])).toHaveCount(0);
	await expectNoSeriousViolations(page, 'engine stopped');

	// One action, from the keyboard. Until the new engine is ready the view stays hidden: every
	// load state seen with the view shown is recorded (none expected).
	await page.evaluate(() => {
		const app = document.getElementById('app')!;
		const view = app.querySelector<HTMLElement>('.view-slot')!;
		const seen: string[] = ((window as unknown as { __shownWhileLoading: string[] }).__shownWhileLoading = []);
		new MutationObserver(() => {
			if (!view.hidden && app.dataset.state !== 'ready') seen.push(app.dataset.state ?? '');
		}).observe(app, { attributes: true, subtree: true, attributeFilter: ['data-state', 'hidden'] });
	});
	await restart.focus();
	await page.keyboard.press('Enter');
	await waitForReady(page);
	expect(await page.evaluate(() => (window as unknown as { __shownWhileLoading: string[] }).__shownWhileLoading)).toEqual([]);
	expect(page.url()).toContain(`wilayah=${PROVINCE}`); // no page load: the same state, the same URL
	await expect(line).toHaveCount(0);
	await expect(overview(page)).toBeVisible();
	await expect(page.locator('#main')).toBeFocused();
	// The view asked the new engine again (a new load, statements run after it), and got the same figures.
	await expect.poll(() => engineWork(page)).toMatchObject({ loads: work.loads + 1 });
	await expect.poll(async () => (await engineWork(page)).queries).toBeGreaterThan(work.queries);
	await expect(overview(page)).toHaveAttribute('data-rendered', `${PROVINCE}|${MONTH}|layak|id`);
	await expect.poll(() => tiles(page)).toEqual(before);
	await expect(page.locator('[data-metric="active"] .tile__value')).toHaveText(formatCount(expected.active));
	expect(downloads, 'database file requests during the restart').toEqual([]);

	// The file is still in use, the note still there.
	await nav(page, 'Data Anda');
	await expect(page.locator(`[data-stored-file="${FILE}"]`)).toHaveAttribute('data-in-use', 'true');
	await expect(page.locator('[data-view="data"]')).toHaveAttribute('data-import-state', 'active');
	await nav(page, 'Penilaian Paritrana');
	await expect(page.locator('textarea[name="catatan"]')).toHaveValue(NOTE, { timeout: 30_000 });
});
