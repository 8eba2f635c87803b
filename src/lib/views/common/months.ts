/**
 * Slicing one month out of monthly sums fetched once per area (`queries/monthly.ts`): the
 * month's own row and the same month a year earlier, in the shape the metric formulas take.
 * Every view that lets the user pick a month reads its figures through this, so a month change
 * costs a lookup, not a query.
 */
import type { MonthlySums } from '$lib/queries/monthly';
import { SEGMENTS } from '$lib/contract/domain';
import type { TrendRow } from '$lib/charts/trend';
import { isMonth, monthsBetween, yearBefore, type Month } from '$lib/period';

/** One area's sums for a month, and a year earlier (`_prev`). */
export interface MonthSums extends MonthlySums {
	active_all_prev: number | null;
	active_ucj_prev: number | null;
	active_pu_prev: number | null;
	active_bpu_prev: number | null;
	active_jakon_prev: number | null;
	active_pmi_prev: number | null;
	eligible_prev: number | null;
}

/** Rows by code, then by month: built once per fetched set, read on every month change. */
export type MonthIndex = ReadonlyMap<string, ReadonlyMap<Month, MonthlySums>>;

/** Index monthly rows by code and month. */
export function indexMonths(rows: readonly MonthlySums[]): MonthIndex {
	const index = new Map<string, Map<Month, MonthlySums>>();
	for (const row of rows) {
		let months = index.get(row.code);
		if (!months) index.set(row.code, (months = new Map()));
		months.set(row.month, row);
	}
	return index;
}

/**
 * The sums of `code` in `month` and a year earlier. A month without a row gives nulls (not
 * zeros), so the formulas return null instead of a made-up 0 %.
 */
export function sumsAt(index: MonthIndex, code: string, month: Month): MonthSums {
	const months = index.get(code);
	const now = months?.get(month);
	const prev = months?.get(yearBefore(month));
	return {
		code,
		month,
		active_all: now?.active_all ?? null,
		active_ucj: now?.active_ucj ?? null,
		active_pu: now?.active_pu ?? null,
		active_bpu: now?.active_bpu ?? null,
		active_jakon: now?.active_jakon ?? null,
		active_pmi: now?.active_pmi ?? null,
		non_active_all: now?.non_active_all ?? null,
		working: now?.working ?? null,
		formal: now?.formal ?? null,
		informal: now?.informal ?? null,
		eligible: now?.eligible ?? null,
		target_pct: now?.target_pct ?? null,
		active_all_prev: prev?.active_all ?? null,
		active_ucj_prev: prev?.active_ucj ?? null,
		active_pu_prev: prev?.active_pu ?? null,
		active_bpu_prev: prev?.active_bpu ?? null,
		active_jakon_prev: prev?.active_jakon ?? null,
		active_pmi_prev: prev?.active_pmi ?? null,
		eligible_prev: prev?.eligible ?? null
	};
}

/** The months a manifest's period covers (none for a missing or malformed period). */
export function periodMonths(period: { from: string; to: string } | null | undefined): Month[] {
	return period && isMonth(period.from) && isMonth(period.to) ? monthsBetween(period.from, period.to) : [];
}

/** Trend points of monthly sums: active participants per month and segment (months without a segment's count left out). */
export function segmentTrend(months: ReadonlyMap<Month, MonthlySums> | undefined): TrendRow[] {
	const column = { PU: 'active_pu', BPU: 'active_bpu', JAKON: 'active_jakon', PMI: 'active_pmi' } as const;
	const rows: TrendRow[] = [];
	for (const [month, row] of months ?? []) {
		for (const segment of SEGMENTS) {
			const active = row[column[segment]];
			if (active !== null) rows.push({ month, segment, active });
		}
	}
	return rows;
}
