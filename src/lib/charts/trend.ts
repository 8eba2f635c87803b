/**
 * Monthly active participants by segment as lines (not stacked areas: a stacked total hides a
 * segment's decline under the others' growth), with a rule at the selected period.
 */
import * as Plot from '@observablehq/plot';
import { SEGMENTS, type Segment } from '$lib/contract/domain';
import { monthKey, monthStart, type MonthValue } from '$lib/period';
import { formatCount, formatMonth, formatNumber } from '$lib/format';
import { translator, type Locale } from '$lib/i18n';

/** One point: active participants of one segment in one month. */
export interface TrendRow {
	month: MonthValue;
	segment: Segment;
	active: number;
}

/** Options of {@link trendSpec}. */
export interface TrendOptions {
	locale?: Locale;
	/** The selected period `YYYY-MM`; drawn as a rule (see {@link placeSelectedRule} to move it). */
	selected?: string | null;
	width?: number;
	height?: number;
	/** Plot's `document` option, for rendering outside the browser (tests). */
	document?: Document;
}

/** Fixed colour per segment, so a segment keeps its colour when another is filtered out. */
export const SEGMENT_COLORS: Readonly<Record<Segment, string>> = {
	PU: '#4269d0',
	BPU: '#efb118',
	JAKON: '#ff725c',
	PMI: '#6cc5b0'
};

/** Class of the selected-month rule's `<g>`, the light layer moved without a redraw. */
export const SELECTED_CLASS = 'trend-selected';
/** Class of the lines' `<g>`: one `<path>` per segment. */
export const LINE_CLASS = 'trend-line';

const MARGIN = { top: 24, right: 56, bottom: 30, left: 48 } as const;

/** Plot options for the trend; y is shown in millions (thousands when every value is below one million). */
export function trendSpec(rows: TrendRow[], opts: TrendOptions = {}): Plot.PlotOptions {
	const { locale = 'id', selected = null, width = 640, height = 320, document } = opts;
	const t = translator(locale);
	const max = Math.max(0, ...rows.map((r) => r.active));
	const unit = max >= 1e6 ? 1e6 : 1e3;
	// data: [{date: Date (UTC month start), segment: 'PU', value: 29.3 (in units)}, …], by month
	const points = rows
		.map((r) => ({ date: monthStart(r.month), segment: r.segment, value: r.active / unit }))
		.sort((a, b) => a.date.getTime() - b.date.getTime());
	const segments = SEGMENTS.filter((s) => points.some((p) => p.segment === s));
	return {
		document,
		width,
		height,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		x: { type: 'utc', label: null, ticks: 'year', tickFormat: (d: Date) => String(d.getUTCFullYear()) },
		y: {
			label: t(unit === 1e6 ? 'chart.trend.yMillions' : 'chart.trend.yThousands'),
			grid: true,
			zero: true,
			nice: true,
			// about one tick per 60 px: a sparse, readable axis
			ticks: Math.max(3, Math.round(height / 60)),
			tickFormat: (v: number) => formatNumber(v, { digits: decimals(v) }, locale)
		},
		color: { domain: segments, range: segments.map((s) => SEGMENT_COLORS[s]) },
		marks: [
			Plot.ruleY([0]),
			Plot.lineY(points, { x: 'date', y: 'value', stroke: 'segment', strokeWidth: 2, className: LINE_CLASS }),
			// Direct labels at each line's end instead of a legend: no colour lookup needed.
			Plot.text(
				points,
				Plot.selectLast({
					x: 'date',
					y: 'value',
					z: 'segment',
					text: 'segment',
					fill: 'segment',
					dx: 6,
					textAnchor: 'start',
					fontWeight: 'bold'
				})
			),
			selected == null
				? null
				: Plot.ruleX([monthStart(selected)], { stroke: 'currentColor', strokeWidth: 1.5, className: SELECTED_CLASS })
		]
	};
}

/** The sorted distinct `YYYY-MM` months of `rows`. */
export function trendMonths(rows: TrendRow[]): string[] {
	return [...new Set(rows.map((r) => monthKey(r.month)))].sort();
}

/**
 * The month nearest `date` among `months` (sorted keys), or null when there are none.
 * @example nearestMonth(['2024-01', '2024-02'], new Date(Date.UTC(2024, 0, 20))) // '2024-02'
 */
export function nearestMonth(months: string[], date: Date): string | null {
	let best: string | null = null;
	let distance = Infinity;
	for (const month of months) {
		const d = Math.abs(monthStart(month).getTime() - date.getTime());
		if (d < distance) [best, distance] = [month, d];
	}
	return best;
}

/** The month under a pointer at `clientX` on a rendered trend plot, snapped to `months`. */
export function monthAtPointer(plot: Element & Plot.Plot, clientX: number, months: string[]): string | null {
	const x = plot.scale('x');
	const svg = rootSvg(plot);
	if (!x?.invert || !svg) return null;
	const rect = svg.getBoundingClientRect();
	// The SVG may be drawn narrower than its width attribute (max-width: 100%): rescale.
	const ratio = rect.width ? Number(svg.getAttribute('width')) / rect.width : 1;
	return nearestMonth(months, x.invert((clientX - rect.left) * ratio) as Date);
}

/**
 * Moves (or adds, or hides for null) the selected-month rule of a rendered trend plot in place:
 * two attributes change instead of Plot rebuilding every mark, so arrow-key stepping stays cheap.
 */
export function placeSelectedRule(plot: Element & Plot.Plot, month: string | null): void {
	const svg = rootSvg(plot);
	const x = plot.scale('x');
	const y = plot.scale('y');
	if (!svg || !x || !y?.range) return;
	const doc = svg.ownerDocument;
	let group = svg.querySelector<SVGGElement>(`g.${SELECTED_CLASS}`);
	if (!group) {
		group = doc.createElementNS(SVG_NS, 'g');
		group.setAttribute('class', SELECTED_CLASS);
		group.setAttribute('stroke', 'currentColor');
		group.setAttribute('stroke-width', '1.5');
		svg.append(group);
	}
	let line = group.querySelector('line');
	if (!line) line = group.appendChild(doc.createElementNS(SVG_NS, 'line'));
	if (month == null) {
		group.setAttribute('display', 'none');
		return;
	}
	group.removeAttribute('display');
	const px = String(x.apply(monthStart(month)));
	const [y1, y2] = y.range as [number, number];
	for (const [name, value] of [['x1', px], ['x2', px], ['y1', String(y1)], ['y2', String(y2)]]) {
		line.setAttribute(name!, value!);
	}
}

/** "Desember 2024: PU 29,30 juta, BPU 9,90 juta, …" for the screen reader and the readout line. */
export function monthSummary(rows: TrendRow[], month: string, locale: Locale = 'id'): string {
	const values = SEGMENTS.flatMap((segment) => {
		const row = rows.find((r) => r.segment === segment && monthKey(r.month) === month);
		return row ? [`${segment} ${formatCount(row.active, locale)}`] : [];
	});
	return `${formatMonth(month, locale)}: ${values.join(', ')}`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function rootSvg(plot: Element): SVGSVGElement | null {
	return plot.localName === 'svg' ? (plot as SVGSVGElement) : plot.querySelector('svg');
}

// Decimals a tick needs: 5 -> 0, 2.5 -> 1, 0.25 -> 2 (at most 3, to skip float noise).
function decimals(value: number): number {
	for (let d = 0; d < 3; d++) if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-9) return d;
	return 3;
}

/**
 * Whether two row arrays hold the same row objects in the same order. Queries hand out a new
 * array per call (the Db cache copies its rows), so a month change brings the trend equal rows
 * in a new array; comparing the items tells new data from a new array.
 */
export function sameRows<T>(a: readonly T[], b: readonly T[]): boolean {
	return a === b || (a.length === b.length && a.every((row, i) => row === b[i]));
}
