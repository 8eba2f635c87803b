/**
 * The queries the overview runs first, for its default state (Indonesia, the latest month).
 * The build runs exactly these into the snapshot, so the first figures need no engine; the
 * page runs the same builders, so the keys match.
 */
import { NATIONAL_CODE } from '$lib/contract/domain';
import type { Sql } from '$lib/data/connector';
import { areaChoices } from '$lib/queries/regions';
import { overviewQueries } from './load-overview';

/** The first view's queries for a dataset whose last month is `lastMonth` (`YYYY-MM`). */
export function firstViewQueries(lastMonth: string): Sql[] {
	const q = overviewQueries({ area: NATIONAL_CODE, month: lastMonth });
	return [areaChoices({ province: null }), q.tiles, q.trend, q.ranking];
}
