/**
 * What each overview figure reads (`views/common/origin.ts`), for its "sebagian sintetis" mark
 * and its exports' provenance once a user's data is active. The tiles, the ranking and the
 * largest falls compare the month with the same month a year earlier, so both months count.
 */
import { yearBefore, type Month } from '$lib/period';
import { READS, type ViewScope } from '$lib/views/common/origin';
import type { OverviewFigure } from './queries';

/** The overview's figures, with the penetration chart (sliced from the area's rows). */
export type OverviewScoped = OverviewFigure | 'penetration';

/** Each figure's scope for the area shown, the ranked area (its children's parent) and the month. */
export function figureScopes({ area, rankedArea, month }: { area: string; rankedArea: string; month: Month | null }): Record<OverviewScoped, ViewScope> {
	const pair = month ? { months: [yearBefore(month), month] } : {};
	return {
		tiles: { tables: READS.coverage, areas: [area], ...pair },
		// Whole period: every month the sample holds counts.
		trend: { tables: READS.participants, areas: [area] },
		// The area and (for a regency) its province, by December.
		penetration: { tables: READS.perWorkforce, areas: [rankedArea] },
		ranking: { tables: READS.coverage, areas: [rankedArea], ...pair },
		decline: { tables: READS.perWorkforce, areas: [rankedArea], ...pair }
	};
}
