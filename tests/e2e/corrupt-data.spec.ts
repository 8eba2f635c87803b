/**
 * Corrupt or partial data. A served dataset the app refuses (bytes that do not match the
 * manifest's sha256, a truncated file, a manifest whose table counts the file does not hold, a
 * database built without one of its tables though its sha256 and size are the manifest's) is
 * named in the message and, after one good visit, the last good dataset of this browser keeps
 * the views working with the same figures; on a first visit the refusal shows with "try again".
 * A stored user file whose bytes became unreadable is reported by name and left out, while the
 * other stored file stays in use.
 *
 * The server's answers are changed with `context.route` on the app's own origin (the context's
 * routes also see the service worker's fetches, which a page route would miss once it controls
 * the page).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quoteIdentifier } from '../../src/lib/contract/schema';
import { sha256File } from '../../scripts/lib/dataset-writer';
import { openNative, sqlString } from '../../scripts/lib/native-db';
import { expectNoSeriousViolations } from './axe';
import { expect, openApp, test, waitForReady } from './helpers';

// The service worker is on here: refusals and the last good copy as a user meets them, with the
// worker in between (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const READY = { timeout: 60_000 };
const DATABASE = 'cakupan-sample.duckdb';
const OVERVIEW = '/?wilayah=62&periode=2025-12';
const manifest = JSON.parse(readFileSync('static/data/dataset.json', 'utf8')) as { version: string; database: { tables: Record<string, number> } };

/** The overview's headline tiles as read, once drawn by the engine (not the build-time snapshot). */
async function headline(page: Page): Promise<string> {
	const view = page.locator('[data-view="overview"]');
	await expect(view).toHaveAttribute('data-source', 'live', READY);
	await expect(view).toHaveAttribute('data-rendered', /\|/, READY);
	const tiles = page.locator('[data-chart="tiles"]').first();
	await expect(tiles).toBeVisible();
	return (await tiles.innerText()).replace(/\s+/g, ' ');
}

/** Serve `body` in place of the database file (the sample's manifest is served unchanged). */
async function serveDatabase(context: BrowserContext, change: (real: Buffer) => Buffer): Promise<void> {
	await context.route(`**/data/${DATABASE}`, async (route) => {
		const real = await route.fetch();
		await route.fulfill({ status: 200, body: change(await real.body()), headers: { 'content-type': 'application/octet-stream', 'cache-control': 'no-cache' } });
	});
}

/** The sample's database with `table` dropped (in a copy, checkpointed): a file built without it, and its sha256. */
async function databaseWithout(table: string): Promise<{ bytes: Buffer; sha256: string }> {
	const dir = mkdtempSync(join(tmpdir(), 'cakupan-missing-table-'));
	try {
		const file = join(dir, DATABASE);
		copyFileSync(`static/data/${DATABASE}`, file);
		const conn = await openNative();
		try {
			await conn.run(`ATTACH ${sqlString(file)} AS damaged`);
			await conn.run(`DROP TABLE damaged.${quoteIdentifier(table)}`);
			await conn.run('CHECKPOINT damaged');
			await conn.run('DETACH damaged');
		} finally {
			conn.closeSync();
		}
		return { bytes: readFileSync(file), sha256: sha256File(file) };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A good visit: the engine loads the served data and keeps it as the last good copy. */
async function goodVisit(page: Page): Promise<string> {
	await page.goto(OVERVIEW);
	await waitForReady(page, READY);
	const figures = await headline(page);
	await expect
		.poll(() => page.evaluate(async () => (await (await caches.open('cakupan-last-good')).keys()).length), { ...READY, message: 'last good copy kept' })
		.toBe(2);
	return figures;
}

/** After a refused reload: the notice names the file and the reason, and says the last good data stays. */
async function expectLastGoodKept(page: Page, reason: RegExp, figures: string): Promise<void> {
	await page.goto(OVERVIEW);
	await waitForReady(page, READY);
	const notice = page.locator('.refused-notice');
	await expect(notice).toHaveAttribute('data-refused', DATABASE);
	await expect(notice).toContainText(reason);
	await expect(notice).toContainText(`Data terakhir yang valid (versi ${manifest.version}`);
	expect(await headline(page), 'the same headline figures as on the good visit').toBe(figures);
	await expect(page.locator('.app-footer')).toContainText(manifest.version);
}

test('a refused served dataset: named, and the last good data keeps the overview working', async ({ page, context }) => {
	test.setTimeout(180_000);
	const figures = await goodVisit(page);

	// (a) bytes that do not match the manifest's sha256 (one byte changed past the header)
	await serveDatabase(context, (real) => {
		const bytes = Buffer.from(real);
		bytes[bytes.length >> 1]! ^= 0xff;
		return bytes;
	});
	await expectLastGoodKept(page, /^Berkas data cakupan-sample\.duckdb dari server ditolak: checksum tidak cocok dengan dataset\.json\./, figures);
	await expectNoSeriousViolations(page, 'refused dataset notice');

	// (b) a truncated file
	await context.unroute(`**/data/${DATABASE}`);
	await serveDatabase(context, (real) => real.subarray(0, real.length >> 1));
	await expectLastGoodKept(page, /Berkas data cakupan-sample\.duckdb dari server ditolak: ukurannya tidak sama/, figures);
	await context.unroute(`**/data/${DATABASE}`);

	// (c) the very database, but a manifest counting a row more in `regions`: only the table check refuses it
	await context.route('**/data/dataset.json', async (route) => {
		const real = (await (await route.fetch()).json()) as typeof manifest;
		const changed = { ...real, database: { ...real.database, tables: { ...real.database.tables, regions: real.database.tables.regions! + 1 } } };
		await route.fulfill({ status: 200, json: changed, headers: { 'cache-control': 'no-cache' } });
	});
	await expectLastGoodKept(page, /ditolak: tabel regions tidak ada atau jumlah barisnya tidak sesuai/, figures);
	await context.unroute('**/data/dataset.json');

	// (d) a database built without a table, yet hashed as built: its sha256 and size are the
	// manifest's, which still lists the table; only the check of the attached file refuses it
	const missing = await databaseWithout('candidates');
	await context.route('**/data/dataset.json', async (route) => {
		const real = (await (await route.fetch()).json()) as typeof manifest & { database: { bytes: number; sha256: string } };
		const changed = { ...real, database: { ...real.database, bytes: missing.bytes.length, sha256: missing.sha256 } };
		await route.fulfill({ status: 200, json: changed, headers: { 'cache-control': 'no-cache' } });
	});
	await serveDatabase(context, () => missing.bytes);
	await expectLastGoodKept(page, /ditolak: tabel candidates tidak ada atau jumlah barisnya tidak sesuai/, figures);
});

test('a refused served dataset on a first visit: the message names the file, with "try again"', async ({ page, context }) => {
	await serveDatabase(context, (real) => real.subarray(0, 8192));
	await page.goto(OVERVIEW);
	const app = page.locator('#app');
	await expect(app).toHaveAttribute('data-state', 'error', READY);
	const message = page.locator('[data-refused]');
	await expect(message).toHaveAttribute('data-refused', DATABASE);
	await expect(message).toHaveText(/^Data gagal dimuat\. Berkas data cakupan-sample\.duckdb dari server ditolak: ukurannya tidak sama/);
	await expect(page.getByRole('button', { name: 'Coba lagi' })).toBeVisible();
	await expectNoSeriousViolations(page, 'refused dataset, first visit');
	// The server is fixed: "try again" loads it.
	await context.unroute(`**/data/${DATABASE}`);
	await page.getByRole('button', { name: 'Coba lagi' }).click();
	await waitForReady(page, READY);
	await expect(page.locator('.refused-notice')).toHaveCount(0);
});

test('a stored file that became unreadable: named and left out, the other stored file stays in use', async ({ page }) => {
	test.setTimeout(180_000);
	const dataView = page.locator('[data-view="data"]');
	await page.goto('/data/?wilayah=62&periode=2025-12');
	await waitForReady(page, READY);
	await expect(dataView).toHaveAttribute('data-import-state', /^(idle|active)$/);
	await page.getByTestId('data-file-input').setInputFiles('data/examples/partisipasi-62.csv');
	const review = page.locator('section.file[data-file="partisipasi-62.csv"]');
	await expect(review).toHaveAttribute('data-phase', 'review', READY);
	await review.getByRole('button', { name: 'Gunakan berkas ini' }).click();
	await expect(dataView).toHaveAttribute('data-import-state', 'active', READY);
	await openApp(page, OVERVIEW);
	const withFile = await headline(page);

	// A second stored record whose rows are damaged: the good record's copy with bytes no Arrow reader takes.
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('cakupan-userdata');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const store = db.transaction('files', 'readonly').objectStore('files');
		const [good] = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
			const all = store.getAll();
			all.onsuccess = () => resolve(all.result as Record<string, unknown>[]);
			all.onerror = () => reject(all.error);
		});
		const bad = { ...good, id: 'rusak', name: 'rusak-tersimpan.csv', sequence: 2, ipc: new Uint8Array([0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4]) };
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('files', 'readwrite');
			tx.objectStore('files').put(bad, ['file', bad.id]);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	});

	// Another view: the good file's figures, and the damaged file named.
	await page.reload();
	await waitForReady(page, READY);
	expect(await headline(page), 'the good stored file is still applied').toBe(withFile);
	await expect(page.locator('[data-skipped]')).toHaveAttribute('data-skipped', 'rusak-tersimpan.csv');
	await expect(page.locator('[data-skipped]')).toContainText('Berkas tersimpan yang tidak dapat dipakai dan dilewati: rusak-tersimpan.csv.');

	// The data page: which file and why; the good one in use, the damaged one not, until removed.
	await openApp(page, '/data/?wilayah=62&periode=2025-12');
	await expect(page.locator('[data-skipped-file]')).toHaveText(/^Berkas tersimpan rusak-tersimpan\.csv tidak dipakai: isinya di penyimpanan peramban ini rusak/);
	await expect(page.locator('[data-stored-file="partisipasi-62.csv"]')).toHaveAttribute('data-in-use', 'true');
	await expect(page.locator('[data-stored-file="rusak-tersimpan.csv"]')).toHaveAttribute('data-in-use', 'false');
	await expectNoSeriousViolations(page, '/data/ with an unreadable stored file');
	await page.getByRole('button', { name: 'Hapus berkas rusak-tersimpan.csv' }).click();
	await expect(page.locator('[data-stored-file]')).toHaveCount(1);
	await expect(page.locator('[data-skipped-file]')).toHaveCount(0);
	await expect(page.locator('[data-stored-file="partisipasi-62.csv"]')).toHaveAttribute('data-in-use', 'true');
});
