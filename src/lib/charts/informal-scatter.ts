/**
 * The regencies of an area as a scatter: informal workers' share of the workforce (x) against
 * informal penetration (y), dot area by the number of informal workers, so a large informal
 * workforce the programme misses stands out at the bottom right. A dot is filled where the
 * regional budget (APBD) pays contributions for vulnerable workers, hollow where it pays for
 * none or the data has no figure; the tooltip and the accessible option say which (a tooltip
 * tells "0" from "no data"). When no regency has an APBD figure every dot is filled.
 */
import * as Plot from '@observablehq/plot';
import type { ColumnSpec, TableRow } from '$lib/export/columns';
import { formatInteger, formatPercent } from '$lib/format';
import { translator, type Locale, type Translate } from '$lib/i18n';
import { informalPenetration, type Count } from '$lib/metrics/formulas';
import { METRICS } from '$lib/metrics/registry';
import { informalShare } from '$lib/metrics/penetration';
import { SEGMENT_COLORS } from './trend';

/** What a regency row must carry: its sums for the month shown (e.g. a view's `MonthSums` with a name). */
export interface ScatterRegion {
	code: string;
	name: string;
	active_bpu: Count;
	informal: Count;
	working: Count;
}

/** One regency in the scatter. */
export interface ScatterPoint {
	code: string;
	name: string;
	/** Informal workers ÷ working people × 100 (x); null without data. */
	share: number | null;
	/** `informalPenetration` (y); null without data. */
	penetration: number | null;
	/** Informal workers, BPS August (the dot's area). */
	informal: number | null;
	/** Vulnerable workers whose contributions the APBD pays; null where the data has no figure. */
	funded: number | null;
	active_bpu: number | null;
	working: number | null;
}

/** A point the chart can place: x, y and size all known. */
export type PlacedPoint = ScatterPoint & { share: number; penetration: number; informal: number };

/** Dot colour (the BPU colour: informal workers are BPU participants). */
export const SCATTER_COLOR = SEGMENT_COLORS.BPU;
/** The largest dot's radius in pixels (the regency with the most informal workers). */
export const MAX_RADIUS = 18;

/** Classes of the marks' `<g>`s, for tests and styling. */
export const SCATTER_CLASS = {
	dot: 'scatter-dot',
	selected: 'scatter-selected',
	label: 'scatter-label'
} as const;

/** Options of {@link scatterSpec}. */
export interface ScatterOptions {
	locale?: Locale;
	/** The highlighted regency's code (a ring and its name). */
	selected?: string | null;
	width?: number;
	height?: number;
	/** Plot's `document` option, for rendering outside the browser (tests). */
	document?: Document;
}

const MARGIN = { top: 24, right: 24, bottom: 40, left: 52 } as const;

/**
 * The scatter's points from regency rows, in the rows' order, every ratio through the metric
 * formulas. `funded` maps a code to its APBD-funded vulnerable workers; a code it lacks is null.
 */
export function scatterPoints(rows: readonly ScatterRegion[], funded: ReadonlyMap<string, number | null> = new Map()): ScatterPoint[] {
	return rows.map((r) => ({
		code: r.code,
		name: r.name,
		share: informalShare({ informal: r.informal, working: r.working }),
		penetration: informalPenetration({ activeBpu: r.active_bpu, informal: r.informal }),
		informal: r.informal ?? null,
		funded: funded.get(r.code) ?? null,
		active_bpu: r.active_bpu ?? null,
		working: r.working ?? null
	}));
}

/** The points the chart can place (x, y and size known), by name then code: the listbox's order. */
export function placedPoints(points: readonly ScatterPoint[]): PlacedPoint[] {
	return points
		.filter((p): p is PlacedPoint => p.share != null && p.penetration != null && p.informal != null && p.informal >= 0)
		.sort((a, b) => a.name.localeCompare(b.name, 'id') || a.code.localeCompare(b.code));
}

/** Whether the APBD paid for any vulnerable worker in the regency: a filled dot. */
export function isFunded(point: Pick<ScatterPoint, 'funded'>): boolean {
	return point.funded != null && point.funded > 0;
}

/** "APBD: 12.345 pekerja rentan", or "APBD: tidak ada data" where the data has no figure. */
export function fundedText(point: Pick<ScatterPoint, 'funded'>, locale: Locale = 'id'): string {
	const t = translator(locale);
	return point.funded == null
		? t('informal.scatter.fundedUnknown')
		: t('informal.scatter.funded', { count: formatInteger(point.funded, locale) });
}

/** What a screen reader hears for a regency, and its tooltip: name, both ratios, size, APBD. */
export function pointLabel(point: ScatterPoint, locale: Locale = 'id'): string {
	return translator(locale)('informal.scatter.announce', {
		name: point.name,
		share: formatPercent(point.share, {}, locale),
		penetration: formatPercent(point.penetration, {}, locale),
		informal: formatInteger(point.informal, locale),
		funded: fundedText(point, locale)
	});
}

/** Radius in pixels of a dot for `informal` workers when the largest regency has `max`: area ∝ count. */
export function radiusOf(informal: number, max: number): number {
	return max > 0 ? MAX_RADIUS * Math.sqrt(Math.max(0, informal) / max) : 0;
}

/** Plot options for the scatter of `points` (unplaceable points are left out). */
export function scatterSpec(points: readonly ScatterPoint[], opts: ScatterOptions = {}): Plot.PlotOptions {
	const { locale = 'id', selected = null, width = 640, height = 360, document } = opts;
	const t = translator(locale);
	const placed = placedPoints(points);
	const max = Math.max(0, ...placed.map((p) => p.informal));
	const chosen = placed.filter((p) => p.code === selected);
	// Without any APBD figure in the data, hollow dots would claim "none": fill them all.
	const fundingKnown = placed.some((p) => p.funded != null);
	const percent = (v: number) => formatPercent(v, { digits: 0 }, locale);
	return {
		document,
		width,
		height,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		// room for the largest dot at the frame's edges
		inset: MAX_RADIUS,
		x: { label: t('informal.scatter.x'), labelAnchor: 'center', grid: true, nice: true, tickFormat: percent },
		y: { label: t('informal.scatter.y'), grid: true, nice: true, zero: true, tickFormat: percent },
		// sqrt: a dot's area, not its radius, is proportional to its informal workers
		r: { type: 'sqrt', domain: [0, max || 1], range: [0, MAX_RADIUS] },
		color: { type: 'identity' },
		marks: [
			Plot.ruleY([0]),
			Plot.dot(placed, {
				x: 'share',
				y: 'penetration',
				r: 'informal',
				fill: (p: PlacedPoint) => (!fundingKnown || isFunded(p) ? SCATTER_COLOR : 'none'),
				fillOpacity: 0.6,
				stroke: SCATTER_COLOR,
				strokeWidth: 1.5,
				title: (p: PlacedPoint) => pointLabel(p, locale),
				className: SCATTER_CLASS.dot
			}),
			chosen.length
				? Plot.dot(chosen, { x: 'share', y: 'penetration', r: 'informal', fill: 'none', stroke: 'currentColor', strokeWidth: 3, className: SCATTER_CLASS.selected })
				: null,
			chosen.length
				? Plot.text(chosen, {
						x: 'share',
						y: 'penetration',
						text: 'name',
						// just above the ring, whatever its size
						dy: -(radiusOf(chosen[0]!.informal, max) + 6),
						lineAnchor: 'bottom',
						fontWeight: 'bold',
						stroke: 'white',
						strokeWidth: 3,
						paintOrder: 'stroke',
						fill: 'currentColor',
						className: SCATTER_CLASS.label
					})
				: null
		]
	};
}

/** A placed dot in SVG pixels. */
export interface DotBox {
	code: string;
	cx: number;
	cy: number;
	r: number;
}

/**
 * The dot under the SVG point (`px`, `py`): among the dots within `slack` pixels of their edge,
 * the smallest (Plot draws smaller dots over larger ones), then the nearest centre. Null when
 * none is that close.
 * @example dotAt([{ code: 'a', cx: 10, cy: 10, r: 5 }], 12, 10) // 'a'
 */
export function dotAt(dots: readonly DotBox[], px: number, py: number, slack = 4): string | null {
	let best: (DotBox & { d: number }) | null = null;
	for (const dot of dots) {
		const d = Math.hypot(px - dot.cx, py - dot.cy);
		if (d > dot.r + slack) continue;
		if (!best || dot.r < best.r || (dot.r === best.r && d < best.d)) best = { ...dot, d };
	}
	return best?.code ?? null;
}

/** The code of the dot under a pointer on a rendered scatter, or null between dots. */
export function codeAtPointer(plot: Element & Plot.Plot, clientX: number, clientY: number, points: readonly ScatterPoint[]): string | null {
	const [x, y, r] = [plot.scale('x'), plot.scale('y'), plot.scale('r')];
	const svg = plot.localName === 'svg' ? plot : plot.querySelector('svg');
	if (!x || !y || !r || !svg) return null;
	const rect = svg.getBoundingClientRect();
	// The SVG may be drawn smaller than its size attributes (max-width: 100%): rescale.
	const ratio = rect.width ? Number(svg.getAttribute('width')) / rect.width : 1;
	const dots = placedPoints(points).map((p) => ({ code: p.code, cx: x.apply(p.share), cy: y.apply(p.penetration), r: r.apply(p.informal) }));
	return dotAt(dots, (clientX - rect.left) * ratio, (clientY - rect.top) * ratio);
}

/** The data table's (and exports') columns. */
export function scatterColumns(t: Translate, locale: Locale): ColumnSpec[] {
	return [
		{ key: 'code', label: t('informal.col.code'), kind: 'code' },
		{ key: 'name', label: t('informal.col.name'), kind: 'text' },
		{ key: 'working', label: t('informal.col.working'), kind: 'count' },
		{ key: 'informal', label: t('informal.col.informalWorkers'), kind: 'count' },
		{ key: 'share', label: t('informal.col.share'), kind: 'percent' },
		{ key: 'active_bpu', label: t('informal.col.bpu'), kind: 'count' },
		{ key: 'penetration', label: METRICS.informalPenetration.label[locale], kind: 'percent' },
		{ key: 'funded', label: t('informal.col.funded'), kind: 'count' }
	];
}

/** The table rows: every regency, placed or not, in the given order. */
export function scatterRows(points: readonly ScatterPoint[]): TableRow[] {
	return points.map((p) => ({ ...p }));
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Moves the selection's ring and name on a drawn scatter in place (the dots stay): selecting a
 * regency elsewhere on the page then costs two elements, not a redraw of every dot. The ring and
 * label sit in one `<g class="scatter-selected">` at the end of the SVG (hidden without a
 * selection). The figure must have been drawn without a selection of its own (`selected: null`).
 */
export function placeScatterSelection(plot: Element & Plot.Plot, points: readonly ScatterPoint[], selected: string | null): void {
	const svg = plot.localName === 'svg' ? plot : plot.querySelector('svg');
	const [x, y, r] = [plot.scale('x'), plot.scale('y'), plot.scale('r')];
	if (!svg || !x || !y || !r) return;
	const doc = svg.ownerDocument;
	let group = svg.querySelector<SVGGElement>(`g.${SCATTER_CLASS.selected}`);
	if (!group) {
		group = doc.createElementNS(SVG, 'g');
		group.setAttribute('class', SCATTER_CLASS.selected);
		group.append(doc.createElementNS(SVG, 'circle'), doc.createElementNS(SVG, 'text'));
		svg.append(group);
	}
	const point = placedPoints(points).find((p) => p.code === selected);
	if (!point) {
		group.setAttribute('display', 'none');
		return;
	}
	group.removeAttribute('display');
	const [cx, cy, radius] = [x.apply(point.share), y.apply(point.penetration), r.apply(point.informal)] as number[];
	const ring = group.querySelector('circle')!;
	for (const [name, value] of Object.entries({ cx, cy, r: radius, fill: 'none', stroke: 'currentColor', 'stroke-width': 3 })) ring.setAttribute(name, String(value));
	const label = group.querySelector('text')!;
	// Just above the ring, whatever its size; a white halo keeps it readable over other dots.
	for (const [name, value] of Object.entries({ x: cx, y: cy! - radius! - 6, 'text-anchor': 'middle', 'font-weight': 'bold', 'font-size': 10, stroke: 'white', 'stroke-width': 3, 'paint-order': 'stroke', fill: 'currentColor', class: SCATTER_CLASS.label })) label.setAttribute(name, String(value));
	label.textContent = point.name;
}
