/**
 * The regional-office view's tables: what each figure's data table shows and its CSV/xlsx
 * exports write, as column specs and rows. Pure: the page passes its translator and rows.
 */
import type { ColumnSpec, TableRow } from '$lib/export/columns';
import type { TableColumn } from '$lib/components/table';
import type { Locale, Translate } from '$lib/i18n';
import { coverageMetric, METRICS, workforceColumn, type Denominator } from '$lib/metrics';
import type { AreaFigures, RegencyFigures } from './model';

const UCJ_ACTIVE = 'PU + BPU + Jakon';

/** The ranking table's columns (the trend line is drawn, not exported). */
export function rankingColumns(t: Translate, locale: Locale, denominator: Denominator): ColumnSpec[] {
	return [
		{ key: 'code', label: t('kantor.col.code'), kind: 'code' },
		{ key: 'name', label: t('kantor.col.name'), kind: 'text' },
		{ key: 'active_all', label: t('kantor.col.active'), kind: 'count' },
		{ key: 'active_ucj', label: `${t('kantor.col.active')} (${UCJ_ACTIVE})`, kind: 'count' },
		{ key: 'workforce', label: t(denominator === 'layak' ? 'kantor.col.eligible' : 'kantor.col.working'), kind: 'count' },
		{ key: 'coverage', label: METRICS[coverageMetric(denominator)].short[locale], kind: 'percent' },
		{ key: 'formalPenetration', label: METRICS.formalPenetration.short[locale], kind: 'percent' },
		{ key: 'informalPenetration', label: METRICS.informalPenetration.short[locale], kind: 'percent' },
		{ key: 'growth', label: METRICS.growth.short[locale], kind: 'percent' },
		{ key: 'coverageChangePts', label: METRICS.coverageChangePts.short[locale], kind: 'points' },
		{ key: 'targetAttainment', label: METRICS.targetAttainment.short[locale], kind: 'percent' },
		{ key: 'gap', label: t('kantor.col.gap'), kind: 'count' }
	];
}

/**
 * The ranking as the screen shows it: the name first (the table makes it the row's select
 * button), then the figures, then each regency's December trend line (drawn, never exported).
 */
export function rankingScreenColumns(t: Translate, locale: Locale, denominator: Denominator): TableColumn[] {
	const [code, name, ...figures] = rankingColumns(t, locale, denominator);
	return [name!, code!, ...figures, { key: 'trend', label: t('kantor.col.trend'), kind: 'sparkline' }];
}

/** The ranking table's rows: every regency of the scope, in code order. */
export function rankingRows(rows: readonly RegencyFigures[], denominator: Denominator, trends?: ReadonlyMap<string, (number | null)[]>): TableRow[] {
	return rows.map((r) => ({
		code: r.code,
		name: r.name,
		active_all: r.active_all,
		active_ucj: r.active_ucj,
		workforce: r[workforceColumn(denominator)],
		coverage: r.coverage,
		formalPenetration: r.figures.formalPenetration,
		informalPenetration: r.figures.informalPenetration,
		growth: r.figures.growth,
		coverageChangePts: r.figures.coverageChangePts,
		targetAttainment: r.figures.targetAttainment,
		gap: r.gap,
		trend: trends?.get(r.code) ?? []
	}));
}

/** The area's headline figures' columns. */
export function areaColumns(t: Translate, locale: Locale): ColumnSpec[] {
	return [
		{ key: 'active_all', label: t('kantor.col.active'), kind: 'count' },
		{ key: 'active_ucj', label: `${t('kantor.col.active')} (${UCJ_ACTIVE})`, kind: 'count' },
		{ key: 'active_pmi', label: 'PMI', kind: 'count' },
		{ key: 'eligible', label: t('kantor.col.eligible'), kind: 'count' },
		{ key: 'ucj', label: METRICS.ucj.short[locale], kind: 'percent' },
		{ key: 'coverageChangePts', label: METRICS.coverageChangePts.short[locale], kind: 'points' },
		{ key: 'growth', label: METRICS.growth.short[locale], kind: 'percent' },
		{ key: 'gap', label: t('kantor.col.gap'), kind: 'count' },
		{ key: 'reporting', label: t('kantor.col.reporting'), kind: 'count' }
	];
}

/** The area's one row. */
export function areaRows(area: AreaFigures): TableRow[] {
	return [{ ...area.sums, ...area.figures, gap: area.gap, reporting: area.reporting }];
}

/** The comparison's rows: the ranking's figures, each with the direction that is better. */
export function comparedMetrics(t: Translate, locale: Locale, denominator: Denominator): { id: string; label: string; kind: 'count' | 'percent' | 'points'; better: 'higher' | 'lower' | null }[] {
	return [
		{ id: 'active_all', label: t('kantor.col.active'), kind: 'count', better: null },
		{ id: 'coverage', label: METRICS[coverageMetric(denominator)].short[locale], kind: 'percent', better: 'higher' },
		{ id: 'formalPenetration', label: METRICS.formalPenetration.short[locale], kind: 'percent', better: 'higher' },
		{ id: 'informalPenetration', label: METRICS.informalPenetration.short[locale], kind: 'percent', better: 'higher' },
		{ id: 'growth', label: METRICS.growth.short[locale], kind: 'percent', better: 'higher' },
		{ id: 'coverageChangePts', label: METRICS.coverageChangePts.short[locale], kind: 'points', better: 'higher' },
		{ id: 'targetAttainment', label: METRICS.targetAttainment.short[locale], kind: 'percent', better: 'higher' },
		{ id: 'gap', label: t('kantor.col.gap'), kind: 'count', better: 'lower' }
	];
}
