// @vitest-environment jsdom
/**
 * The group's composite bars, drawn by Plot in jsdom: one bar per complete candidate, best first,
 * widths on the 0–100 scale, the label beside each ("79,1 · peringkat 1–2"), an incomplete
 * candidate without a bar reading "data tidak lengkap", the selected candidate outlined.
 */
import * as Plot from '@observablehq/plot';
import { expect, test } from 'vitest';
import { SCORE_CLASS, scoreBarsSpec, scoreLabel, scoreOrder, type ScoreBar } from '$lib/charts/score-bars';

// Given out of order: the chart ranks them (rank, then name).
const ROWS: ScoreBar[] = [
	{ key: 'c', name: 'Sekadau', composite: null, rank: 4, best: null, worst: null },
	{ key: 'b', name: 'Mempawah', composite: 55, rank: 2, best: 2, worst: 2 },
	{ key: 'd', name: 'Sambas', composite: 20.5, rank: 3, best: null, worst: null },
	{ key: 'a', name: 'Ketapang', composite: 79.14, rank: 1, best: 1, worst: 2 }
];

function render(opts: Parameters<typeof scoreBarsSpec>[1] = {}) {
	return Plot.plot(scoreBarsSpec(ROWS, { document, ...opts }));
}
const rects = (plot: Element, cls: string) => [...plot.querySelectorAll(`g.${cls} rect`)];
const texts = (plot: Element, selector: string) => [...plot.querySelectorAll(selector)].map((n) => n.textContent);

test('ranked by rank: Ketapang, Mempawah, Sambas, Sekadau', () => {
	expect(scoreOrder(ROWS).map((r) => r.key)).toEqual(['a', 'b', 'd', 'c']);
	const plot = render();
	expect(plot.scale('y')!.domain).toEqual(['a', 'b', 'd', 'c']);
	expect(texts(plot, 'g[aria-label="y-axis tick label"] text')).toEqual(['1. Ketapang', '2. Mempawah', '3. Sambas', '4. Sekadau']);
});

test('one bar per complete candidate, from 0, as wide as its composite on the 0–100 scale', () => {
	const plot = render();
	const x = plot.scale('x')!;
	const y = plot.scale('y')!;
	expect(x.domain).toEqual([0, 100]);
	const bars = rects(plot, SCORE_CLASS.bar);
	expect(bars).toHaveLength(3);
	const x0 = x.apply(0);
	const perPoint = (x.apply(100) - x0) / 100;
	// 79.14, 55 and 20.5 points, in rank order; widths shrink down the chart
	[79.14, 55, 20.5].forEach((value, i) => {
		expect(Number(bars[i]!.getAttribute('x'))).toBeCloseTo(x0, 6);
		expect(Number(bars[i]!.getAttribute('width'))).toBeCloseTo(value * perPoint, 6);
		expect(x.invert!(x0 + Number(bars[i]!.getAttribute('width')))).toBeCloseTo(value, 6);
	});
	// The bars sit on Ketapang's, Mempawah's and Sambas's rows: none on Sekadau's.
	const rowsOf = bars.map((b) => Number(b.getAttribute('y')));
	expect(rowsOf).toEqual(['a', 'b', 'd'].map((k) => y.apply(k)));
	expect(rowsOf).not.toContain(y.apply('c'));
});

test('labels: composite with one decimal and the rank range; the incomplete candidate says so', () => {
	expect(texts(render(), `g.${SCORE_CLASS.value} text`)).toEqual([
		'79,1 · peringkat 1–2', // 79.14 to one decimal; best 1, worst 2
		'55,0 · peringkat 2', // one rank across the band
		'20,5', // no rank range computed
		'data tidak lengkap'
	]);
	expect(texts(render({ locale: 'en' }), `g.${SCORE_CLASS.value} text`)).toEqual(['79.1 · rank 1–2', '55.0 · rank 2', '20.5', 'incomplete data']);
	expect(scoreLabel({ key: 'x', name: 'X', composite: 100, rank: 1, best: 1, worst: 6 }, 'id')).toBe('100,0 · peringkat 1–6');
});

test('the selected candidate is outlined over its own bar; an incomplete selection draws no outline', () => {
	const plot = render({ selected: 'b' });
	const [outline, ...more] = rects(plot, SCORE_CLASS.selected);
	expect(more).toEqual([]);
	// Plot writes constant channels on the mark's group: an outline, not a second fill.
	const group = plot.querySelector(`g.${SCORE_CLASS.selected}`)!;
	expect(group.getAttribute('fill')).toBe('none');
	expect(group.getAttribute('stroke')).toBe('currentColor');
	expect(group.getAttribute('stroke-width')).toBe('2');
	const mempawah = rects(plot, SCORE_CLASS.bar)[1]!;
	for (const attr of ['x', 'y', 'width', 'height']) expect(outline!.getAttribute(attr), attr).toBe(mempawah.getAttribute(attr));
	expect(rects(render({ selected: 'c' }), SCORE_CLASS.selected)).toEqual([]);
	expect(rects(render(), SCORE_CLASS.selected)).toEqual([]);
});

test('the height grows with the candidates: 60 + 24 per row', () => {
	expect(scoreBarsSpec(ROWS, { document }).height).toBe(60 + 24 * 4);
	expect(scoreBarsSpec([], { document }).height).toBe(60 + 24);
});
