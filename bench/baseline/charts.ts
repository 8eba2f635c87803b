/**
 * The baseline page's figures, drawn the plain Plot way: every change builds a new chart and
 * replaces the old one (no incremental update), and the headline numbers are rewritten.
 */
import * as Plot from '@observablehq/plot';
import type { Headline, RankingRow, TrendRow } from './queries';

const WIDTH = 640;
const numbers = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `YYYY-MM` -> the first day of that month (UTC, Plot's default time zone). */
function monthDate(month: string): Date {
	return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}

/** The trend: active participants per month, one line per segment, a rule at the selected month. */
export function trendChart(rows: readonly TrendRow[], selected: string): SVGSVGElement | HTMLElement {
	const points = rows.map((r) => ({ date: monthDate(r.month), segment: r.segment, active: r.active }));
	return Plot.plot({
		width: WIDTH,
		height: 240,
		marginLeft: 70,
		x: { type: 'utc', label: null },
		y: { grid: true, label: 'Peserta aktif', tickFormat: (v: number) => numbers.format(v) },
		color: { legend: true },
		marks: [
			Plot.lineY(points, { x: 'date', y: 'active', stroke: 'segment' }),
			Plot.ruleX([monthDate(selected)], { stroke: 'currentColor', strokeDasharray: '3,3' })
		]
	});
}

/** The ranking: one bar per area, by coverage in the selected month, best first. */
export function rankingChart(rows: readonly RankingRow[], highlight: string): SVGSVGElement | HTMLElement {
	const bars = rows.filter((r) => r.coverage !== null);
	return Plot.plot({
		width: WIDTH,
		height: 40 + 16 * bars.length,
		marginLeft: 200,
		marginRight: 40,
		x: { grid: true, label: 'Cakupan (%)' },
		y: { label: null, domain: bars.map((r) => r.name) },
		marks: [
			Plot.barX(bars, { x: 'coverage', y: 'name', fill: (r: RankingRow) => (r.code === highlight ? 'darkorange' : 'steelblue') }),
			Plot.text(bars, { x: 'coverage', y: 'name', text: (r: RankingRow) => percent.format(r.coverage!), textAnchor: 'start', dx: 3 }),
			Plot.ruleX([0])
		]
	});
}

/** The headline numbers as `<dl>` rows (label, formatted value). */
export function headlineItems(h: Headline | undefined): [string, string][] {
	const coverage = h?.active_ucj != null && h.eligible ? percent.format((100 * h.active_ucj) / h.eligible) + '%' : '–';
	const count = (v: number | null | undefined) => (v == null ? '–' : numbers.format(v));
	return [
		['Cakupan (PU+BPU+JAKON / layak)', coverage],
		['Peserta aktif (semua segmen)', count(h?.active_all)],
		['Peserta nonaktif', count(h?.non_active)],
		['Pekerja layak', count(h?.eligible)]
	];
}
