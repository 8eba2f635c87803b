/**
 * The overview's tables: what each figure's data table shows and its CSV/xlsx exports write,
 * as column specs and rows. Pure: the page passes its translator and the loaded rows.
 */
import { SEGMENTS } from '$lib/contract/domain';
import type { ColumnSpec } from '$lib/export/columns';
import { segmentKey, type Locale, type MessageKey, type Translate } from '$lib/i18n';
import { coverageMetric, coverageOf, METRICS, workforceColumn, type Denominator } from '$lib/metrics';
import type { TrendRow } from '$lib/charts/trend';
import { pivotWide } from '$lib/reshape/pivot';
import type { Decline } from '$lib/metrics';
import type { RankedRegion, Tiles } from './model';

/** The denominator in words, as a message key per denominator. */
export const DENOMINATOR_TEXT: Readonly<Record<Denominator, MessageKey>> = {
	layak: 'denominator.eligible',
	bekerja: 'denominator.working'
};

/** The denominator's short label (the picker's, and a column header). */
export const DENOMINATOR_LABEL: Readonly<Record<Denominator, MessageKey>> = {
	layak: 'overview.denominator.layak',
	bekerja: 'overview.denominator.bekerja'
};

const UCJ_ACTIVE = 'PU + BPU + Jakon';

/** The tiles' table: every sum and figure of the area in the month. */
export function tileColumns(t: Translate, locale: Locale): ColumnSpec[] {
	return [
		{ key: 'active_all', label: t('overview.tile.active'), kind: 'count' },
		{ key: 'active_ucj', label: `${t('overview.col.active')} (${UCJ_ACTIVE})`, kind: 'count' },
		{ key: 'active_pu', label: 'PU', kind: 'count' },
		{ key: 'active_bpu', label: 'BPU', kind: 'count' },
		{ key: 'active_jakon', label: 'Jakon', kind: 'count' },
		{ key: 'active_pmi', label: 'PMI', kind: 'count' },
		{ key: 'eligible', label: t('overview.col.eligible'), kind: 'count' },
		{ key: 'working', label: t('overview.denominator.bekerja'), kind: 'count' },
		...(['ucj', 'ucjNaive', 'formalPenetration', 'informalPenetration', 'growth', 'targetAttainment'] as const).map((id) => ({
			key: id,
			label: METRICS[id].label[locale],
			kind: 'percent' as const
		})),
		{ key: 'coverageChangePts', label: METRICS.coverageChangePts.label[locale], kind: 'points' }
	];
}

/** The tiles' one row. */
export function tileRows(tiles: Tiles): Record<string, unknown>[] {
	return [{ ...tiles.sums, ...tiles.figures }];
}

/** The trend's table: a month per row, a segment per column. */
export function trendColumns(t: Translate): ColumnSpec[] {
	return [
		{ key: 'month', label: t('overview.col.month'), kind: 'month' },
		...SEGMENTS.map((s) => ({ key: s, label: t(segmentKey(s)), kind: 'count' as const }))
	];
}

/** The trend's rows, wide. */
export function trendTableRows(rows: readonly TrendRow[]): Record<string, unknown>[] {
	return pivotWide(rows, { row: 'month', column: 'segment', value: 'active', columns: SEGMENTS });
}

/** The ranking's table columns under a denominator. */
export function rankingColumns(t: Translate, locale: Locale, denominator: Denominator): ColumnSpec[] {
	return [
		{ key: 'code', label: t('overview.col.code'), kind: 'code' },
		{ key: 'name', label: t('overview.col.name'), kind: 'text' },
		{ key: 'active_ucj', label: `${t('overview.col.active')} (${UCJ_ACTIVE})`, kind: 'count' },
		{ key: 'workforce', label: t(denominator === 'layak' ? 'overview.col.eligible' : DENOMINATOR_LABEL.bekerja), kind: 'count' },
		{ key: 'coverage', label: METRICS[coverageMetric(denominator)].label[locale], kind: 'percent' },
		{ key: 'coverageChangePts', label: METRICS.coverageChangePts.label[locale], kind: 'points' },
		{ key: 'growth', label: METRICS.growth.label[locale], kind: 'percent' },
		{ key: 'target_pct', label: t('overview.col.target'), kind: 'percent' }
	];
}

/** The ranking's table rows (every child, in code order, with or without data). */
export function rankingTableRows(regions: readonly RankedRegion[], denominator: Denominator): Record<string, unknown>[] {
	return regions.map((r) => ({
		code: r.code,
		name: r.name,
		active_ucj: r.active_ucj,
		workforce: r[workforceColumn(denominator)],
		coverage: coverageOf(r.figures, denominator),
		coverageChangePts: r.figures.coverageChangePts,
		growth: r.figures.growth,
		target_pct: r.target_pct
	}));
}

/** The largest falls' table columns. */
export function declineColumns(t: Translate, locale: Locale): ColumnSpec[] {
	return [
		{ key: 'code', label: t('overview.col.code'), kind: 'code' },
		{ key: 'name', label: t('overview.col.name'), kind: 'text' },
		{ key: 'active_ucj', label: t('overview.col.active'), kind: 'count' },
		{ key: 'active_ucj_prev', label: t('overview.col.activePrev'), kind: 'count' },
		{ key: 'change', label: t('overview.col.change'), kind: 'count' },
		{ key: 'growth', label: METRICS.growth.label[locale], kind: 'percent' },
		{ key: 'coverageChangePts', label: METRICS.coverageChangePts.label[locale], kind: 'points' },
		{ key: 'driver', label: t('overview.decline.driver'), kind: 'text' },
		{ key: 'driverShare', label: t('overview.col.driverShare'), kind: 'percent' }
	];
}

/** The largest falls' rows. */
export function declineTableRows(regions: readonly (RankedRegion & { decline: Decline })[]): Record<string, unknown>[] {
	return regions.map((r) => ({
		code: r.code,
		name: r.name,
		active_ucj: r.active_ucj,
		active_ucj_prev: r.active_ucj_prev,
		change: r.decline.change,
		growth: r.figures.growth,
		coverageChangePts: r.figures.coverageChangePts,
		driver: r.decline.driver,
		driverShare: r.decline.driverShare
	}));
}
