/**
 * The national overview's model: what it loads for a state and everything it derives from the
 * loaded rows, as pure functions. The page (`src/routes/+page.svelte`) keeps markup and wiring;
 * the build's snapshot step, the bench and the tests use this module, never the route.
 *
 * One load per area; the month, the denominator and the language only re-slice what is loaded,
 * so they redraw without touching the engine.
 */
import { NATIONAL_CODE } from '$lib/contract/domain';
import { areaLevel, parentArea, rankedAreaOf, type AreaCode } from '$lib/contract/areas';
import type { Db, QueryOptions } from '$lib/data/connector';
import { coverageFigures, coverageOf, decline, type CoverageFigures, type Decline, type Denominator } from '$lib/metrics';
import type { MonthlySums } from '$lib/queries/monthly';
import type { RegionRow } from '$lib/queries/regions';
import type { PenetrationSeries } from '$lib/charts/penetration';
import type { TrendRow } from '$lib/charts/trend';
import { penetrationByYear, sumMonthly } from '$lib/metrics/penetration';
import type { Month } from '$lib/period';
import { indexMonths, periodMonths, segmentTrend, sumsAt, type MonthIndex, type MonthSums } from '$lib/views/common/months';
import type { OverviewState } from './params';
import { overviewQueries } from './queries';

/** What one area's load returns. */
export interface OverviewData {
	/** The area shown: the one asked for, or Indonesia when the data does not know it. */
	area: AreaCode;
	/** The area asked for when the data did not know it (a notice says so), else null. */
	unknown: AreaCode | null;
	/** The area whose children are ranked: the area itself, or a regency's province. */
	rankedArea: AreaCode;
	/** The picker's provinces and the ranked area's regencies (names of the ranking). */
	names: RegionRow[];
	/** The area's months, indexed. */
	series: MonthIndex;
	/** The ranked area's children's months, indexed. */
	children: MonthIndex;
}

/**
 * Load everything the overview draws for `area`, in parallel. An area the data does not know
 * (a well-formed code of no region) is shown as Indonesia, and `unknown` names it.
 */
export async function loadOverview(db: Db, { area }: { area: AreaCode }, options: QueryOptions = {}): Promise<OverviewData> {
	const q = overviewQueries({ area });
	const [names, series, children] = await Promise.all([
		db.query<RegionRow & Record<string, unknown>>(q.names, options),
		q.series ? db.query<MonthlySums & Record<string, unknown>>(q.series, options) : null,
		db.query<MonthlySums & Record<string, unknown>>(q.children, options)
	]);
	if (area !== NATIONAL_CODE && !names.some((n) => n.code === area)) {
		return { ...(await loadOverview(db, { area: NATIONAL_CODE }, options)), unknown: area };
	}
	const childIndex = indexMonths(children);
	return {
		area,
		unknown: null,
		rankedArea: rankedAreaOf(area),
		names,
		// A regency's own rows are among its province's children (the same sums).
		series: series ? indexMonths(series) : new Map([[area, childIndex.get(area) ?? new Map()]]),
		children: childIndex
	};
}

/** The state once resolved against the data: a month the data has, an area it knows. */
export interface ResolvedState {
	area: AreaCode;
	month: Month;
	denominator: Denominator;
	locale: OverviewState['locale'];
}

/** The months a manifest's period covers. */
export { periodMonths };

/**
 * The month to show: the URL's when the data has it, else the latest. `problem` is the URL's
 * month when it was replaced (a notice says so).
 */
export function resolveMonth(requested: Month | null, months: readonly Month[]): { month: Month | null; problem: Month | null } {
	if (requested && months.includes(requested)) return { month: requested, problem: null };
	return { month: months.at(-1) ?? null, problem: requested && months.length ? requested : null };
}

/** The key of a drawn state, `area|month|denominator|locale`: `data-rendered` once it is on screen. */
export function stateKey(state: ResolvedState): string {
	return [state.area, state.month, state.denominator, state.locale].join('|');
}

/** The headline figures of the area in a month. */
export interface Tiles {
	sums: MonthSums;
	figures: CoverageFigures;
}

/** The tiles for `month`. */
export function tilesAt(data: OverviewData, month: Month): Tiles {
	const sums = sumsAt(data.series, data.area, month);
	return { sums, figures: coverageFigures(sums) };
}

/** The trend's points: active participants per month and segment (rows keep their identity per load). */
export function trendRows(data: OverviewData): TrendRow[] {
	return segmentTrend(data.series.get(data.area));
}

/** The penetration chart's lines: the area's (solid), and a regency's beside its province's. */
export interface Penetration {
	area: PenetrationSeries;
	/** The regency shown, drawn dashed over its province; null for Indonesia or a province. */
	selected: PenetrationSeries | null;
}

/**
 * Informal and formal penetration by year for the area shown. A regency is drawn against its
 * province, whose sums are added from the loaded regencies (`sumMonthly`, the rollup's own sum
 * rule, so they equal the province's row) rather than fetched: no extra query. Independent of
 * the month, so a month change keeps the points.
 */
export function penetrationOf(data: OverviewData, national: string): Penetration {
	const own = { name: areaName(data, data.area, national), points: penetrationByYear(data.series.get(data.area)) };
	if (areaLevel(data.area) !== 'regency') return { area: own, selected: null };
	// A regency's ranked area is its province, and the loaded children are its regencies.
	const province = data.rankedArea;
	return {
		area: { name: areaName(data, province, national), points: penetrationByYear(sumMonthly(province, data.children.values())) },
		selected: own
	};
}

/** A child region in a month: its sums, figures, coverage under the denominator and its decline. */
export interface RankedRegion extends MonthSums {
	name: string;
	figures: CoverageFigures;
	/** Coverage under the chosen denominator, or null without data. */
	value: number | null;
	decline: Decline | null;
}

/** The children of the ranked area (provinces of Indonesia, regencies of a province) in `month`, in code order. */
export function childrenAt(data: OverviewData, month: Month, denominator: Denominator): RankedRegion[] {
	const level = data.rankedArea === NATIONAL_CODE ? 'province' : 'regency';
	return data.names
		.filter((n) => n.level === level)
		.map((n) => {
			const sums = sumsAt(data.children, n.code, month);
			const figures = coverageFigures(sums);
			return { ...sums, name: n.name, figures, value: coverageOf(figures, denominator), decline: decline(sums) };
		});
}

/** The regions with a value, for the ranking chart (highest first is the chart's job). */
export function rankable(regions: readonly RankedRegion[]): (RankedRegion & { value: number })[] {
	return regions.filter((r): r is RankedRegion & { value: number } => r.value !== null);
}

/** The highest and lowest region by value, or null when none has one. Ties keep the first in code order. */
export function extremes<R extends { value: number }>(regions: readonly R[]): { top: R; bottom: R } | null {
	if (!regions.length) return null;
	let top = regions[0]!;
	let bottom = regions[0]!;
	for (const r of regions) {
		if (r.value > top.value) top = r;
		if (r.value < bottom.value) bottom = r;
	}
	return { top, bottom };
}

/** The regions that fell, largest fall first (at most `limit`). */
export function decliners(regions: readonly RankedRegion[], limit = 10): (RankedRegion & { decline: Decline })[] {
	return regions
		.filter((r): r is RankedRegion & { decline: Decline } => r.decline !== null)
		.sort((a, b) => a.decline.change - b.decline.change || a.code.localeCompare(b.code))
		.slice(0, limit);
}

/** The region the ranking highlights: the area when it is one of the ranked children. */
export function selectedChild(data: Pick<OverviewData, 'area' | 'rankedArea'>): AreaCode | null {
	return data.area === data.rankedArea ? null : data.area;
}

/** The name of an area, from the loaded names (Indonesia has none in the data). */
export function areaName(data: Pick<OverviewData, 'names'>, area: AreaCode, national: string): string {
	return area === NATIONAL_CODE ? national : (data.names.find((n) => n.code === area)?.name ?? area);
}

/** The ranking's target rule: the province's UCJ target (Indonesia has none); the area's rows carry it. */
export function rankingTarget(data: OverviewData, month: Month): number | null {
	return data.rankedArea === NATIONAL_CODE ? null : sumsAt(data.series, data.area, month).target_pct;
}

/**
 * The states a user is likely to open next from `state`, for idle prefetch: the area one level
 * up (the picker's way back). Months need none: they are sliced from loaded rows.
 */
export function likelyNext(state: { area: AreaCode }): { area: AreaCode }[] {
	const parent = parentArea(state.area);
	return parent ? [{ area: parent }] : [];
}
