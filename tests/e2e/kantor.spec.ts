/**
 * The regional-office view as a user reads it: the ranking against an independent query (plain
 * SQL over the sample's Parquet in native DuckDB, formatted the Indonesian way), the linked
 * selection from the map (URL, table highlight, trend) and Back, the generated sentence for a
 * hand-picked regency in both languages, and the main task from the keyboard alone down to the
 * villages, whose count is that of the real Kemendagri list (data/reference/villages.csv).
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { formatInteger, formatPercent } from '../../src/lib/format';
import { expect, openApp, test } from './helpers';

const SAMPLE = 'data/sample';
let conn: DuckDBConnection;

test.beforeAll(async () => {
	conn = await (await DuckDBInstance.create(':memory:')).connect();
});

const view = (page: Page) => page.locator('[data-view="kantor"]');

/** Opens `/kantor/` with `query` and waits for the live figures of the state whose key matches. */
async function open(page: Page, query: string, key: RegExp) {
	await openApp(page, `/kantor/${query}`);
	await expect(view(page)).toHaveAttribute('data-source', 'live');
	await expect(view(page)).toHaveAttribute('data-rendered', key);
}

test('the ranking of Kalimantan Timur, December 2025, equals an independent query', async ({ app: page }) => {
	const reader = await conn.runAndReadAll(
		`WITH p AS (SELECT region_code, sum(active) FILTER (segment <> 'PMI') AS ucj_active, sum(active) AS all_active
		            FROM '${SAMPLE}/participation.parquet' WHERE month = DATE '2025-12-01' AND left(region_code, 2) = '64' GROUP BY 1)
		 SELECT r.name, p.all_active::DOUBLE AS active, 100.0 * p.ucj_active / w.eligible AS ucj,
		        greatest(0, ceil(t.target_pct * w.eligible / 100.0 - p.ucj_active - 1e-6))::DOUBLE AS gap
		 FROM '${SAMPLE}/regions.parquet' r JOIN p ON p.region_code = r.code
		 JOIN '${SAMPLE}/workforce.parquet' w ON w.region_code = r.code AND w.year = 2025
		 JOIN '${SAMPLE}/ucj_targets.parquet' t ON t.province_code = '64' AND t.year = 2025
		 ORDER BY r.code`
	);
	const expected = reader.getRowObjectsJS() as { name: string; active: number; ucj: number; gap: number }[];
	expect(expected.length).toBe(10);
	await open(page, '?wilayah=64', /^province:64\|2025-12\|/);
	const table = page.locator('[data-chart="ranking-table"] table').first();
	const header = await table.locator('thead th').allInnerTexts();
	const col = (label: RegExp) => header.findIndex((h) => label.test(h.replace(/\s+/g, ' ')));
	const [iName, iActive, iUcj, iGap] = [col(/^Kabupaten\/kota/), col(/^Peserta aktif$/), col(/^Cakupan/), col(/^Kekurangan/)];
	const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
	expect(rows.map((r) => [r[iName], r[iActive], r[iUcj], r[iGap]])).toEqual(
		expected.map((e) => [e.name, formatInteger(e.active), formatPercent(e.ucj), formatInteger(e.gap)])
	);
});

test('selecting a regency on the map selects it in the URL, the table and the trend; Back undoes it', async ({ app: page }) => {
	await open(page, '?wilayah=64', /^province:64\|2025-12\|layak\|id\|\|ucj$/);
	await page.locator('[data-chart="map"] path[data-code="6471"]').click();
	await expect(view(page)).toHaveAttribute('data-rendered', 'province:64|2025-12|layak|id|6471|ucj');
	expect(new URL(page.url()).searchParams.get('pilih')).toBe('6471');
	await expect(page.locator('[data-chart="ranking-table"] tr[aria-selected="true"]')).toContainText('Kota Balikpapan');
	await expect(page.locator('[data-chart="regency-trend"]')).toContainText('Kota Balikpapan');
	await expect(page.locator('[data-chart="map"] path.choropleth-selected')).toHaveCount(1);
	await page.locator('[data-chart="map"] path[data-code="6472"]').click();
	await expect(view(page)).toHaveAttribute('data-rendered', 'province:64|2025-12|layak|id|6472|ucj');
	await page.goBack();
	await expect(view(page)).toHaveAttribute('data-rendered', 'province:64|2025-12|layak|id|6471|ucj');
	await expect(page.locator('[data-chart="ranking-table"] tr[aria-selected="true"]')).toContainText('Kota Balikpapan');
	await page.goBack();
	await expect(view(page)).toHaveAttribute('data-rendered', 'province:64|2025-12|layak|id||ucj');
	await expect(page.locator('[data-chart="ranking-table"] tr[aria-selected="true"]')).toHaveCount(0);
	await expect(page.locator('[data-chart="regency-trend"]')).toHaveCount(0);
});

test('the sentence for Kota Balikpapan, December 2025, in both languages', async ({ app: page }) => {
	await open(page, '?wilayah=64&pilih=6471', /\|6471\|/);
	await expect(page.locator('[data-sentence]')).toHaveText(
		'Cakupan Kota Balikpapan turun 16,6 poin: PU −50.781 peserta (−14,2 poin), BPU −6.884 peserta (−1,9 poin), JAKON +8.152 peserta (+2,3 poin), pertambahan pekerja layak −2,8 poin.'
	);
	await open(page, '?wilayah=64&pilih=6471&bahasa=en', /\|en\|6471\|/);
	await expect(page.locator('[data-sentence]')).toHaveText(
		'Coverage of Kota Balikpapan fell by 16.6 points: PU −50,781 participants (−14.2 points), BPU −6,884 participants (−1.9 points), JAKON +8,152 participants (+2.3 points), more eligible workers −2.8 points.'
	);
	// The programmes panel says they overlap, and its figures are there.
	await expect(page.locator('[data-chart="programmes"]')).toContainText('not additive');
	await expect(page.locator('[data-chart="programmes"] tr[data-programme="JKK"]')).toBeVisible();
});

test('from the keyboard alone: choose an area, find the largest decline, read why, open its villages', async ({ app: page }) => {
	await open(page, '', /^national:ID\|2025-12\|/);
	// Choose Kalimantan Tengah in the office-area picker with the keyboard.
	const picker = page.locator('select[name="kantor"]');
	await picker.focus();
	const options = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	const steps = options.indexOf('62');
	for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
	await expect(view(page)).toHaveAttribute('data-rendered', /^province:62\|2025-12\|/);
	// Tab to the first (largest) decline and select it.
	const first = page.locator('[data-decline]').first();
	const code = await first.getAttribute('data-decline');
	for (let i = 0; i < 200 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(view(page)).toHaveAttribute('data-rendered', new RegExp(`^province:62\\|2025-12\\|layak\\|id\\|${code}\\|`));
	await expect(page.locator('[data-sentence]')).toContainText(/^Cakupan .+ turun /);
	// Open its villages from the keyboard: Shift+Tab back to the button above the finder.
	const villagesButton = page.locator('[data-action="open-villages"]');
	for (let i = 0; i < 200 && !(await villagesButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	const panel = page.locator('[data-panel="villages"]');
	await expect(panel).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	const csv = readFileSync('data/reference/villages.csv', 'utf8').split('\n').slice(1).filter(Boolean);
	const expected = csv.filter((line) => line.startsWith(code!)).length;
	expect(expected).toBeGreaterThan(0);
	await expect(panel).toHaveAttribute('data-rows', String(expected));
});

test('a hostile or unknown office in the URL gets a notice and Indonesia, nothing else breaks', async ({ app: page }) => {
	await open(page, '?cabang=Atlantis&kanwil=%3Cscript%3E', /^national:ID\|/);
	await expect(page.getByText('kanwil=<script> tidak dikenali')).toBeVisible();
	await expect(page.getByText('cabang=Atlantis tidak ada dalam data')).toBeVisible();
	await expect(page.locator('[data-chart="ranking-table"] tbody tr')).toHaveCount(25);
});
