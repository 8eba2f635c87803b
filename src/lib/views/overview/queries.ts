/**
 * The overview's queries for a state. Only the area decides them: the month, the denominator
 * and the language are applied to the fetched rows in the page (`model.ts`), so changing them
 * needs no query.
 *
 *   names     the picker's provinces and the regencies of the area's province (also the ranking's names)
 *   series    the area's monthly sums (tiles, trend); a regency's rows come from `children`
 *   children  the monthly sums of the ranked area's children (ranking, largest falls)
 */
import type { Sql } from '$lib/data/connector';
import { areaLevel, areaProvince, rankedAreaOf, type AreaCode } from '$lib/contract/areas';
import { areaMonthly, childMonthly } from '$lib/queries/monthly';
import { areaChoices } from '$lib/queries/regions';

/** The statements one area needs. */
export interface OverviewQueries {
	names: Sql;
	/** null for a regency: its rows are among its province's children. */
	series: Sql | null;
	children: Sql;
}

/** Every query the overview runs for `area`. */
export function overviewQueries({ area }: { area: AreaCode }): OverviewQueries {
	return {
		names: areaChoices({ province: areaProvince(area) }),
		series: areaLevel(area) === 'regency' ? null : areaMonthly({ area }),
		children: childMonthly({ area: rankedAreaOf(area) })
	};
}

/** The overview's figures. */
export type OverviewFigure = 'tiles' | 'trend' | 'ranking' | 'decline';

/** The query behind each figure (what its "show query" displays and its export cites). */
export function figureQueries({ area }: { area: AreaCode }): Record<OverviewFigure, Sql> {
	const q = overviewQueries({ area });
	const series = q.series ?? q.children;
	return { tiles: series, trend: series, ranking: q.children, decline: q.children };
}

/** Every statement of a state, for the build-time snapshot and the prefetch. */
export function allQueries(state: { area: AreaCode }): Sql[] {
	const q = overviewQueries(state);
	return [q.names, ...(q.series ? [q.series] : []), q.children];
}
