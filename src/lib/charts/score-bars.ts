/**
 * A group's composite scores as horizontal bars (0–100), best first, with each candidate's rank
 * range under the panel's weight band written beside its bar ("1–3"). A candidate without a
 * composite (incomplete data, not reweighted) has no bar and says so. The selected candidate is
 * outlined. On screen and in the evidence pack.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '$lib/format';
import { translator, type Locale } from '$lib/i18n';

/** One candidate's bar. */
export interface ScoreBar {
	key: string;
	name: string;
	/** 0–100, or null without a composite. */
	composite: number | null;
	rank: number;
	best: number | null;
	worst: number | null;
}

export interface ScoreBarsOptions {
	locale?: Locale;
	selected?: string | null;
	width?: number;
	document?: Document;
}

/** Classes of the marks' `<g>`s, for tests. */
export const SCORE_CLASS = { bar: 'score-bar', value: 'score-value', selected: 'score-selected' } as const;

const ROW = 24;

/** Bars ranked: by rank, then name. */
export function scoreOrder(rows: readonly ScoreBar[]): ScoreBar[] {
	return [...rows].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'id'));
}

/** The text beside a bar: the composite, and the rank range when it is not a single rank. */
export function scoreLabel(r: ScoreBar, locale: Locale): string {
	const t = translator(locale);
	if (r.composite === null) return t('penilaian.incomplete');
	const value = formatNumber(r.composite, { digits: 1 }, locale);
	if (r.best === null || r.worst === null) return value;
	return r.best === r.worst ? t('penilaian.chart.valueRank', { value, rank: String(r.best) }) : t('penilaian.chart.valueRange', { value, best: String(r.best), worst: String(r.worst) });
}

/** A row's tick label: its rank and name. */
const rowName = (r: ScoreBar) => `${r.rank}. ${r.name}`;

/** The left margin: room for the longest tick label. */
function marginLeftOf(ranked: readonly ScoreBar[]): number {
	const longest = Math.max(0, ...ranked.map((r) => rowName(r).length));
	return Math.min(240, Math.max(80, longest * 6 + 12));
}

export function scoreBarsSpec(rows: readonly ScoreBar[], opts: ScoreBarsOptions = {}): Plot.PlotOptions {
	const { locale = 'id', selected = null, width = 640, document } = opts;
	const t = translator(locale);
	const ranked = scoreOrder(rows);
	const names = new Map(ranked.map((r) => [r.key, rowName(r)]));
	const scored = ranked.filter((r) => r.composite !== null);
	const chosen = scored.filter((r) => r.key === selected);
	return {
		document,
		width,
		height: 60 + ROW * Math.max(1, ranked.length),
		marginTop: 28,
		marginBottom: 32,
		marginRight: 120,
		marginLeft: marginLeftOf(ranked),
		x: { domain: [0, 100], grid: true, label: t('penilaian.chart.x'), tickFormat: (v: number) => formatNumber(v, { digits: 0 }, locale) },
		y: { domain: ranked.map((r) => r.key), label: null, tickFormat: (key: string) => names.get(key) ?? key },
		marks: [
			Plot.barX(scored, { x: 'composite', y: 'key', fill: '#4269d0', className: SCORE_CLASS.bar }),
			Plot.text(ranked, {
				x: (r: ScoreBar) => r.composite ?? 0,
				y: 'key',
				text: (r: ScoreBar) => scoreLabel(r, locale),
				textAnchor: 'start',
				dx: 4,
				className: SCORE_CLASS.value
			}),
			chosen.length ? Plot.barX(chosen, { x: 'composite', y: 'key', fill: 'none', stroke: 'currentColor', strokeWidth: 2, className: SCORE_CLASS.selected }) : null
		]
	};
}

/**
 * What the figure's frame depends on, as a string: the language, the candidates (keys, names,
 * which have a composite), the left margin, whether a selected candidate is outlined. Two row
 * sets with the same layout draw the same frame, marks and number of elements; they differ only
 * in what {@link patchScoreBars} moves in place: the order (rows change places when ranks
 * change), the ranks in the tick labels, the bars' lengths, the labels, the outlined row.
 */
export function scoreLayout(rows: readonly ScoreBar[], { locale = 'id', selected = null }: Pick<ScoreBarsOptions, 'locale' | 'selected'> = {}): string {
	const candidates = rows.map((r) => [r.key, r.name, r.composite !== null]).sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
	const outlined = rows.some((r) => r.key === selected && r.composite !== null);
	return JSON.stringify([locale, marginLeftOf(rows), outlined, candidates]);
}

/** A figure drawn from `scoreBarsSpec`, with its scales. */
type ScoreFigure = Element & Pick<Plot.Plot, 'scale'>;

/**
 * Move a figure drawn from `scoreBarsSpec` to `rows`, which must have the figure's layout
 * ({@link scoreLayout}): what Plot would draw for them, written into the existing elements
 * (a weight change then costs a few attributes instead of a new figure). Rows keep the slots
 * of the figure's y scale (slot i = the i-th ranked row); the x scale is fixed at 0–100.
 */
export function patchScoreBars(figure: ScoreFigure, rows: readonly ScoreBar[], { locale = 'id', selected = null }: Pick<ScoreBarsOptions, 'locale' | 'selected'> = {}): void {
	const x = figure.scale('x')!;
	const y = figure.scale('y')!;
	const ranked = scoreOrder(rows);
	const slots = (y.domain as readonly string[]).map((key) => y.apply(key) as number);
	const slotOf = new Map(ranked.map((r, i) => [r.key, slots[i]!]));
	const x0 = x.apply(0) as number;
	// Only what differs is written: a write is a DOM mutation (observers, style) even when equal,
	// and a switch of candidate, which keeps the scores, then writes nothing but the outline.
	const set = (node: Element | undefined, attr: string, value: number | string) => {
		const text = String(value);
		if (node && node.getAttribute(attr) !== text) node.setAttribute(attr, text);
	};
	const write = (node: Element | undefined, text: string) => {
		if (!node) return;
		const child = node.firstChild;
		// The label's text node changes its data in place rather than being replaced.
		if (child && child === node.lastChild && child.nodeType === 3) {
			if ((child as Text).data !== text) (child as Text).data = text;
		} else if (node.textContent !== text) node.textContent = text;
	};

	const ticks = figure.querySelectorAll('g[aria-label="y-axis tick label"] text');
	ranked.forEach((r, i) => write(ticks[i], rowName(r)));
	const bars = figure.querySelectorAll(`g.${SCORE_CLASS.bar} rect`);
	const scored = ranked.filter((r) => r.composite !== null);
	const bar = (node: Element | undefined, r: ScoreBar) => {
		set(node, 'y', slotOf.get(r.key)!);
		set(node, 'width', Math.abs((x.apply(r.composite!) as number) - x0));
	};
	scored.forEach((r, j) => bar(bars[j], r));
	const labels = figure.querySelectorAll(`g.${SCORE_CLASS.value} text`);
	ranked.forEach((r, k) => {
		const label = labels[k];
		if (!label) return;
		set(label, 'transform', `translate(${x.apply(r.composite ?? 0)},${slotOf.get(r.key)})`);
		write(label, scoreLabel(r, locale));
	});
	const chosen = scored.find((r) => r.key === selected);
	const outline = figure.querySelector(`g.${SCORE_CLASS.selected} rect`) ?? undefined;
	if (chosen) bar(outline, chosen);
}
