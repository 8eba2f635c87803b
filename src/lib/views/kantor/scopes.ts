/**
 * What each /kantor/ figure reads (`views/common/origin.ts`), for its "sebagian sintetis" mark and
 * its exports' provenance once a user's data is active. An office area reads its provinces
 * (Indonesia as `ID`, so that only-my-data names the provinces it covers); a selected regency's
 * panels read the regency; comparisons of a month with a year earlier count both months.
 */
import { NATIONAL_CODE } from '$lib/contract/domain';
import { yearBefore, type Month } from '$lib/period';
import { READS, type ViewScope } from '$lib/views/common/origin';
import type { MapMetric } from './params';

/** The figures of the view that show a frame (or export a table). */
export type KantorScoped =
	| 'area'
	| 'map'
	| 'ranking'
	| 'decline'
	| 'places'
	| 'trend'
	| 'regencyTrend'
	| 'penetration'
	| 'scatter'
	| 'comparison'
	| 'programmes'
	| 'policy'
	| 'villages';

/** What the map's metric reads: growth counts participants only, attainment adds the target. */
function metricScope(metric: MapMetric, month: Month | null): Pick<ViewScope, 'tables' | 'months'> {
	const tables = metric === 'growth' ? READS.participants : metric === 'targetAttainment' ? READS.coverage : READS.perWorkforce;
	if (!month) return { tables };
	const change = metric === 'growth' || metric === 'coverageChangePts';
	return { tables, months: change ? [yearBefore(month), month] : [month] };
}

/** Each figure's scope. */
export function figureScopes({
	scope,
	month,
	metric,
	selected,
	compared,
	villageMonth
}: {
	/** The office area: national, or the provinces it needs. */
	scope: { kind: string; provinces: readonly string[] } | null;
	month: Month | null;
	metric: MapMetric;
	selected: string | null;
	compared: readonly string[];
	/** The December the villages panel shows. */
	villageMonth: Month | null;
}): Record<KantorScoped, ViewScope> {
	const areas = !scope || scope.kind === 'national' ? [NATIONAL_CODE] : scope.provinces;
	const pair = month ? { months: [yearBefore(month), month] } : {};
	const regency = selected ? [selected] : areas;
	return {
		area: { tables: READS.coverage, areas, ...pair },
		map: { areas, ...metricScope(metric, month) },
		ranking: { tables: READS.coverage, areas, ...pair },
		decline: { tables: READS.perWorkforce, areas, ...pair },
		places: { tables: READS.perWorkforce, areas, ...pair },
		trend: { tables: READS.participants, areas },
		regencyTrend: { tables: READS.participants, areas: regency },
		// By December over the years, the area's and the selection's (within the area).
		penetration: { tables: READS.perWorkforce, areas },
		scatter: { tables: [...READS.perWorkforce, 'regional_budget'], areas, ...(month ? { months: [month] } : {}) },
		comparison: { tables: READS.coverage, areas: compared.length ? compared : areas, ...pair },
		programmes: { tables: ['participation_programme'], areas: regency, ...pair },
		// By year (the month's and the one before), not by month.
		policy: { tables: ['regional_budget', 'regional_regulations'], areas: regency },
		villages: { tables: ['participation_village', 'villages_support'], areas: regency, ...(villageMonth ? { months: [villageMonth] } : {}) }
	};
}
