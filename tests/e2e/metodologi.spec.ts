/**
 * The methods page is built from the metric registry (the same definitions the views use) and
 * carries the data's provenance and the attribution; printouts hide controls and show what
 * the figures come from.
 */
import { METRIC_IDS } from '../../src/lib/metrics/ids';
import { METRICS } from '../../src/lib/metrics/registry';
import { expect, openApp, test } from './helpers';

test('Metodologi lists every metric with its registry definition, in both languages', async ({ app: page }) => {
	await openApp(page, '/metodologi/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metodologi');
	for (const id of METRIC_IDS) {
		const entry = page.locator(`#metrik-${id}`);
		await expect(entry.locator('dt strong')).toHaveText(METRICS[id].label.id);
		await expect(entry).toContainText(METRICS[id].formula.id);
	}
	await expect(page.getByText('Cahya DSN, MIT License').first()).toBeVisible();
	await expect(page.locator('.provenance')).toContainText('cakupan-sample');

	await page.getByRole('link', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodology');
	await expect(page.locator('#metrik-ucj dt strong')).toHaveText(METRICS.ucj.label.en);
});

test('a printout hides the controls and shows the dataset, its checksum and the view', async ({ app: page }) => {
	await openApp(page, '/?wilayah=64&periode=2024-12');
	await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', '64|2024-12|layak|id');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('form.controls')).toBeHidden();
	await expect(page.locator('.chart-frame__toolbar').first()).toBeHidden();
	const meta = page.locator('.print-meta');
	await expect(meta).toBeVisible();
	await expect(meta).toContainText('2025.12-s42');
	await expect(meta).toContainText('DATA SINTETIS');
	await expect(meta).toContainText('wilayah=64&periode=2024-12');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ikhtisar Kalimantan Timur');
	await page.emulateMedia({ media: null }); // the page is shared: back to the screen
});
