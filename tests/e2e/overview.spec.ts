/**
 * The national overview as a user reads it, checked against an independent query: plain SQL
 * over the sample's Parquet files in native DuckDB, written here without the app's query
 * builders or metric functions, then formatted the Indonesian (or English) way (the tiles'
 * oracle: overview-oracle.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { formatInteger, formatPercent } from '../../src/lib/format';
import { expect, openApp, test, waitForReady } from './helpers';
import { expectTiles, independent, overviewOracle, tile } from './overview-oracle';

let conn: DuckDBConnection;

test.beforeAll(async () => {
	conn = await overviewOracle();
});

async function openOverview(page: Page, query: string, key: string) {
	await openApp(page, `/${query}`);
	await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', key);
}

test('Indonesia, December 2024: every tile equals the independent query', async ({ app: page }) => {
	const f = await independent(conn, '');
	expect(f.attainment).not.toBeNull(); // the national target is in the data under the code 'ID'
	await openOverview(page, '?periode=2024-12', 'ID|2024-12|layak|id');
	await expectTiles(page, f);
	await expect(tile(page, 'active')).toHaveText('45,22 juta'); // DOMAIN.md: 45.22 M in Dec 2024
});

test('Kalimantan Timur, December 2024: every tile equals the independent query', async ({ app: page }) => {
	const f = await independent(conn, '64');
	expect(f.attainment).not.toBeNull();
	await openOverview(page, '?wilayah=64&periode=2024-12', '64|2024-12|layak|id');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ikhtisar Kalimantan Timur');
	await expectTiles(page, f);
});

test('the trend table has 84 months × 4 segments and its December 2024 row equals SQL', async ({ app: page }) => {
	await openOverview(page, '?periode=2024-12', 'ID|2024-12|layak|id');
	const trend = page.locator('[data-chart="trend"]');
	await trend.getByRole('button', { name: 'Tampilkan tabel data' }).click();
	const table = trend.getByRole('table');
	await expect(table.locator('tbody tr')).toHaveCount(84);
	await expect(table.locator('thead th')).toHaveText(['Bulan', 'Penerima Upah (PU)', 'Bukan Penerima Upah (BPU)', 'Jasa Konstruksi (Jakon)', 'Pekerja Migran Indonesia (PMI)']);
	const reader = await conn.runAndReadAll(
		`SELECT segment, sum(active)::DOUBLE AS active FROM participation WHERE month = DATE '2024-12-01' GROUP BY segment`
	);
	const bySegment = Object.fromEntries(reader.getRowObjectsJS().map((r) => [r.segment, r.active as number]));
	const december = table.locator('tbody tr').filter({ hasText: 'Desember 2024' });
	await expect(december.locator('th, td')).toHaveText([
		'Desember 2024',
		formatInteger(bySegment.PU!),
		formatInteger(bySegment.BPU!),
		formatInteger(bySegment.JAKON!),
		formatInteger(bySegment.PMI!)
	]);
});

test('English shows "45.22 million" where Indonesian showed "45,22 juta"', async ({ app: page }) => {
	await openOverview(page, '?periode=2024-12', 'ID|2024-12|layak|id');
	await expect(tile(page, 'active')).toHaveText('45,22 juta');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/bahasa=en/);
	await expect(tile(page, 'active')).toHaveText('45.22 million');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('National overview');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a reload restores the URL state, and Back undoes a province change', async ({ app: page }) => {
	await openOverview(page, '?periode=2024-12', 'ID|2024-12|layak|id');
	await page.locator('select[name="wilayah"]').selectOption('64');
	await expect(page).toHaveURL(/wilayah=64/);
	await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', '64|2024-12|layak|id');

	await page.reload();
	await waitForReady(page);
	await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', '64|2024-12|layak|id');
	await expect(page.locator('select[name="wilayah"]')).toHaveValue('64');
	await expect(page.locator('select[name="periode"]')).toHaveValue('2024-12');

	await page.goBack();
	await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', 'ID|2024-12|layak|id');
	await expect(page.locator('select[name="wilayah"]')).toHaveValue('ID');
	await expect(page).not.toHaveURL(/wilayah=/);
});

test('picking a month on the trend sets the period of the tiles and the ranking', async ({ app: page }) => {
	await openOverview(page, '?periode=2024-12', 'ID|2024-12|layak|id');
	const chart = page.locator('[data-chart="trend"] [tabindex="0"]').first();
	await chart.focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/periode=2024-11/);
	await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', 'ID|2024-11|layak|id');
	await expect(page.locator('[data-chart="ranking"] .chart-frame__title')).toHaveText('Provinsi menurut cakupan, November 2024');
});

test('a hostile or unknown link is refused with a notice, and the view still works', async ({ app: page }) => {
	await openApp(page, `/?wilayah=${encodeURIComponent("62'; DROP TABLE regions; --")}&periode=2099-01&bahasa=xx`);
	await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', 'ID|2025-12|layak|id');
	await expect(page.getByText('Parameter tautan “wilayah” tidak valid')).toBeVisible();
	await expect(page.getByText('Parameter tautan “bahasa” tidak valid')).toBeVisible();
	await expect(page.getByText('Periode 2099-01 tidak ada dalam data; ditampilkan Desember 2025.')).toBeVisible();

	await openApp(page, '/?wilayah=99');
	await expect(page.getByText('Wilayah 99 tidak ditemukan dalam data; ditampilkan Indonesia.')).toBeVisible();
	await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', 'ID|2025-12|layak|id');
});

test('every figure can show its query and download its rows', async ({ app: page }) => {
	await openOverview(page, '?wilayah=64&periode=2024-12', '64|2024-12|layak|id');
	const ranking = page.locator('[data-chart="ranking"]');
	await ranking.getByRole('button', { name: 'Tampilkan kueri' }).click();
	await expect(ranking.locator('pre')).toContainText('FROM "area_monthly"');
	await expect(ranking).toContainText('"64"');
	await ranking.getByRole('button', { name: 'Tampilkan tabel data' }).click();
	const download = page.waitForEvent('download');
	await ranking.getByRole('button', { name: 'Unduh CSV' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^cakupan_peringkat_64_2024-12_sintetis_[0-9a-f]{12}\.csv$/);
	const text = (await (await file.createReadStream()).toArray()).join('');
	expect(text.charCodeAt(0)).toBe(0xfeff); // BOM: Excel reads UTF-8
	expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + 10); // header + Kaltim's 10 regencies
});

/** December informal and formal penetration of `province` for `year`, straight from the Parquet. */
async function penetration(province: string, year: number): Promise<{ informal: number; formal: number }> {
	const reader = await conn.runAndReadAll(
		`SELECT 100 * (SELECT sum(active) FROM participation WHERE starts_with(region_code, $1) AND segment = 'BPU' AND month = make_date($2, 12, 1))::DOUBLE
		           / (SELECT sum(informal) FROM workforce WHERE starts_with(region_code, $1) AND year = $2) AS informal,
		        100 * (SELECT sum(active) FROM participation WHERE starts_with(region_code, $1) AND segment = 'PU' AND month = make_date($2, 12, 1))::DOUBLE
		           / (SELECT sum(formal) FROM workforce WHERE starts_with(region_code, $1) AND year = $2) AS formal`,
		[province, year]
	);
	return reader.getRowObjectsJS()[0] as unknown as { informal: number; formal: number };
}

test('penetration by year: the slider announces the independent December figures, arrows step years without changing the period', async ({ app: page }) => {
	const [y2024, y2023] = [await penetration('64', 2024), await penetration('64', 2023)];
	await openOverview(page, '?wilayah=64&periode=2024-06', '64|2024-06|layak|id');
	const frame = page.locator('[data-chart="penetration"]');
	await expect(frame.locator('.chart-frame__title')).toHaveText('Penetrasi pekerja informal dan formal per tahun, 2019–2025');
	const slider = frame.getByRole('slider');
	const says = (year: number, f: { informal: number; formal: number }) =>
		`Desember ${year}: Kalimantan Timur: informal ${formatPercent(f.informal)}, formal ${formatPercent(f.formal)}`;
	await expect(slider).toHaveAttribute('aria-valuetext', says(2024, y2024));
	await expect(frame.locator('svg g[aria-label="line"] path')).toHaveCount(2);
	await slider.focus();
	await page.keyboard.press('ArrowLeft');
	await expect(slider).toHaveAttribute('aria-valuetext', says(2023, y2023));
	await expect(frame.locator('.penetration-chart__readout')).toHaveText(says(2023, y2023));
	// the year is the chart's own: the period, the URL and the drawn state stay
	await expect(page).toHaveURL(/periode=2024-06/);
	await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', '64|2024-06|layak|id');
	await frame.getByRole('button', { name: 'Tampilkan tabel data' }).click();
	await expect(frame.getByRole('table').locator('tbody tr')).toHaveCount(7);
});

test('penetration by year for a regency: dashed beside its province, both announced', async ({ app: page }) => {
	const province = await penetration('64', 2024);
	const regency = await penetration('6401', 2024);
	await openOverview(page, '?wilayah=6401&periode=2024-12', '6401|2024-12|layak|id');
	const slider = page.locator('[data-chart="penetration"]').getByRole('slider');
	await expect(slider).toHaveAttribute(
		'aria-valuetext',
		new RegExp(`^Desember 2024: Kalimantan Timur: informal ${formatPercent(province.informal)}, formal ${formatPercent(province.formal)}; .+: informal ${formatPercent(regency.informal)}, formal ${formatPercent(regency.formal)}$`)
	);
	await expect(page.locator('[data-chart="penetration"] svg g.penetration-selected')).toHaveAttribute('stroke-dasharray', '6 4');
});
