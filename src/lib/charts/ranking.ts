/**
 * Regions ranked by a percent metric (e.g. `ucj`) as horizontal bars, highest first. Values above
 * 100% are shown, never clipped, and flagged (DOMAIN.md section 2: participants are counted where
 * the employer is, so a regency can exceed its own workforce).
 */
import * as Plot from '@observablehq/plot';
import { formatPercent } from '$lib/format';
import { translator, type Locale } from '$lib/i18n';

/** One bar: a region and its value in percent (45.6 means 45,6%). */
export interface RankingRow {
	code: string;
	name: string;
	value: number;
}

/** Options of {@link rankingSpec}. */
export interface RankingOptions {
	locale?: Locale;
	/** The x axis label, e.g. "UCJ (%)". */
	xLabel?: string | null;
	/** A target in percent, drawn as a dashed rule (e.g. the province's Kemendagri UCJ target). */
	target?: number | null;
	/** The highlighted region's code. */
	selected?: string | null;
	width?: number;
	/** Plot's `document` option, for rendering outside the browser (tests). */
	document?: Document;
}

/** Bar fill, and the fill of bars above 100%. */
export const RANKING_COLORS = { bar: '#4269d0', over: '#c2410c' } as const;
/** Classes of the marks' `<g>`s, for tests and styling. */
export const RANKING_CLASS = {
	bar: 'ranking-bar',
	value: 'ranking-value',
	flag: 'ranking-flag',
	selected: 'ranking-selected',
	target: 'ranking-target'
} as const;

/** Height of one bar's band in pixels. */
export const ROW_HEIGHT = 22;
const MARGIN = { top: 28, right: 64, bottom: 32 } as const;

/** Rows highest first; ties by name so the order is stable. Non-finite values are dropped. */
export function rankOrder(rows: RankingRow[]): RankingRow[] {
	return rows
		.filter((r) => Number.isFinite(r.value))
		.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'id'));
}

/** Plot options for the ranking: y is the region code (names may repeat), labelled with the name. */
export function rankingSpec(rows: RankingRow[], opts: RankingOptions = {}): Plot.PlotOptions {
	const { locale = 'id', xLabel = null, target = null, selected = null, width = 640, document } = opts;
	const t = translator(locale);
	const ranked = rankOrder(rows);
	const names = new Map(ranked.map((r) => [r.code, r.name]));
	const over = ranked.filter((r) => r.value > 100);
	const chosen = ranked.filter((r) => r.code === selected);
	const longest = Math.max(0, ...ranked.map((r) => r.name.length));
	return {
		document,
		width,
		height: MARGIN.top + MARGIN.bottom + ROW_HEIGHT * Math.max(1, ranked.length),
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		// about 6 px per character of a 10 px system font, within bounds
		marginLeft: Math.min(220, Math.max(80, longest * 6 + 12)),
		x: {
			domain: [0, Math.max(0, target ?? 0, ...ranked.map((r) => r.value))],
			nice: true,
			grid: true,
			label: xLabel,
			tickFormat: (v: number) => formatPercent(v, { digits: 0 }, locale)
		},
		y: { domain: ranked.map((r) => r.code), label: null, tickFormat: (code: string) => names.get(code) ?? code },
		color: { type: 'identity' },
		marks: [
			Plot.barX(ranked, {
				x: 'value',
				y: 'code',
				fill: (r: RankingRow) => (r.value > 100 ? RANKING_COLORS.over : RANKING_COLORS.bar),
				className: RANKING_CLASS.bar
			}),
			Plot.text(ranked, {
				x: 'value',
				y: 'code',
				text: (r: RankingRow) => formatPercent(r.value, { digits: 1 }, locale),
				textAnchor: 'start',
				dx: 4,
				className: RANKING_CLASS.value
			}),
			// The flag sits inside the bar's start, where a bar above 100% always has room.
			over.length
				? Plot.text(over, {
						x: 0,
						y: 'code',
						text: () => t('chart.ranking.over100'),
						textAnchor: 'start',
						dx: 4,
						fill: 'white',
						fontWeight: 'bold',
						className: RANKING_CLASS.flag
					})
				: null,
			chosen.length
				? Plot.barX(chosen, {
						x: 'value',
						y: 'code',
						fill: 'none',
						stroke: 'currentColor',
						strokeWidth: 2,
						className: RANKING_CLASS.selected
					})
				: null,
			target == null
				? null
				: Plot.ruleX([target], { strokeDasharray: '4 3', stroke: 'currentColor', className: RANKING_CLASS.target }),
			target == null
				? null
				: Plot.text([target], {
						x: (d: number) => d,
						frameAnchor: 'top',
						dy: -8,
						text: () => t('chart.ranking.target', { value: formatPercent(target, { digits: Number.isInteger(target * 10) ? 1 : 2 }, locale) }),
						className: RANKING_CLASS.target
					}),
			Plot.ruleX([0])
		]
	};
}

/** The code of the bar under a pointer at `clientY` on a rendered ranking plot, or null between bars' rows. */
export function codeAtPointer(plot: Element & Plot.Plot, clientY: number): string | null {
	const y = plot.scale('y');
	const svg = plot.localName === 'svg' ? plot : plot.querySelector('svg');
	if (!y?.domain || y.bandwidth == null || !svg) return null;
	const rect = svg.getBoundingClientRect();
	const ratio = rect.height ? Number(svg.getAttribute('height')) / rect.height : 1;
	return codeAtY(y, (clientY - rect.top) * ratio);
}

/** The code whose band (bar plus half the padding on either side) contains the SVG coordinate `py`. */
export function codeAtY(y: Plot.Scale, py: number): string | null {
	const step = y.step ?? y.bandwidth ?? 0;
	const half = (y.bandwidth ?? 0) / 2;
	for (const code of (y.domain ?? []) as string[]) {
		if (Math.abs(py - (y.apply(code) + half)) <= step / 2) return code;
	}
	return null;
}
