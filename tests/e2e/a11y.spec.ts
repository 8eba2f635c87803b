/**
 * Accessibility: axe-core over every view in every state a user can meet it in, in Bahasa
 * Indonesia and in English. A check fails on any `serious` or `critical` violation and names
 * each one (rule, impact, the nodes' selectors); minor and moderate findings are left to review.
 * (/penilaian/ has its own file, a11y-penilaian.spec.ts; the data page's review states are in
 * data.spec.ts, the offline and engine-stopped states in offline.spec.ts and
 * engine-failure.spec.ts.)
 *
 * One page load per view walks all its states, switching the language with the header's link
 * and moving between states with links the app follows client-side (no second engine start):
 *   load error   the database request fails (answered 500, or aborted on the overview)
 *   loading      after "Coba lagi", the download held: the build-time snapshot's figures show
 *   ready        the download released: live figures
 *   then per view: on the overview a regency selected in its ranking, the notices for a
 *   malformed and an unknown `wilayah`, every chart's data table and query opened; on /kantor/
 *   a regency selected with its decline explained, its villages open and a comparison, a month
 *   with nothing to compare against (empty finder), notices, and a village file that fails.
 * The guard in helpers.ts still runs: a database request failed on purpose here is answered by
 * `page.route`, on the app's own origin, so it is no foreign request, and the app handles it,
 * so it is no page error either.
 */
import type { Page, Route } from '@playwright/test';
import { translator, type Locale } from '../../src/lib/i18n';
import { expectNoSeriousViolations } from './axe';
import { expect, followLink as follow, switchLanguage as switchTo, test, untilAttribute, waitForReady } from './helpers';

// Up to a dozen axe runs on one load: each takes 2–20 s on a busy two-core machine.
test.describe.configure({ timeout: 360_000 });
const READY = { timeout: 90_000 };
const LOCALES: readonly Locale[] = ['id', 'en'];
/** The core database file (the per-province village files are `*-villages-<pp>.duckdb`). */
const CORE_DATABASE = /\/data\/(?![^/]*-villages-)[^/]*\.duckdb$/;

/** `path` with `extra` query parameters and, for English, `bahasa=en`. */
function url(path: string, locale: Locale, extra = ''): string {
	const params = [extra, locale === 'en' ? 'bahasa=en' : ''].filter(Boolean).join('&');
	return params ? `${path}?${params}` : path;
}

/** Waits until the view shows figures from `source` (`live` or `snapshot`). */
async function drawn(page: Page, id: string, source: 'live' | 'snapshot'): Promise<void> {
	const view = `[data-view="${id}"]`;
	await untilAttribute(page, view, 'data-source', new RegExp(`^${source}$`), READY);
	await untilAttribute(page, view, 'data-rendered', /\|/, READY);
}

/**
 * The core database's first request fails (`fail`), its second is held until `release()`, the
 * rest pass: the load error, then "loading" after the retry, then ready.
 */
async function failThenHold(page: Page, fail: 'answer 500' | 'abort'): Promise<{ held: Promise<void>; release: () => Promise<void> }> {
	let calls = 0;
	let heldRoute: Route | null = null;
	let markHeld = () => {};
	const held = new Promise<void>((resolve) => (markHeld = resolve));
	await page.route(CORE_DATABASE, async (route) => {
		calls++;
		if (calls === 1) return fail === 'abort' ? route.abort('connectionreset') : route.fulfill({ status: 500, body: 'server error' });
		if (calls === 2) {
			heldRoute = route;
			markHeld();
			return;
		}
		return route.fallback();
	});
	return {
		held,
		release: async () => {
			await (heldRoute as Route | null)?.fallback();
		}
	};
}

/** Load error, then loading, then ready, each in both languages; ends in Indonesian, ready. */
async function loadStates(page: Page, path: string, view: string | null, fail: 'answer 500' | 'abort'): Promise<void> {
	const { held, release } = await failThenHold(page, fail);
	await page.goto(path);
	const app = page.locator('#app');
	await expect(app).toHaveAttribute('data-state', 'error', READY);
	for (const locale of LOCALES) {
		const t = translator(locale);
		if (locale === 'en') await switchTo(page, 'en');
		await expect(page.getByText(t('load.failed'))).toBeVisible();
		await expect(page.getByRole('button', { name: t('load.retry') })).toBeVisible();
		await expectNoSeriousViolations(page, `${path} load error, ${fail} (${locale})`);
	}

	await page.getByRole('button', { name: translator('en')('load.retry') }).click();
	await held;
	await expect(app).toHaveAttribute('data-state', /^(engine|download|attach)$/);
	for (const locale of ['en', 'id'] as const) {
		if (locale === 'id') await switchTo(page, 'id');
		if (view) await drawn(page, view, 'snapshot');
		else await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
		await expect(app).toHaveAttribute('data-state', /^(engine|download|attach)$/);
		await expectNoSeriousViolations(page, `${path} loading (${locale})`);
	}

	await release();
	await waitForReady(page, READY);
	for (const locale of LOCALES) {
		if (locale === 'en') await switchTo(page, 'en');
		if (view) await drawn(page, view, 'live');
		await expectNoSeriousViolations(page, `${path} ready (${locale})`);
	}
	await switchTo(page, 'id');
}

test('/ (overview): load error, loading, ready, a selection, notices and every table, in id and en', async ({ page }) => {
	await loadStates(page, '/?wilayah=64', 'overview', 'abort');
	for (const locale of LOCALES) {
		const t = translator(locale);
		await follow(page, url('/', locale, 'wilayah=6401'));
		await drawn(page, 'overview', 'live');
		await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', new RegExp(`^6401\\|.*\\|${locale}$`));
		const ranking = page.locator('[data-chart="ranking"] [role="listbox"]');
		const active = await ranking.getAttribute('aria-activedescendant');
		expect(active).toBeTruthy();
		await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
		await expectNoSeriousViolations(page, `/?wilayah=6401 (${locale})`);

		await follow(page, url('/', locale, 'wilayah=99x'));
		await expect(page.getByText(t('overview.problem.param', { param: 'wilayah', value: '99x' }))).toBeVisible();
		await drawn(page, 'overview', 'live');
		await expectNoSeriousViolations(page, `/?wilayah=99x (${locale})`);

		await follow(page, url('/', locale, 'wilayah=6499'));
		await expect(page.getByText(t('overview.problem.area', { code: '6499' }))).toBeVisible();
		await drawn(page, 'overview', 'live');
		await expectNoSeriousViolations(page, `/?wilayah=6499 (${locale})`);

		await follow(page, url('/', locale, 'wilayah=64'));
		await expect(page.locator('[data-view="overview"]')).toHaveAttribute('data-rendered', new RegExp(`^64\\|.*\\|${locale}$`), READY);
		const frames = page.locator('[data-chart]');
		const count = await frames.count();
		expect(count).toBeGreaterThan(1);
		for (let i = 0; i < count; i++) {
			const frame = frames.nth(i);
			// The second language finds them open still (the frames outlive a navigation).
			const showTable = frame.getByRole('button', { name: t('export.showTable') });
			if (await showTable.isVisible()) await showTable.click();
			const showQuery = frame.getByRole('button', { name: t('export.showQuery') });
			if (await showQuery.isVisible()) await showQuery.click();
			// The frame's own data table (a chart such as the decliners may hold a table too).
			await expect(frame.locator('.data-table table')).toBeVisible();
			await expect(frame.locator('pre code')).toContainText('SELECT');
		}
		await expectNoSeriousViolations(page, `/?wilayah=64 tables and queries (${locale})`);
	}
});

test('/kantor/: load error, loading, ready, a selection with villages and a comparison, empty, notices, a failed village file, in id and en', async ({ page }) => {
	await loadStates(page, '/kantor/', 'kantor', 'answer 500');
	// Kalimantan Tengah's village file fails; Kalimantan Timur's (the selection below) loads.
	// On the context: by now the service worker fetches the data, and a page's routes miss its requests.
	await page.context().route('**/data/*-villages-62.duckdb', (route: Route) => route.fulfill({ status: 500, body: 'server error' }));
	for (const locale of LOCALES) {
		const t = translator(locale);
		await follow(page, url('/kantor/', locale, 'wilayah=64&pilih=6471&desa=1&banding=6471,6472'));
		await drawn(page, 'kantor', 'live');
		await expect(page.locator('[data-view="kantor"]')).toHaveAttribute('data-rendered', /^province:64\|.*\|6471\|/, READY);
		await expect(page.locator('[data-sentence]')).toBeVisible();
		await expect(page.locator('[data-panel="villages"]')).toHaveAttribute('data-state', 'ready', READY);
		await expect(page.locator('[data-chart="comparison"] table')).toBeVisible();
		await expectNoSeriousViolations(page, `/kantor/ selection, villages, comparison (${locale})`);

		await follow(page, url('/kantor/', locale, 'wilayah=62&periode=2019-12'));
		await expect(page.locator('[data-view="kantor"]')).toHaveAttribute('data-rendered', /^province:62\|2019-12\|/, READY);
		await expect(page.locator('[data-chart="decline"] [data-figure-state="empty"]')).toBeVisible(READY);
		await expectNoSeriousViolations(page, `/kantor/ empty (${locale})`);

		await follow(page, url('/kantor/', locale, 'cabang=Atlantis&pilih=99'));
		await expect(page.getByText(t('kantor.problem.param', { param: 'pilih', value: '99' }))).toBeVisible(READY);
		await drawn(page, 'kantor', 'live');
		await expectNoSeriousViolations(page, `/kantor/ notices (${locale})`);

		await follow(page, url('/kantor/', locale, 'wilayah=62&pilih=6201&desa=1'));
		await expect(page.locator('[data-panel="villages"]')).toHaveAttribute('data-state', 'error', READY);
		await expect(page.locator('[data-panel="villages"]').getByRole('alert')).toHaveText(t('villages.failed'));
		await expect(page.locator('[data-view="kantor"]')).toHaveAttribute('data-rendered', /\|6201\|/);
		await expectNoSeriousViolations(page, `/kantor/ village error (${locale})`);
	}
});

test('/metodologi/: load error, loading and ready, in id and en', async ({ page }) => {
	await loadStates(page, '/metodologi/', null, 'answer 500');
	await expect(page.locator('.provenance')).toBeVisible();
});

test('/data/: load error, loading and ready (waiting for a file), in id and en', async ({ page }) => {
	await loadStates(page, '/data/', null, 'answer 500');
	await expect(page.locator('[data-view="data"]')).toHaveAttribute('data-import-state', 'idle', READY);
});

test('keyboard: the ranking listbox announces the active region; the trend slider moves its rule in place', async ({ page }) => {
	await page.goto('/?wilayah=64&periode=2024-12');
	await waitForReady(page, READY);
	await drawn(page, 'overview', 'live');
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
