/**
 * The regional-office view's queries. The scope (its provinces) decides the monthly rows; the
 * month, the denominator, the metric and the selection re-slice loaded rows in the page.
 *
 *   directory  provinces and regencies with their offices (pickers, names, scopes)
 *   decembers  every regency's December rows (first figures, trend lines)
 *   months     the scope's regencies' monthly rows: one province's, or several at once
 */
import type { Sql } from '$lib/data/connector';
import { childMonthly, regencyMonthly, regencyMonthsAt } from '$lib/queries/monthly';
import { yearBefore, type Month } from '$lib/period';
import { officeDirectory, regencyDecembers } from '$lib/queries/offices';

/** The monthly rows of the regencies of `provinces` (one statement, whatever the count). */
export function scopeMonthsQuery(provinces: readonly string[]): Sql {
	return provinces.length === 1 ? childMonthly({ area: provinces[0]! }) : regencyMonthly({ provinces });
}

/** The view's figures. */
export type KantorFigure = 'map' | 'ranking' | 'decline' | 'trend' | 'penetration' | 'scatter' | 'comparison';

/** Where a state's rows came from: every December, the area's whole history, or one month and a year earlier. */
export type RowSource = 'decembers' | 'months' | 'pair';

/** The query behind each area figure, given where its rows came from. */
export function figureQueries(provinces: readonly string[], source: RowSource, month: Month | null): Record<KantorFigure, Sql> {
	const rows =
		source === 'decembers' ? regencyDecembers() : source === 'pair' && month ? regencyMonthsAt({ provinces, months: [yearBefore(month), month] }) : scopeMonthsQuery(provinces);
	const months = scopeMonthsQuery(provinces);
	return { map: rows, ranking: rows, decline: rows, comparison: rows, trend: months, penetration: regencyDecembers(), scatter: rows };
}

/** The statements of the first figures: pre-run at build time into the snapshot. */
export function firstQueries(): { national: Sql[]; kantor: Sql[] } {
	return { national: [officeDirectory()], kantor: [regencyDecembers()] };
}
