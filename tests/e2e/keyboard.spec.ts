/**
 * Leadership's main task from the keyboard alone: read the national picture, a province's beside
 * it, and the ranking's rows as a table. (The office's task, finding and explaining a decline, is
 * walked in kantor.spec.ts; the panel's, choosing, reweighting and printing a candidate's pack, in
 * penilaian.spec.ts.) Every figure read is checked against the independent query of
 * overview-oracle.ts.
 */
import type { Page } from '@playwright/test';
import { translator } from '../../src/lib/i18n';
import { expect, openApp, test } from './helpers';
import { expectTiles, independent, overviewOracle } from './overview-oracle';

const t = translator('id');

/** Tab (or Shift+Tab) until `selector` has the focus; fails after 150 presses. */
async function tabTo(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
	const target = page.locator(selector).first();
	for (let i = 0; i < 150; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`${selector} never had the focus`);
}

test('leadership, keyboard alone: the national tiles, a province beside them, the province ranking as a table', async ({ app: page }) => {
	const conn = await overviewOracle();
	await openApp(page, '/?periode=2024-12');
	const view = page.locator('[data-view="overview"]');
	await expect(view).toHaveAttribute('data-rendered', 'ID|2024-12|layak|id');

	// The skip link first, then on to the area picker.
	await page.keyboard.press('Tab');
	await expect(page.locator('a.skip')).toBeFocused();
	await page.keyboard.press('Enter');
	await tabTo(page, 'select[name="wilayah"]');
	await expectTiles(page, await independent(conn, ''));

	// Kalimantan Timur with the arrow keys; its tiles, then back to Indonesia.
	const picker = page.locator('select[name="wilayah"]');
	const options = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	const steps = options.indexOf('64') - options.indexOf('ID');
	expect(steps).toBeGreaterThan(0);
	for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
	await expect(view).toHaveAttribute('data-rendered', '64|2024-12|layak|id');
	await expectTiles(page, await independent(conn, '64'));
	for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowUp');
	await expect(view).toHaveAttribute('data-rendered', 'ID|2024-12|layak|id');
	await expectTiles(page, await independent(conn, ''));

	// The province ranking's rows as a table: every province, Kalimantan Timur's coverage as its tile said.
	const ranking = page.locator('[data-chart="ranking"]');
	await tabTo(page, `[data-chart="ranking"] button:has-text("${t('export.showTable')}")`);
	await page.keyboard.press('Enter');
	const rows = ranking.locator('.data-table table tbody tr');
	const provinces = Number((await (await conn.runAndReadAll(`SELECT count(*)::INT AS n FROM regions WHERE length(code) = 2`)).getRowObjectsJS())[0]!.n);
	await expect(rows).toHaveCount(provinces);
	const kaltim = await independent(conn, '64');
	const kaltimRow = rows.filter({ hasText: 'Kalimantan Timur' });
	await expect(kaltimRow).toHaveCount(1);
	await expect(kaltimRow).toContainText(new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(kaltim.ucj));
});
