// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { expect, test } from 'vitest';
import { codeAtY, RANKING_CLASS, RANKING_COLORS, rankingSpec, rankOrder, type RankingRow } from '$lib/charts/ranking';

const ROWS: RankingRow[] = [
	{ code: '6201', name: 'Kotawaringin Barat', value: 45.6 },
	{ code: '6202', name: 'Kotawaringin Timur', value: 30.4 },
	{ code: '6203', name: 'Kapuas', value: 104.2 },
	{ code: '6204', name: 'Barito Selatan', value: 60.8 }
];
const RANKED = ['6203', '6204', '6201', '6202'];

function render(opts: Parameters<typeof rankingSpec>[1] = {}) {
	return Plot.plot(rankingSpec(ROWS, { document, ...opts }));
}

const bars = (plot: Element, cls: string = RANKING_CLASS.bar) => [...plot.querySelectorAll(`g.${cls} rect`)];
const texts = (plot: Element, selector: string) => [...plot.querySelectorAll(selector)].map((n) => n.textContent);

test('one bar per region, highest first, names on the y axis', () => {
	const plot = render();
	const rects = bars(plot);
	expect(rects).toHaveLength(4);
	const ys = rects.map((r) => Number(r.getAttribute('y')));
	// bars in document order follow the data order (highest first), each lower on the page
	expect(ys).toEqual([...ys].sort((a, b) => a - b));
	expect(plot.scale('y')!.domain).toEqual(RANKED);
	expect(texts(plot, 'g[aria-label="y-axis tick label"] text')).toEqual([
		'Kapuas', 'Barito Selatan', 'Kotawaringin Barat', 'Kotawaringin Timur'
	]);
});

test('bar widths are proportional to the values and start at x = 0', () => {
	const plot = render();
	const x0 = plot.scale('x')!.apply(0);
	const rects = bars(plot);
	const values = [104.2, 60.8, 45.6, 30.4];
	const perUnit = Number(rects[0]!.getAttribute('width')) / values[0]!;
	rects.forEach((rect, i) => {
		expect(Number(rect.getAttribute('x'))).toBeCloseTo(x0, 6);
		expect(Number(rect.getAttribute('width'))).toBeCloseTo(values[i]! * perUnit, 6);
	});
});

test('values are labelled in Indonesian format at each bar end', () => {
	expect(texts(render(), `g.${RANKING_CLASS.value} text`)).toEqual(['104,2%', '60,8%', '45,6%', '30,4%']);
	expect(texts(render({ locale: 'en' }), `g.${RANKING_CLASS.value} text`)).toEqual(['104.2%', '60.8%', '45.6%', '30.4%']);
	// the domain [0, 104,2] is niced to [0, 110]; ticks every 20
	expect(render().scale('x')!.domain).toEqual([0, 110]);
	expect(texts(render(), 'g[aria-label="x-axis tick label"] text')).toEqual([
		'0%', '20%', '40%', '60%', '80%', '100%'
	]);
});

test('bars above 100% get their own fill and a text flag; the axis is not clipped', () => {
	const plot = render();
	expect(bars(plot).map((r) => r.getAttribute('fill'))).toEqual([
		RANKING_COLORS.over, RANKING_COLORS.bar, RANKING_COLORS.bar, RANKING_COLORS.bar
	]);
	expect(texts(plot, `g.${RANKING_CLASS.flag} text`)).toEqual(['di atas 100%']);
	expect([...plot.scale('x')!.domain!][1]).toBeGreaterThanOrEqual(104.2);
	expect(render({ locale: 'en' }).querySelector(`g.${RANKING_CLASS.flag} text`)!.textContent).toBe('above 100%');
});

test('no flag when nothing exceeds 100%', () => {
	const plot = Plot.plot(rankingSpec(ROWS.filter((r) => r.value <= 100), { document }));
	expect(plot.querySelector(`g.${RANKING_CLASS.flag}`)).toBeNull();
});

test('the target is a dashed rule at its x with an Indonesian label', () => {
	const plot = render({ target: 52.15 });
	const rule = plot.querySelector(`g.${RANKING_CLASS.target} line`)!;
	expect(rule.closest('g')!.getAttribute('stroke-dasharray')).toBe('4 3');
	expect(Number(rule.getAttribute('x1'))).toBeCloseTo(plot.scale('x')!.apply(52.15), 6);
	expect(texts(plot, `g.${RANKING_CLASS.target} text`)).toEqual(['Target 52,15%']);
	expect(render().querySelector(`g.${RANKING_CLASS.target}`)).toBeNull();
});

test('the selected region gets an outlined bar over its own', () => {
	const plot = render({ selected: '6201' });
	const [outline] = bars(plot, RANKING_CLASS.selected);
	const own = bars(plot)[2]!; // Kotawaringin Barat is third
	expect(bars(plot, RANKING_CLASS.selected)).toHaveLength(1);
	expect(outline!.getAttribute('y')).toBe(own.getAttribute('y'));
	expect(outline!.getAttribute('width')).toBe(own.getAttribute('width'));
	expect(outline!.closest('g')!.getAttribute('fill')).toBe('none');
});

test('codeAtY maps a pointer position to the bar in that row', () => {
	const plot = render();
	const y = plot.scale('y')!;
	const rect = bars(plot)[1]!;
	const middle = Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')) / 2;
	expect(codeAtY(y, middle)).toBe('6204');
	expect(codeAtY(y, -100)).toBeNull();
});

test('rankOrder: highest first, ties by name, non-finite values dropped', () => {
	const order = rankOrder([
		{ code: 'b', name: 'Beta', value: 50 },
		{ code: 'a', name: 'Alfa', value: 50 },
		{ code: 'n', name: 'Nol', value: NaN },
		{ code: 'c', name: 'Cakra', value: 70 }
	]);
	expect(order.map((r) => r.code)).toEqual(['c', 'a', 'b']);
});
