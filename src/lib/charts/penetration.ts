/**
 * Informal and formal penetration by year as lines: one colour per metric (the BPU and PU
 * colours of the trend, so "informal" looks the same everywhere), solid for the area and dashed
 * for an optional second series (the selected regency), with a rule at the chosen year. The
 * data-table columns and rows and the words a screen reader hears live here too.
 */
import * as Plot from '@observablehq/plot';
import type { ColumnSpec, TableRow } from '$lib/export/columns';
import { formatPercent } from '$lib/format';
import { translator, type Locale, type Translate } from '$lib/i18n';
import { METRICS } from '$lib/metrics/registry';
import type { PenetrationPoint } from '$lib/metrics/penetration';
import { SEGMENT_COLORS } from './trend';

/** A named line pair: an area's (or a regency's) points by year. */
export interface PenetrationSeries {
	name: string;
	points: readonly PenetrationPoint[];
}

/** Which penetration a line draws. */
export type PenetrationMetric = 'informal' | 'formal';
const METRIC_ORDER: readonly PenetrationMetric[] = ['informal', 'formal'];

/** Line colour per metric: informal workers are BPU participants, formal workers PU. */
export const PENETRATION_COLORS: Readonly<Record<PenetrationMetric, string>> = {
	informal: SEGMENT_COLORS.BPU,
	formal: SEGMENT_COLORS.PU
};

/** Dash pattern of the second (selected regency's) series. */
export const DASHED = '6 4';

/** Classes of the marks' `<g>`s, for tests and styling. */
export const PENETRATION_CLASS = {
	/** The area's lines (solid): one `<path>` per metric. */
	area: 'penetration-area',
	/** The selected regency's lines (dashed). */
	selected: 'penetration-selected',
	/** A dot per year, metric and series, with a `<title>` naming its value. */
	dot: 'penetration-dot',
	/** The chosen year's rule. */
	year: 'penetration-year'
} as const;

/** Options of {@link penetrationSpec}. */
export interface PenetrationOptions {
	locale?: Locale;
	/** The year marked by a rule (the slider's value). */
	year?: number | null;
	width?: number;
	height?: number;
	/** Plot's `document` option, for rendering outside the browser (tests). */
	document?: Document;
}

/** One drawn value: a series' penetration of one metric in one year (null: a gap in the line). */
interface LinePoint {
	year: number;
	metric: PenetrationMetric;
	value: number | null;
	/** Hover text: series, year, metric and value. */
	title: string;
}

const MARGIN = { top: 20, right: 20, bottom: 30, left: 48 } as const;

/** The years any series has a point for, ascending. */
export function penetrationYears(series: readonly (PenetrationSeries | null | undefined)[]): number[] {
	const years = new Set<number>();
	for (const s of series) for (const p of s?.points ?? []) years.add(p.year);
	return [...years].sort((a, b) => a - b);
}

/** The year to show: `wanted` when some series has it, else the latest; null without points. */
export function shownYear(years: readonly number[], wanted: number | null | undefined): number | null {
	return wanted != null && years.includes(wanted) ? wanted : (years.at(-1) ?? null);
}

/** Plot options: x the year, y penetration in percent from 0; `selected` draws dashed. */
export function penetrationSpec(
	area: PenetrationSeries,
	selected: PenetrationSeries | null = null,
	opts: PenetrationOptions = {}
): Plot.PlotOptions {
	const { locale = 'id', year = null, width = 640, height = 280, document } = opts;
	const t = translator(locale);
	const areaLines = linePoints(area, t, locale);
	const selectedLines = selected ? linePoints(selected, t, locale) : [];
	const years = penetrationYears([area, selected]);
	const values = [...areaLines, ...selectedLines].flatMap((p) => (p.value == null ? [] : [p.value]));
	const max = Math.max(1, ...values);
	// A single year still needs a span to draw in.
	const [first, last] = [years[0] ?? 0, years.at(-1) ?? 0];
	const domain = first === last ? [first - 0.5, last + 0.5] : [first, last];
	const line = (data: LinePoint[], className: string, dashed: boolean) =>
		Plot.lineY(data, {
			x: 'year',
			y: 'value',
			z: 'metric',
			stroke: 'metric',
			strokeWidth: 2,
			strokeDasharray: dashed ? DASHED : undefined,
			className
		});
	const drawn = [...areaLines, ...selectedLines].filter((p) => p.value != null);
	return {
		document,
		width,
		height,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		// keeps the first and last years' dots inside the frame
		insetLeft: 8,
		insetRight: 8,
		x: { domain, ticks: years, tickFormat: (d: number) => String(d), label: null },
		y: {
			domain: [0, max],
			nice: true,
			grid: true,
			label: t('informal.penetration.y'),
			ticks: Math.max(3, Math.round(height / 60)),
			tickFormat: (v: number) => formatPercent(v, { digits: tickDecimals(v) }, locale)
		},
		color: { domain: METRIC_ORDER, range: METRIC_ORDER.map((m) => PENETRATION_COLORS[m]) },
		marks: [
			Plot.ruleY([0]),
			line(areaLines, PENETRATION_CLASS.area, false),
			selected ? line(selectedLines, PENETRATION_CLASS.selected, true) : null,
			Plot.dot(drawn, { x: 'year', y: 'value', fill: 'metric', r: 3, title: 'title', className: PENETRATION_CLASS.dot }),
			year == null ? null : Plot.ruleX([year], { stroke: 'currentColor', strokeWidth: 1.5, className: PENETRATION_CLASS.year })
		]
	};
}

function linePoints(series: PenetrationSeries, t: Translate, locale: Locale): LinePoint[] {
	const label = { informal: t('informal.penetration.informal'), formal: t('informal.penetration.formal') };
	return series.points.flatMap((p) =>
		METRIC_ORDER.map((metric) => ({
			year: p.year,
			metric,
			value: p[metric],
			title: `${series.name}, ${p.year}\n${label[metric]}: ${formatPercent(p[metric], {}, locale)}`
		}))
	);
}

/** The year under a pointer at `clientX` on a rendered penetration plot, snapped to `years`. */
export function yearAtPointer(plot: Element & Plot.Plot, clientX: number, years: readonly number[]): number | null {
	const x = plot.scale('x');
	const svg = plot.localName === 'svg' ? plot : plot.querySelector('svg');
	if (!x?.invert || !svg) return null;
	const rect = svg.getBoundingClientRect();
	// The SVG may be drawn narrower than its width attribute (max-width: 100%): rescale.
	const ratio = rect.width ? Number(svg.getAttribute('width')) / rect.width : 1;
	return nearestYear(years, Number(x.invert((clientX - rect.left) * ratio)));
}

/**
 * The year of `years` closest to `value` (ties go to the earlier year), or null for none.
 * @example nearestYear([2019, 2020, 2021], 2020.4) // 2020
 */
export function nearestYear(years: readonly number[], value: number): number | null {
	let best: number | null = null;
	for (const year of years) if (best === null || Math.abs(year - value) < Math.abs(best - value)) best = year;
	return best;
}

/**
 * "Desember 2024: Kalimantan Tengah: informal 12,3%, formal 45,6%; Kapuas: informal 8,0%, …":
 * the slider's value text, the readout line and the frame's description. A series without
 * the year is left out.
 */
export function yearSummary(series: readonly (PenetrationSeries | null | undefined)[], year: number, locale: Locale = 'id'): string {
	const t = translator(locale);
	const values = series.flatMap((s) => {
		const point = s?.points.find((p) => p.year === year);
		if (!s || !point) return [];
		return [
			t('informal.penetration.series', {
				name: s.name,
				informal: formatPercent(point.informal, {}, locale),
				formal: formatPercent(point.formal, {}, locale)
			})
		];
	});
	return t('informal.penetration.summary', { year: String(year), values: values.join('; ') });
}

/**
 * The frame's description for screen readers: what the ratios divide, then the values of the
 * year shown (`wanted`, or the latest). Empty without points.
 */
export function penetrationDescription(
	series: readonly (PenetrationSeries | null | undefined)[],
	wanted: number | null | undefined,
	locale: Locale = 'id'
): string {
	const year = shownYear(penetrationYears(series), wanted);
	return year == null ? '' : translator(locale)('informal.penetration.desc', { summary: yearSummary(series, year, locale) });
}

/** The frame's title, "… per tahun, 2019–2025", from the years drawn; empty without points. */
export function penetrationTitle(series: readonly (PenetrationSeries | null | undefined)[], locale: Locale = 'id'): string {
	const years = penetrationYears(series);
	const t = translator(locale);
	return years.length ? t('informal.penetration.title', { from: String(years[0]), to: String(years.at(-1)) }) : t('informal.penetration.titleNoYears');
}

/** The data table's (and exports') columns: per year and series, each ratio with its sums. */
export function penetrationColumns(t: Translate, locale: Locale): ColumnSpec[] {
	return [
		{ key: 'year', label: t('informal.col.year'), kind: 'text' },
		{ key: 'name', label: t('informal.col.name'), kind: 'text' },
		{ key: 'active_bpu', label: t('informal.col.activeBpu'), kind: 'count' },
		{ key: 'informal_workers', label: t('informal.col.informalWorkers'), kind: 'count' },
		{ key: 'informal', label: METRICS.informalPenetration.label[locale], kind: 'percent' },
		{ key: 'active_pu', label: t('informal.col.activePu'), kind: 'count' },
		{ key: 'formal_workers', label: t('informal.col.formalWorkers'), kind: 'count' },
		{ key: 'formal', label: METRICS.formalPenetration.label[locale], kind: 'percent' }
	];
}

/** The table rows: each series' years in order, the area's first. Years are text (no "2.024"). */
export function penetrationRows(series: readonly (PenetrationSeries | null | undefined)[]): TableRow[] {
	return series.flatMap((s) => (s ? s.points.map((p) => ({ ...p, year: String(p.year), name: s.name })) : []));
}

// Decimals a percent tick needs: 5 -> 0, 2.5 -> 1 (at most 2, to skip float noise).
function tickDecimals(value: number): number {
	for (let d = 0; d < 2; d++) if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-9) return d;
	return 2;
}
