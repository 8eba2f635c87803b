/**
 * The data page (/data/) as an office uses it: each good example file (CSV, .xlsx, Parquet ZSTD
 * and SNAPPY) loaded, its numbers found in the overview and /kantor/, equal to an independent
 * reading of the file (`data-oracle.ts`: no app code); every broken example refused with its own
 * finding while the data already loaded keeps its numbers; accepted files kept across a reload,
 * and removing them brings the sample's numbers back; no request carries the data, not even to
 * the app's own origin; the whole flow from the keyboard; axe in each state.
 *
 * Tests share nothing but the built site: each opens a fresh context (an empty IndexedDB).
 * Figures are read for Kalimantan Tengah (62), December 2025, the examples' last month.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { Int64, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
import { formatCount, formatInteger, formatPercent } from '../../src/lib/format';
import { MAX_FILE_BYTES } from '../../src/lib/import/limits';
import { en as englishMessages, id as messages } from '../../src/lib/i18n';
import { expectNoSeriousViolations } from './axe';
import { changedCsv, csvRows, figures, parquetRows, xlsxRows, type Figures } from './data-oracle';
import { expect, openApp, test, waitForReady } from './helpers';

const EXAMPLES = 'data/examples';
const PROVINCE = '62';
const MONTH = '2025-12';
const QUERY = `?wilayah=${PROVINCE}&periode=${MONTH}`;

const root = (page: Page) => page.locator('[data-view="data"]');
const fileSection = (page: Page, name: string) => page.locator(`section.file[data-file="${name}"]`);

/** Every request that sends something (a body, or a method other than GET/HEAD), wherever it goes. */
function watchSends(context: BrowserContext): string[] {
	const sent: string[] = [];
	context.on('request', (request) => {
		const body = request.postDataBuffer();
		if (!['GET', 'HEAD'].includes(request.method()) || (body && body.length > 0)) sent.push(`${request.method()} ${request.url()} (${body?.length ?? 0} bytes)`);
	});
	return sent;
}

/** Opens the data page: loaded the first time, then by a link (the engine and the overlay stay). */
async function openData(page: Page): Promise<void> {
	await openApp(page, `/data/${QUERY}`);
	await expect(root(page)).toHaveAttribute('data-import-state', /^(idle|active)$/);
}

async function pick(page: Page, files: string | string[] | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
	await page.getByTestId('data-file-input').setInputFiles(files);
}

/** Wait for a file's review, check it has no error, accept it, wait for the views to read it. */
async function accept(page: Page, name: string): Promise<void> {
	const section = fileSection(page, name);
	await expect(section).toHaveAttribute('data-phase', 'review', { timeout: 60_000 });
	await expect(section.locator('[data-verdict="ok"]')).toBeVisible();
	await section.getByRole('button', { name: 'Gunakan berkas ini' }).click();
	await expect(root(page)).toHaveAttribute('data-import-state', 'active', { timeout: 60_000 });
	await expect(section).toHaveCount(0);
}

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name }).click();

/** The overview's tiles and /kantor/'s ranking of Kalimantan Tengah show `f`; back on the data page after. */
async function expectFigures(page: Page, f: Figures): Promise<void> {
	await nav(page, 'Ikhtisar Nasional');
	const overview = page.locator('[data-view="overview"]');
	await expect(overview).toHaveAttribute('data-rendered', `${PROVINCE}|${MONTH}|layak|id`);
	await expect(page.locator('[data-metric="active"] .tile__value')).toHaveText(formatCount(f.active));
	await expect(page.locator('[data-metric="ucj"] .tile__value')).toHaveText(formatPercent(f.ucj));

	await nav(page, 'Kantor Wilayah & Cabang');
	const kantor = page.locator('[data-view="kantor"]');
	await expect(kantor).toHaveAttribute('data-source', 'live');
	await expect(kantor).toHaveAttribute('data-rendered', new RegExp(`^province:${PROVINCE}\\|${MONTH}\\|`));
	const table = page.locator('[data-chart="ranking-table"] table').first();
	const header = await table.locator('thead th').allInnerTexts();
	const col = (label: RegExp) => header.findIndex((h) => label.test(h.replace(/\s+/g, ' ')));
	const [iName, iActive] = [col(/^Kabupaten\/kota/), col(/^Peserta aktif$/)];
	await expect
		.poll(async () => {
			const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
			return rows.map((r) => [r[iName], r[iActive]]).sort((a, b) => a[0]!.localeCompare(b[0]!));
		})
		.toEqual(f.regencies.map(([name, n]) => [name, formatInteger(n)]).sort((a, b) => a[0]!.localeCompare(b[0]!)));

	await nav(page, 'Data Anda');
	await expect(root(page)).toBeVisible();
}

/** Remove every stored file from the active-data panel (once the page has read its store). */
async function removeAll(page: Page): Promise<void> {
	await expect(page.locator('[data-stored]')).toHaveAttribute('data-stored', /^\d+$/);
	const rows = page.locator('[data-stored-file]');
	while ((await rows.count()) > 0) {
		const name = await rows.first().getAttribute('data-stored-file');
		await page.getByRole('button', { name: `Hapus berkas ${name}` }).click();
		await expect(page.locator(`[data-stored-file="${name}"]`)).toHaveCount(0);
	}
	await expect(root(page)).toHaveAttribute('data-import-state', 'idle');
}

test('a good file of each kind loads and its numbers show in the overview and /kantor/', async ({ page, context }) => {
	test.setTimeout(300_000);
	const sent = watchSends(context);
	const good: [string, () => Promise<Figures>][] = [
		['partisipasi-62.csv', () => figures(csvRows(readFileSync(`${EXAMPLES}/partisipasi-62.csv`, 'utf8')), PROVINCE, MONTH)],
		['partisipasi-62.xlsx', () => figures(xlsxRows(readFileSync(`${EXAMPLES}/partisipasi-62.xlsx`)), PROVINCE, MONTH)],
		['partisipasi-62-zstd.parquet', async () => figures(await parquetRows(`${EXAMPLES}/partisipasi-62-zstd.parquet`), PROVINCE, MONTH)],
		['partisipasi-62-snappy.parquet', async () => figures(await parquetRows(`${EXAMPLES}/partisipasi-62-snappy.parquet`), PROVINCE, MONTH)]
	];
	await openData(page);
	await expectNoSeriousViolations(page, '/data/ idle');
	for (const [name, expected] of good) {
		await test.step(name, async () => {
			const f = await expected();
			expect(f.regencies).toHaveLength(14);
			await pick(page, `${EXAMPLES}/${name}`);
			await accept(page, name);
			const stored = page.locator(`[data-stored-file="${name}"]`);
			await expect(stored).toHaveAttribute('data-in-use', 'true');
			// 14 regencies × 84 months × 4 segments (data/examples/README.md), counted from the file here.
			await expect(stored.locator('[data-rows]')).toHaveAttribute('data-rows', String(4704));
			await expectFigures(page, f);
			await removeAll(page);
		});
	}
	expect(sent, 'requests that send something').toEqual([]);
});

/** The file's finding: its code, where, and the message's fixed words (the id template around its placeholders). */
const BAD: readonly { file: string; code: string; key: keyof typeof messages; row?: number }[] = [
	{ file: 'rusak-terpotong.parquet', code: 'truncated_parquet', key: 'import.truncatedParquet' },
	{ file: 'rusak-kolom-hilang.csv', code: 'missing_column', key: 'import.missingColumn' },
	{ file: 'rusak-tipe-salah.csv', code: 'not_a_number', key: 'import.notANumber', row: 7 },
	{ file: 'rusak-kode-tidak-dikenal.csv', code: 'unknown_region', key: 'validate.unknownRegion', row: 2 },
	{ file: 'rusak-kode-papua-lama.csv', code: 'old_papua_code', key: 'import.oldPapuaCode' },
	{ file: 'rusak-kunci-ganda.csv', code: 'duplicate_key', key: 'validate.duplicateKey', row: 11 },
	{ file: 'rusak-negatif.csv', code: 'negative_count', key: 'validate.negativeCount', row: 4 },
	{ file: 'rusak-pecahan.csv', code: 'wrong_type', key: 'validate.wrongType.whole', row: 9 },
	{ file: 'rusak-kosong.csv', code: 'empty_file', key: 'import.emptyFile' },
	{ file: 'rusak-hanya-judul.csv', code: 'header_only', key: 'import.headerOnly' },
	{ file: 'rusak-gambar.csv', code: 'not_a_table', key: 'import.notATable' },
	{ file: 'rusak-lama.xlsx', code: 'old_xls', key: 'import.oldXls' },
	{ file: 'rusak-kode-ilmiah.csv', code: 'scientific_code', key: 'import.scientificCode' },
	{ file: 'rusak-bulan-13.csv', code: 'bad_month', key: 'import.badMonth', row: 6 }
];

/** A message template as a pattern: its words as written, each {placeholder} any text. */
function template(key: keyof typeof messages, dictionary: Readonly<Record<string, string>> = messages): RegExp {
	const parts = dictionary[key]!.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${parts.join('[\\s\\S]+?')}$`);
}

test('bad files are refused with their own finding; the loaded data keeps its numbers, across a reload; removing it restores the sample', async ({ page, context }) => {
	test.setTimeout(300_000);
	const sent = watchSends(context);
	// Data the sample does not have: December 2025 raised, so the views must read the file to show it.
	const changed = changedCsv(`${EXAMPLES}/partisipasi-62.csv`);
	const mine = await figures(csvRows(changed.toString('utf8')), PROVINCE, MONTH);
	const sample = await figures(null, PROVINCE, MONTH);
	expect(mine.active).toBeGreaterThan(sample.active);

	await openData(page);
	await pick(page, { name: 'partisipasi-62-ubah.csv', mimeType: 'text/csv', buffer: changed });
	await accept(page, 'partisipasi-62-ubah.csv');
	await expectFigures(page, mine);
	const stored = page.locator('[data-stored-file="partisipasi-62-ubah.csv"]');
	const checksum = await stored.locator('[data-sha256]').getAttribute('data-sha256');
	await expectNoSeriousViolations(page, '/data/ active');

	await pick(page, BAD.map((b) => `${EXAMPLES}/${b.file}`));
	for (const bad of BAD) {
		await test.step(bad.file, async () => {
			const section = fileSection(page, bad.file);
			await expect(section).toHaveAttribute('data-phase', 'review', { timeout: 60_000 });
			await expect(section.locator('[data-verdict="blocked"]')).toBeVisible();
			await expect(section.getByRole('button', { name: 'Gunakan berkas ini' })).toBeDisabled();
			const finding = section.locator(`tr[data-code="${bad.code}"][data-severity="error"]`).first();
			await expect(finding).toBeVisible();
			await expect(finding.locator('td').nth(2)).toHaveText(template(bad.key));
			if (bad.row !== undefined) await expect(finding.locator('td').nth(1)).toContainText(`baris ${bad.row}`);
			if (bad === BAD[2]) await expectNoSeriousViolations(page, '/data/ review with errors');
			await section.getByRole('button', { name: 'Buang' }).click();
			await expect(section).toHaveCount(0);
			// What was loaded before is untouched: the same file, rows and checksum, still in use.
			await expect(page.locator('[data-stored-file]')).toHaveCount(1);
			await expect(stored).toHaveAttribute('data-in-use', 'true');
			await expect(stored.locator('[data-sha256]')).toHaveAttribute('data-sha256', checksum!);
		});
	}
	await expect(root(page)).toHaveAttribute('data-import-state', 'active');
	await expectFigures(page, mine);

	await page.reload();
	await waitForReady(page);
	await expect(root(page)).toHaveAttribute('data-import-state', 'active');
	await expect(stored.locator('[data-sha256]')).toHaveAttribute('data-sha256', checksum!);
	await expectFigures(page, mine);

	// Only my data: Indonesia is then Kalimantan Tengah alone, and the choice outlives a reload.
	await page.getByRole('checkbox', { name: 'Hanya data saya' }).check();
	await expect(root(page).locator('[data-active-mode]')).toHaveAttribute('data-active-mode', 'only-mine');
	await expect(root(page)).toHaveAttribute('data-import-state', 'active');
	await page.goto(`/?periode=${MONTH}`);
	await waitForReady(page);
	await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', `ID|${MONTH}|layak|id`);
	await expect(page.locator('[data-metric="active"] .tile__value')).toHaveText(formatCount(mine.active));
	await openData(page);
	await expect(page.getByRole('checkbox', { name: 'Hanya data saya' })).toBeChecked();

	await removeAll(page);
	await expect(root(page).locator('[data-active-kind]')).toHaveAttribute('data-active-kind', 'sample');
	await expectFigures(page, sample);
	expect(sent, 'requests that send something').toEqual([]);
});

test('the keyboard alone: pick a file, accept it, see its rows', async ({ page }) => {
	test.setTimeout(120_000);
	const name = 'partisipasi-62-zstd.parquet';
	const f = await figures(await parquetRows(`${EXAMPLES}/${name}`), PROVINCE, MONTH);
	await openData(page);
	/** Tab until the focused element matches `name` (a bounded walk, failing when it never comes). */
	async function tabTo(label: string) {
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
			if (focused === label) return;
		}
		throw new Error(`never reached "${label}" with Tab`);
	}
	// Listen before the walk: the listener turns on the browser's file-chooser interception, a
	// round trip that an Enter pressed right after it could overtake (the chooser then opens
	// natively, unseen: this test once waited out its two minutes so).
	const chooser = page.waitForEvent('filechooser');
	await tabTo('Pilih berkas…');
	await page.keyboard.press('Enter');
	await (await chooser).setFiles(`${EXAMPLES}/${name}`);
	await expect(fileSection(page, name)).toHaveAttribute('data-phase', 'review', { timeout: 60_000 });
	await tabTo('Gunakan berkas ini');
	await page.keyboard.press('Enter');
	await expect(root(page)).toHaveAttribute('data-import-state', 'active', { timeout: 60_000 });
	const stored = page.locator(`[data-stored-file="${name}"]`);
	await expect(stored.locator('[data-rows]')).toHaveText(formatInteger(4704));
	await expectFigures(page, f);
});

test('in English: regions written by name are used only once confirmed; findings read in English', async ({ page }) => {
	test.setTimeout(120_000);
	const names = 'nama-wilayah-32.csv';
	// The file's Bogor rows, summed here: "Bogor" is both 3201 and 3271, the user picks 3201.
	const lines = readFileSync(`${EXAMPLES}/${names}`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
	const bogor = lines.filter((c) => c[1] === 'Bogor' && c[2] === '2024-12-01').reduce((sum, c) => sum + Number(c[4]), 0);
	expect(bogor).toBeGreaterThan(0);

	await page.goto('/data/?bahasa=en');
	await waitForReady(page);
	await pick(page, [`${EXAMPLES}/${names}`, `${EXAMPLES}/rusak-bulan-13.csv`]);
	const month = fileSection(page, 'rusak-bulan-13.csv');
	await expect(month).toHaveAttribute('data-phase', 'review', { timeout: 60_000 });
	await expect(month.locator('tr[data-code="bad_month"] td').nth(2)).toHaveText(template('import.badMonth', englishMessages));
	await month.getByRole('button', { name: 'Discard' }).click();

	const section = fileSection(page, names);
	await expect(section).toHaveAttribute('data-phase', 'review', { timeout: 60_000 });
	await expect(section.locator('[data-verdict="blocked"]')).toBeVisible();
	await expect(section.getByRole('button', { name: 'Accept this file' })).toBeDisabled();
	await section.getByRole('checkbox', { name: 'Use 3204 Kabupaten Bandung' }).check();
	await section.getByRole('checkbox', { name: 'Use 3271 Kota Bogor' }).check();
	const choice = section.getByRole('combobox', { name: 'Choose the region for "Bogor"' });
	await expect(choice.locator('option')).toHaveText(['— choose —', '3201 Kabupaten Bogor', '3271 Kota Bogor']);
	await choice.selectOption('3201');
	await section.getByRole('button', { name: 'Apply the confirmations and check again' }).click();
	await expect(section.locator('[data-verdict="ok"]')).toBeVisible({ timeout: 60_000 });
	await section.getByRole('button', { name: 'Accept this file' }).click();
	await expect(root(page)).toHaveAttribute('data-import-state', 'active', { timeout: 60_000 });

	await openApp(page, '/?wilayah=3201&periode=2024-12&bahasa=en');
	await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', '3201|2024-12|layak|en');
	await expect(page.locator('[data-metric="active"] .tile__value')).toHaveText(formatCount(bogor, 'en'));
});

test('a large file shows its progress and can be cancelled; a file over the limit is refused before reading', async ({ page }, testInfo) => {
	test.setTimeout(120_000);
	// About 12 MB: the CSV example's rows over and over (never loaded: cancelled while read).
	const example = readFileSync(`${EXAMPLES}/partisipasi-62.csv`, 'utf8');
	const [header, ...rows] = example.split('\r\n');
	const big = testInfo.outputPath('partisipasi-besar.csv');
	writeFileSync(big, [header, ...Array.from({ length: 50 }, () => rows.filter(Boolean)).flat()].join('\r\n'));
	// One byte over the limit, written sparse: it must be refused without being read.
	const huge = testInfo.outputPath('terlalu-besar.csv');
	writeFileSync(huge, '');
	truncateSync(huge, MAX_FILE_BYTES + 1);

	await openData(page);
	await pick(page, big);
	const section = fileSection(page, 'partisipasi-besar.csv');
	await expect(section).toHaveAttribute('data-phase', /^(queued|reading|parsing)$/);
	await expect(page.locator('[data-live]')).toContainText(/partisipasi-besar\.csv: (menunggu|membaca|mengurai)/);
	await expect(section.getByRole('progressbar')).toBeVisible();
	await section.getByRole('button', { name: 'Batalkan' }).click();
	await expect(section).toHaveCount(0);
	await expect(root(page)).toHaveAttribute('data-import-state', 'idle');

	await pick(page, huge);
	const refused = fileSection(page, 'terlalu-besar.csv');
	await expect(refused).toHaveAttribute('data-phase', 'review');
	await expect(refused.locator('tr[data-code="file_too_large"] td').nth(2)).toHaveText(template('import.fileTooLarge'));
	await expect(refused.getByRole('button', { name: 'Gunakan berkas ini' })).toBeDisabled();
});

test('stored data refused at start: the sample shows, the page says why, the file can be removed', async ({ page }) => {
	test.setTimeout(120_000);
	// A stored participation file without a row (written here with Arrow itself, as no page would
	// store it): the overlay refuses it at start with its 'empty' error.
	const empty = tableToIPC(new Table({ region_code: vectorFromArray([], new Utf8()), active: vectorFromArray([], new Int64()) }), 'stream');
	await openData(page);
	await page.evaluate(
		async ({ ipc }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('cakupan-userdata');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const record = { id: 'leer', name: 'kosong.parquet', table: 'participation', ipc: new Uint8Array(ipc), sha256: 'ab'.repeat(32), loadedAt: new Date().toISOString(), provinces: [], rows: 0, bytes: ipc.length, sequence: 1 };
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction('files', 'readwrite');
				tx.objectStore('files').put(record, ['file', record.id]);
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ ipc: [...empty] }
	);
	await page.reload();
	await waitForReady(page);
	await expect(root(page)).toHaveAttribute('data-import-state', 'error');
	const pattern = template('data.startError');
	await expect(page.getByRole('alert').filter({ hasText: pattern })).toHaveText(pattern);
	await expect(page.getByRole('alert')).toContainText('kosong.parquet');
	await expect(page.locator('[data-stored-file="kosong.parquet"]')).toHaveAttribute('data-in-use', 'false');
	await expectNoSeriousViolations(page, '/data/ stored data refused');
	await page.getByRole('button', { name: 'Hapus berkas kosong.parquet' }).click();
	await expect(page.locator('[data-stored-file]')).toHaveCount(0);
	await expect(root(page)).toHaveAttribute('data-import-state', 'idle');
	await expect(page.getByRole('alert')).toHaveCount(0);
});

/**
 * Where "sebagian sintetis" shows, by the rule worked out by hand for a participation file
 * of Kalimantan Tengah in replace mode: a figure of participation alone in Kalimantan Tengah is the
 * user's (no mark); one that also reads the workforce or the targets (still the sample's) mixes
 * them, as does any national figure (other provinces are the sample's); a figure of another
 * province reads the sample only ("data sintetis"). In only-my-data mode national figures say
 * they cover only Kalimantan Tengah. Read in each overview figure's frame (`data-chart`).
 */
test('"sebagian sintetis" shows exactly on the figures that mix the user\'s rows with the sample\'s', async ({ page }) => {
	test.setTimeout(240_000);
	const FIGURES = ['tiles', 'penetration', 'trend', 'ranking', 'decline'] as const;
	const origins = async () => {
		const out: Record<string, string> = {};
		for (const chart of FIGURES) {
			const marks = page.locator(`[data-chart="${chart}"] [data-origin]`);
			await expect(page.locator(`[data-chart="${chart}"]`).first()).toBeVisible();
			out[chart] = (await marks.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-origin')).join(','))) || 'none';
		}
		return out;
	};
	const overview = async (query: string, rendered: string) => {
		await openApp(page, `/${query}`);
		await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', rendered);
	};

	// The sample alone: no figure carries a mark (the banner says DATA SINTETIS once).
	await overview(QUERY, `${PROVINCE}|${MONTH}|layak|id`);
	expect(await origins()).toEqual({ tiles: 'none', penetration: 'none', trend: 'none', ranking: 'none', decline: 'none' });
	await expect(page.locator('.banner')).not.toHaveAttribute('data-mark', 'partly');

	await openData(page);
	await pick(page, `${EXAMPLES}/partisipasi-62.csv`);
	await accept(page, 'partisipasi-62.csv');

	await overview(QUERY, `${PROVINCE}|${MONTH}|layak|id`);
	expect(await origins()).toEqual({ tiles: 'mixed', penetration: 'mixed', trend: 'none', ranking: 'mixed', decline: 'mixed' });
	await expect(page.locator('[data-chart="tiles"] [data-origin="mixed"]')).toContainText('sebagian sintetis');
	await expect(page.locator('.banner')).toHaveAttribute('data-mark', 'partly');

	await overview(`?wilayah=64&periode=${MONTH}`, `64|${MONTH}|layak|id`);
	expect(await origins()).toEqual({ tiles: 'sample', penetration: 'sample', trend: 'sample', ranking: 'sample', decline: 'sample' });

	await overview(`?periode=${MONTH}`, `ID|${MONTH}|layak|id`);
	expect(await origins()).toEqual({ tiles: 'mixed', penetration: 'mixed', trend: 'mixed', ranking: 'mixed', decline: 'mixed' });

	// Only my data: no sample row anywhere; Indonesia is the loaded province, and says so.
	await openData(page);
	await page.getByRole('checkbox', { name: 'Hanya data saya' }).check();
	await expect(root(page).locator('[data-active-mode]')).toHaveAttribute('data-active-mode', 'only-mine');
	await overview(`?periode=${MONTH}`, `ID|${MONTH}|layak|id`);
	const national = await origins();
	for (const chart of FIGURES) expect(national[chart], chart).not.toMatch(/mixed|sample/);
	await expect(page.locator('[data-chart="trend"] [data-origin="coverage"]')).toContainText('Kalimantan Tengah');
	await expect(page.locator('.banner')).toHaveCount(0);
});
