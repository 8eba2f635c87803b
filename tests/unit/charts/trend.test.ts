// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { expect, test } from 'vitest';
import {
	LINE_CLASS,
	monthSummary,
	nearestMonth,
	placeSelectedRule,
	sameRows,
	SELECTED_CLASS,
	trendMonths,
	trendSpec,
	type TrendRow
} from '$lib/charts/trend';

const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'];
// Active participants in millions per month, by segment.
const SERIES = { PU: [1.0, 1.2, 1.4, 1.6], BPU: [0.4, 0.5, 0.6, 0.6], JAKON: [0.3, 0.3, 0.2, 0.2], PMI: [0.1, 0.1, 0.1, 0.1] };
const ROWS: TrendRow[] = Object.entries(SERIES).flatMap(([segment, values]) =>
	values.map((v, i) => ({ month: MONTHS[i]!, segment: segment as TrendRow['segment'], active: v * 1e6 }))
);

// Plot's frame: x from marginLeft 48 to width 640 − marginRight 56; y from 320 − 30 up to 24.
const X0 = 48;
const X1 = 640 - 56;
const DAYS_JAN_TO_APR = 31 + 29 + 31; // 2024 is a leap year
const xOf = (days: number) => X0 + (days / DAYS_JAN_TO_APR) * (X1 - X0);

function render(selected: string | null = '2024-03', rows = ROWS) {
	return Plot.plot(trendSpec(rows, { selected, document }));
}

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent);

test('one line path per segment, in the segment colours', () => {
	const plot = render();
	const paths = [...plot.querySelectorAll(`g.${LINE_CLASS} path`)];
	expect(paths).toHaveLength(4);
	expect(paths.map((p) => p.getAttribute('stroke')).sort()).toEqual(['#4269d0', '#6cc5b0', '#efb118', '#ff725c']);
	// the PU line starts at 1,0 juta on the first month's x and ends at 1,6 juta on the last
	const y = plot.scale('y')!;
	const pu = paths.find((p) => p.getAttribute('stroke') === '#4269d0')!.getAttribute('d')!;
	expect(pu.startsWith(`M${X0},${round3(y.apply(1.0))}`)).toBe(true);
	expect(pu.endsWith(`L${X1},${round3(y.apply(1.6))}`)).toBe(true);
});

test('y axis: millions with Indonesian decimal commas, labelled "juta"', () => {
	const plot = render();
	// 0 to 1,6 juta with about 5 ticks (320 px / 60): every 0,5 juta
	expect(texts(plot, 'g[aria-label="y-axis tick label"] text')).toEqual(['0', '0,5', '1', '1,5']);
	expect(texts(plot, 'g[aria-label="y-axis label"] text')).toEqual(['↑ Peserta aktif (juta)']);
});

test('y axis in English uses decimal points; below a million it switches to thousands', () => {
	const en = Plot.plot(trendSpec(ROWS, { locale: 'en', document }));
	expect(texts(en, 'g[aria-label="y-axis tick label"] text')[1]).toBe('0.5');
	const small = ROWS.map((r) => ({ ...r, active: r.active / 10 }));
	const plot = render(null, small);
	expect(texts(plot, 'g[aria-label="y-axis label"] text')).toEqual(['↑ Peserta aktif (ribu)']);
	expect(texts(plot, 'g[aria-label="y-axis tick label"] text')).toEqual(['0', '50', '100', '150']);
});

test('segments are labelled at the end of their lines', () => {
	const labels = [...render().querySelectorAll('g[aria-label="text"] text')];
	expect(labels.map((l) => l.textContent).sort()).toEqual(['BPU', 'JAKON', 'PMI', 'PU']);
	for (const label of labels) expect(label.getAttribute('transform')).toMatch(new RegExp(`^translate\\(${X1},`));
});

test('the selected-period rule sits at the x of that month', () => {
	const lines = render('2024-03').querySelectorAll(`g.${SELECTED_CLASS} line`);
	expect(lines).toHaveLength(1);
	expect(Number(lines[0]!.getAttribute('x1'))).toBeCloseTo(xOf(31 + 29), 6); // 1 March
	expect(lines[0]!.getAttribute('y1')).toBe('24');
	expect(lines[0]!.getAttribute('y2')).toBe('290');
	expect(render(null).querySelector(`g.${SELECTED_CLASS}`)).toBeNull();
});

test('placeSelectedRule moves the rule in place, adds it when absent, hides it for null', () => {
	const plot = render('2024-03');
	const line = plot.querySelector(`g.${SELECTED_CLASS} line`)!;
	placeSelectedRule(plot, '2024-02');
	expect(plot.querySelector(`g.${SELECTED_CLASS} line`)).toBe(line); // same node: no redraw
	expect(Number(line.getAttribute('x1'))).toBeCloseTo(xOf(31), 6);
	expect(line.getAttribute('x2')).toBe(line.getAttribute('x1'));

	const bare = render(null);
	placeSelectedRule(bare, '2024-04');
	const added = bare.querySelector(`g.${SELECTED_CLASS} line`)!;
	expect(Number(added.getAttribute('x1'))).toBeCloseTo(X1, 6);
	expect([added.getAttribute('y1'), added.getAttribute('y2')]).toEqual(['290', '24']);
	placeSelectedRule(bare, null);
	expect(bare.querySelector(`g.${SELECTED_CLASS}`)!.getAttribute('display')).toBe('none');
});

test('nearestMonth snaps a pointer date to the closest month in the data', () => {
	expect(nearestMonth(MONTHS, new Date(Date.UTC(2024, 0, 10)))).toBe('2024-01');
	expect(nearestMonth(MONTHS, new Date(Date.UTC(2024, 0, 20)))).toBe('2024-02');
	expect(nearestMonth(MONTHS, new Date(Date.UTC(2025, 5, 1)))).toBe('2024-04');
	expect(nearestMonth([], new Date())).toBeNull();
});

test('trendMonths and monthSummary read the rows', () => {
	expect(trendMonths([...ROWS].reverse())).toEqual(MONTHS);
	expect(monthSummary(ROWS, '2024-03')).toBe(
		'Maret 2024: PU 1,40 juta, BPU 600.000, JAKON 200.000, PMI 100.000'
	);
});

function round3(v: number): number {
	return Math.round(v * 1000) / 1000;
}

test('over 2019–2025 the x axis shows one tick per year', () => {
	const rows: TrendRow[] = [];
	for (let year = 2019; year <= 2025; year++) {
		for (let month = 1; month <= 12; month++) {
			rows.push({ month: `${year}-${String(month).padStart(2, '0')}`, segment: 'PU', active: 2e7 + month * 1e5 });
		}
	}
	const plot = Plot.plot(trendSpec(rows, { document }));
	expect(texts(plot, 'g[aria-label="x-axis tick label"] text')).toEqual([
		'2019', '2020', '2021', '2022', '2023', '2024', '2025'
	]);
	// max 21,2 juta: ticks every 5 juta
	expect(texts(plot, 'g[aria-label="y-axis tick label"] text')).toEqual(['0', '5', '10', '15', '20']);
});

test('sameRows: the same row objects in a new array are the same rows; a changed row is not', () => {
	const copy = ROWS.slice();
	expect(copy).not.toBe(ROWS);
	expect(sameRows(copy, ROWS)).toBe(true);
	expect(sameRows(ROWS.filter((r) => r.segment !== 'PMI'), ROWS)).toBe(false);
	expect(sameRows(ROWS.map((r) => ({ ...r })), ROWS)).toBe(false);
	expect(sameRows([], [])).toBe(true);
});
