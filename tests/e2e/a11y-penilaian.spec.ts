/**
 * Accessibility of the assessment-panel view (/penilaian/): axe-core finds no `serious` or
 * `critical` violation in Bahasa Indonesia and in English, in the states a panel meets it in:
 * ready (a candidate chosen, its scorecard and the ranking drawn, two candidates side by side),
 * empty (a filter combination without candidates) and the load error (the database answered
 * 500). Each test loads the page once and switches the language through the header's link (a
 * client-side navigation), so each state is checked in both languages on one load.
 */
import type { Page, Route } from '@playwright/test';
import { translator } from '../../src/lib/i18n';
import { expectNoSeriousViolations } from './axe';
import { expect, switchLanguage as switchTo, test, waitForReady } from './helpers';

// Four axe runs on one load: each takes 5–20 s on a busy two-core machine, and the load itself up to a minute.
test.describe.configure({ timeout: 300_000 });
const READY = { timeout: 90_000 };
const id = translator('id');
const en = translator('en');

const view = (page: Page) => page.locator('[data-view="penilaian"]');

test('/penilaian/: ready (scorecard, ranking, side by side) and empty (no candidate matches), in id and en', async ({ page }) => {
	await page.goto('/penilaian/?provinsi=61&kandidat=PA2025-61-001&banding=PA2025-61-001,PA2025-61-002');
	await waitForReady(page, READY);
	await expect(view(page)).toHaveAttribute('data-scored', /^PA2025-61-001\|/, READY);
	await expect(page.locator('[data-table="scorecard"]')).toBeVisible();
	await expect(page.locator('[data-chart="comparison"] table')).toBeVisible();
	// Each compare button names its candidate for a screen reader.
	await expect(page.getByRole('button', { name: id('penilaian.compare.addedName', { name: 'Kabupaten Ketapang' }) })).toBeVisible();
	await expect(page.getByRole('button', { name: id('penilaian.compare.addName', { name: 'Kabupaten Sekadau' }) })).toBeVisible();
	await expectNoSeriousViolations(page, '/penilaian/ ready (id)');

	await switchTo(page, 'en');
	await expect(view(page)).toHaveAttribute('data-rendered', /\|PA2025-61-001\|en\|3$/);
	await expect(page.getByRole('button', { name: en('penilaian.compare.addName', { name: 'Kabupaten Mempawah' }) })).toHaveCount(0);
	await expect(page.getByRole('button', { name: en('penilaian.compare.addedName', { name: 'Kabupaten Mempawah' }) })).toBeVisible();
	await expectNoSeriousViolations(page, '/penilaian/ ready (en)');

	// Kalimantan Barat has no village candidates: the list is empty, no scorecard.
	await page.locator('select[name="kategori"]').selectOption('village_government');
	await expect(page.getByText(en('penilaian.list.none'))).toBeVisible();
	await expect(view(page)).toHaveAttribute('data-rendered', /\|null\|en\|0$/);
	await expectNoSeriousViolations(page, '/penilaian/ empty (en)');

	await switchTo(page, 'id');
	await expect(page.getByText(id('penilaian.list.none'))).toBeVisible();
	await expectNoSeriousViolations(page, '/penilaian/ empty (id)');
});

test('/penilaian/: load error, the database answered 500, in id and en', async ({ page }) => {
	await page.route('**/data/*.duckdb', (route: Route) => route.fulfill({ status: 500, body: 'server error' }));
	await page.goto('/penilaian/?kandidat=PA2025-61-001');
	await expect(page.locator('#app')).toHaveAttribute('data-state', 'error', READY);
	await expect(page.getByRole('button', { name: id('load.retry') })).toBeVisible();
	await expectNoSeriousViolations(page, '/penilaian/ load error (id)');

	await switchTo(page, 'en');
	await expect(page.getByRole('button', { name: en('load.retry') })).toBeVisible();
	await expectNoSeriousViolations(page, '/penilaian/ load error (en)');
});
