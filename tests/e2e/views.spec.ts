/**
 * One smoke test per view of the registry (src/lib/views/registry.ts): it opens in both
 * languages, marks itself in the navigation, shows its heading, and its nav links carry the
 * shared parameters and nothing else. A new registry entry is covered without a new test here.
 * The views are reached by links in one shared page (`app`, `openApp`), as a user moves between
 * them; each view's own page load is covered by offline.spec.ts (a reload of every view) and
 * hostile-urls.spec.ts (a hostile address loaded first).
 */
import { t } from '../../src/lib/i18n';
import { VIEWS } from '../../src/lib/views/registry';
import { expect, openApp, test } from './helpers';

for (const view of VIEWS) {
	for (const locale of ['id', 'en'] as const) {
		test(`${view.id} (${view.path}) opens in ${locale} and links on with the shared parameters`, async ({ app: page }) => {
			const query = `?wilayah=64&periode=2024-12${locale === 'en' ? '&bahasa=en' : ''}`;
			await openApp(page, `${view.path}${query}&pilih=6401`);
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
