/**
 * Everything the overview draws for one area and month, fetched in parallel through a `Db`.
 * The view keeps each query beside its rows, so every figure can show its SQL and be downloaded.
 */
import { NATIONAL_CODE } from '$lib/contract/domain';
import { provinceOf } from '$lib/contract/regions';
import type { Db, Sql } from '$lib/data/connector';
import { coverageFigures, decline, type CoverageFigures, type Decline } from '$lib/metrics';
import { areaSums, childSums, trendByMonth, type AreaSums, type ChildSums, type TrendRow } from '$lib/queries/overview';

/** A child region with its figures and, when it fell, its decline. */
export interface RankedRegion extends ChildSums {
	figures: CoverageFigures;
	decline: Decline | null;
}

/** One overview: the area, its tiles, trend and the ranking of the regions beside or below it. */
export interface Overview {
	area: string;
	month: string;
	/** The area whose children are ranked: the area itself, or a regency's province. */
	rankedArea: string;
	sums: AreaSums;
	figures: CoverageFigures;
	trend: TrendRow[];
	children: RankedRegion[];
	queries: { tiles: Sql; trend: Sql; ranking: Sql };
}

/** The area whose children the ranking shows: Indonesia and provinces rank their own children; a regency ranks among its province's. */
export function rankedAreaOf(area: string): string {
	return area === NATIONAL_CODE || area.length === 2 ? area : provinceOf(area);
}

/** The overview's three figure queries for `area` and `month` (`YYYY-MM`). */
export function overviewQueries({ area, month }: { area: string; month: string }): Overview['queries'] {
	return { tiles: areaSums({ area, month }), trend: trendByMonth({ area }), ranking: childSums({ area: rankedAreaOf(area), month }) };
}

/** Run the overview's queries for `area` and `month` (`YYYY-MM`). */
export async function loadOverview(db: Db, { area, month, signal }: { area: string; month: string; signal?: AbortSignal }): Promise<Overview> {
	const rankedArea = rankedAreaOf(area);
	const queries = overviewQueries({ area, month });
	const [[sums], trend, children] = await Promise.all([
		db.query<AreaSums & Record<string, unknown>>(queries.tiles, { signal }),
		db.query<TrendRow & Record<string, unknown>>(queries.trend, { signal }),
		db.query<ChildSums & Record<string, unknown>>(queries.ranking, { signal })
	]);
	if (!sums) throw new Error('the tiles query returned no row');
	return {
		area,
		month,
		rankedArea,
		sums,
		figures: coverageFigures(sums),
		trend,
		children: children.map((c) => ({ ...c, figures: coverageFigures(c), decline: decline(c) })),
		queries
	};
}
