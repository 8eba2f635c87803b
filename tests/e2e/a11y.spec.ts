/**
 * Accessibility: axe-core over every view in every state a user can meet it in, in Bahasa
 * Indonesia and in English. A test fails on any `serious` or `critical` violation and names
 * each one (rule, impact, the nodes' selectors); minor and moderate findings are left to review.
 *
 * States: ready (live figures drawn); loading (the database download held, so the build-time
 * snapshot's figures are what shows); load error (the database request answered 500, or
 * aborted: the layout's error and retry button); the overview's notices (a malformed and an
 * unknown `wilayah`); a selected region (the ranking's active option); every chart's data table
 * and query opened; on /kantor/, a regency selected with its decline explained, its villages
 * open and a comparison, a month with nothing to compare against (empty finder), a village file
 * that fails, and notices. The guard in helpers.ts still runs: a database request failed on purpose
 * here is answered by `page.route`, on the app's own origin, so it is no foreign request, and
 * the app handles it, so it is no page error either.
 */
import type { Page, Route } from '@playwright/test';
import { translator, type Locale } from '../../src/lib/i18n';
import { expectNoSeriousViolations } from './axe';
import { expect, test, waitForReady } from './helpers';

// One test at a time (the file runs beside the other spec files): each starts a 33 MB wasm
// engine, and on a loaded two-core machine two of them at once outlast the default waits.
test.describe.configure({ mode: 'default', timeout: 120_000 });
const READY = { timeout: 90_000 };

const LOCALES: Locale[] = ['id', 'en'];
const PAGES = ['/', '/kantor/', '/metodologi/'] as const;
/** The views that draw figures, by path: their root's `data-view`. */
const VIEW_OF: Partial<Record<(typeof PAGES)[number], string>> = { '/': 'overview', '/kantor/': 'kantor' };
/** The database files (core and per-province detail); the engine's own files are not matched. */
const DATABASE = '**/data/*.duckdb';

/** `path` with `extra` query parameters and, for English, `bahasa=en`. */
function url(path: string, locale: Locale, extra = ''): string {
	const params = [extra, locale === 'en' ? 'bahasa=en' : ''].filter(Boolean).join('&');
	return params ? `${path}?${params}` : path;
}

/** Waits until the view (`overview` by default) shows figures from `source` (`live` or `snapshot`). */
async function overviewDrawn(page: Page, source: 'live' | 'snapshot', id = 'overview'): Promise<void> {
	const view = page.locator(`[data-view="${id}"]`);
	await expect(view).toHaveAttribute('data-source', source);
	await expect(view).toHaveAttribute('data-rendered', /\|/);
}

for (const locale of LOCALES) {
	const t = translator(locale);

	test.describe(`a11y (${locale})`, () => {
		for (const path of PAGES) {
			test(`${path}: ready`, async ({ page }) => {
				await page.goto(url(path, locale));
				await waitForReady(page, READY);
				const id = VIEW_OF[path];
				if (id) await overviewDrawn(page, 'live', id);
				else await expect(page.locator('.provenance')).toBeVisible();
				await expectNoSeriousViolations(page, `${path} ready (${locale})`);
			});

			// /kantor/'s structure is the same in both languages and each run is long (a large
			// page for axe): its loading and error states run in Indonesian only.
			const once = path === '/kantor/' && locale === 'en' ? () => {} : test;
			once(`${path}: loading, the database download held`, async ({ page }) => {
				// Never answered: the engine waits on the file for the rest of the test.
				await page.route(DATABASE, () => {});
				await page.goto(url(path, locale));
				const id = VIEW_OF[path];
				if (id) await overviewDrawn(page, 'snapshot', id);
				else await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('methods.title'));
				await expect(page.locator('#app')).toHaveAttribute('data-state', /^(engine|download|attach)$/);
				await expectNoSeriousViolations(page, `${path} loading (${locale})`);
			});

			once(`${path}: load error, the database answered 500`, async ({ page }) => {
				await page.route(DATABASE, (route: Route) => route.fulfill({ status: 500, body: 'server error' }));
				await page.goto(url(path, locale));
				await expect(page.locator('#app')).toHaveAttribute('data-state', 'error');
				await expect(page.getByRole('button', { name: t('load.retry') })).toBeVisible();
				await expectNoSeriousViolations(page, `${path} load error (${locale})`);
			});
		}

		test('/: load error, the database request aborted', async ({ page }) => {
			await page.route(DATABASE, (route: Route) => route.abort('connectionreset'));
			await page.goto(url('/', locale));
			await expect(page.locator('#app')).toHaveAttribute('data-state', 'error');
			await expect(page.getByText(t('load.failed'))).toBeVisible();
			await expectNoSeriousViolations(page, `/ load aborted (${locale})`);
		});

		test('/: notice for a malformed wilayah (99x)', async ({ page }) => {
			await page.goto(url('/', locale, 'wilayah=99x'));
			await waitForReady(page, READY);
			await overviewDrawn(page, 'live');
			await expect(page.getByText(t('overview.problem.param', { param: 'wilayah', value: '99x' }))).toBeVisible();
			await expectNoSeriousViolations(page, `/?wilayah=99x (${locale})`);
		});

		test('/: notice for an unknown wilayah (6499)', async ({ page }) => {
			await page.goto(url('/', locale, 'wilayah=6499'));
			await waitForReady(page, READY);
			await expect(page.getByText(t('overview.problem.area', { code: '6499' }))).toBeVisible();
			await overviewDrawn(page, 'live');
			await expectNoSeriousViolations(page, `/?wilayah=6499 (${locale})`);
		});

		test('/: a regency selected in its province ranking', async ({ page }) => {
			await page.goto(url('/', locale, 'wilayah=6401'));
			await waitForReady(page, READY);
			await overviewDrawn(page, 'live');
			const ranking = page.locator('[data-chart="ranking"] [role="listbox"]');
			const active = await ranking.getAttribute('aria-activedescendant');
			expect(active).toBeTruthy();
			await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
			await expectNoSeriousViolations(page, `/?wilayah=6401 (${locale})`);
		});

		test('/kantor/: a regency selected, its decline explained, its villages open, compared with another', async ({ page }) => {
			await page.goto(url('/kantor/', locale, 'wilayah=64&pilih=6471&desa=1&banding=6471,6472'));
			await waitForReady(page, READY);
			await overviewDrawn(page, 'live', 'kantor');
			await expect(page.locator('[data-sentence]')).toBeVisible();
			await expect(page.locator('[data-panel="villages"]')).toHaveAttribute('data-state', 'ready', READY);
			await expect(page.locator('[data-chart="comparison"] table')).toBeVisible();
			await expectNoSeriousViolations(page, `/kantor/ selection, villages, comparison (${locale})`);
		});

		(locale === 'id' ? test : () => {})('/kantor/: empty, a month with no year before (no declines, no growth)', async ({ page }) => {
			await page.goto(url('/kantor/', locale, 'wilayah=62&periode=2019-12'));
			await waitForReady(page, READY);
			await overviewDrawn(page, 'live', 'kantor');
			await expect(page.locator('[data-chart="decline"] [data-figure-state="empty"]')).toBeVisible();
			await expectNoSeriousViolations(page, `/kantor/ empty (${locale})`);
		});

		(locale === 'id' ? test : () => {})('/kantor/: the village file fails, the panel says so and offers a retry', async ({ page }) => {
			await page.route('**/data/*-villages-*.duckdb', (route: Route) => route.fulfill({ status: 500, body: 'server error' }));
			await page.goto(url('/kantor/', locale, 'wilayah=62&pilih=6201&desa=1'));
			await waitForReady(page, READY);
			await expect(page.locator('[data-panel="villages"]')).toHaveAttribute('data-state', 'error', READY);
			await expect(page.locator('[data-view="kantor"]')).toHaveAttribute('data-rendered', /\|6201\|/);
			await expectNoSeriousViolations(page, `/kantor/ village error (${locale})`);
		});

		(locale === 'id' ? test : () => {})('/kantor/: notices for an unknown branch office and a malformed selection', async ({ page }) => {
			await page.goto(url('/kantor/', locale, 'cabang=Atlantis&pilih=99'));
			await waitForReady(page, READY);
			await overviewDrawn(page, 'live', 'kantor');
			await expect(page.getByText(t('kantor.problem.param', { param: 'pilih', value: '99' }))).toBeVisible();
			await expectNoSeriousViolations(page, `/kantor/ notices (${locale})`);
		});

		test('/: every chart with its data table and query shown', async ({ page }) => {
			await page.goto(url('/', locale, 'wilayah=64'));
			await waitForReady(page, READY);
			await overviewDrawn(page, 'live');
			const frames = page.locator('[data-chart]');
			const count = await frames.count();
			expect(count).toBeGreaterThan(1);
			for (let i = 0; i < count; i++) {
				const frame = frames.nth(i);
				await frame.getByRole('button', { name: t('export.showTable') }).click();
				await frame.getByRole('button', { name: t('export.showQuery') }).click();
				// The frame's own data table (a chart such as the decliners may hold a table too).
				await expect(frame.locator('.data-table table')).toBeVisible();
				await expect(frame.locator('pre code')).toContainText('SELECT');
			}
			await expectNoSeriousViolations(page, `/?wilayah=64 tables and queries (${locale})`);
		});
	});
}

test('keyboard: the ranking listbox announces the active region; the trend slider moves its rule in place', async ({ page }) => {
	await page.goto('/?wilayah=64&periode=2024-12');
	await waitForReady(page, READY);
	await overviewDrawn(page, 'live');
	const view = page.locator('[data-view="overview"]');

	// The trend: a month step changes the period, and the figure is the same node (no rebuild).
	const slider = page.locator('[data-chart="trend"] [role="slider"]');
	await slider.locator('svg').first().evaluate((svg) => svg.setAttribute('data-probe', 'kept'));
	await slider.focus();
	await page.keyboard.press('ArrowLeft');
	await expect(view).toHaveAttribute('data-rendered', '64|2024-11|layak|id');
	await expect(slider).toHaveAttribute('aria-valuetext', /^November 2024: PU /);
	await expect(slider.locator('svg[data-probe="kept"]')).toHaveCount(1);

	// The ranking: Home selects the first region, Down the second; the active option says so.
	const listbox = page.locator('[data-chart="ranking"] [role="listbox"]');
	const activeText = async () => page.locator(`[id="${await listbox.getAttribute('aria-activedescendant')}"]`).textContent();
	await listbox.focus();
	await page.keyboard.press('Home');
	await expect(listbox).toHaveAttribute('aria-activedescendant', /option-64\d\d$/);
	expect(await activeText()).toMatch(/^1\. .+: \d+,\d%$/);
	await listbox.focus();
	await page.keyboard.press('ArrowDown');
	await expect.poll(activeText).toMatch(/^2\. .+: \d+,\d%$/);
	await expect(listbox.locator('[role="option"][aria-selected="true"]')).toHaveCount(1);
});
