/**
 * The metric ids of DOMAIN.md section 2. One id per metric: it is the SQL alias, the function
 * name in `formulas.ts` and the label key (`metric.<id>.label`) everywhere.
 */
export const METRIC_IDS = [
	'ucj',
	'ucjNaive',
	'formalPenetration',
	'informalPenetration',
	'growth',
	'coverageChangePts',
	'targetAttainment',
	'segmentShare',
	'activityRatio'
] as const;

/** One of the DOMAIN.md metric ids. */
export type MetricId = (typeof METRIC_IDS)[number];
