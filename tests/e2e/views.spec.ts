/**
 * One smoke test per view of the registry (src/lib/views/registry.ts): it opens in both
 * languages, marks itself in the navigation, shows its heading, and its nav links carry the
 * shared parameters and nothing else. A new registry entry is covered without a new test here.
 */
import { t } from '../../src/lib/i18n';
import { VIEWS } from '../../src/lib/views/registry';
import { expect, test, waitForReady } from './helpers';

for (const view of VIEWS) {
	for (const locale of ['id', 'en'] as const) {
		test(`${view.id} (${view.path}) opens in ${locale} and links on with the shared parameters`, async ({ page }) => {
			const query = `?wilayah=64&periode=2024-12${locale === 'en' ? '&bahasa=en' : ''}`;
			await page.goto(`${view.path}${query}&pilih=6401`);
			await waitForReady(page);
			const root = page.locator(`[data-view="${view.id}"]`);
			await expect(root).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
			const nav = page.getByRole('navigation');
			await expect(nav.locator('[aria-current="page"]')).toHaveText(t(view.navKey, undefined, locale));
			for (const other of VIEWS) {
				// A view's own parameter (`pilih` here) never travels; the shared ones do.
				await expect(nav.getByRole('link', { name: t(other.navKey, undefined, locale) })).toHaveAttribute('href', `${other.path}${query}`);
			}
			if (view.id === 'overview') await expect(root).toHaveAttribute('data-rendered', `64|2024-12|layak|${locale}`);
		});
	}
}
