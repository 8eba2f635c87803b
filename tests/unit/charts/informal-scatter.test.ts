// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import {
	codeAtPointer,
	dotAt,
	fundedText,
	MAX_RADIUS,
	placedPoints,
	placeScatterSelection,
	pointLabel,
	radiusOf,
	SCATTER_CLASS,
	SCATTER_COLOR,
	scatterColumns,
	scatterPoints,
	scatterRows,
	scatterSpec,
	type ScatterRegion
} from '$lib/charts/informal-scatter';
import { cellValue } from '$lib/export/columns';
import { translator } from '$lib/i18n';

// Round numbers, so every share and penetration is worked out by hand below.
const ROWS: ScatterRegion[] = [
	{ code: '6201', name: 'Kotawaringin Barat', working: 150_000, informal: 90_000, active_bpu: 9_000 }, // 60 %, 10 %
	{ code: '6202', name: 'Kotawaringin Timur', working: 200_000, informal: 100_000, active_bpu: 25_000 }, // 50 %, 25 %
	{ code: '6208', name: 'Sukamara', working: 40_000, informal: 25_000, active_bpu: 5_000 }, // 62,5 %, 20 %
	{ code: '6209', name: 'Lamandau', working: null, informal: null, active_bpu: 700 } // no workforce: not placed
];
const FUNDED = new Map<string, number | null>([['6201', 1_234], ['6202', 0]]);
const POINTS = scatterPoints(ROWS, FUNDED);

describe('points', () => {
	test('share and penetration through the formulas; APBD from the map, null where it has none', () => {
		expect(POINTS.map((p) => [p.code, p.share, p.penetration, p.informal, p.funded])).toEqual([
			['6201', 60, 10, 90_000, 1_234],
			['6202', 50, 25, 100_000, 0],
			['6208', 62.5, 20, 25_000, null],
			['6209', null, null, null, null]
		]);
	});

	test('placed points: only those with x, y and size, by name', () => {
		expect(placedPoints(POINTS).map((p) => p.code)).toEqual(['6201', '6202', '6208']);
	});

	test('labels say every value, and tell 0 from no data', () => {
		expect(pointLabel(POINTS[0]!)).toBe('Kotawaringin Barat: porsi informal 60,0%, penetrasi informal 10,0%, 90.000 pekerja informal; APBD: 1.234 pekerja rentan');
		expect(fundedText(POINTS[1]!)).toBe('APBD: 0 pekerja rentan');
		expect(fundedText(POINTS[2]!)).toBe('APBD: tidak ada data');
		expect(pointLabel(POINTS[2]!, 'en')).toBe('Sukamara: informal share 62.5%, informal penetration 20.0%, 25,000 informal workers; APBD: no data');
	});

	test('radius: area proportional to informal workers, the largest MAX_RADIUS', () => {
		expect(radiusOf(100_000, 100_000)).toBe(MAX_RADIUS);
		expect(radiusOf(25_000, 100_000)).toBe(MAX_RADIUS / 2);
		expect(radiusOf(5, 0)).toBe(0);
	});
});

describe('scatterSpec', () => {
	const plot = Plot.plot(scatterSpec(POINTS, { selected: '6208', document }));
	const circles = [...plot.querySelectorAll(`g.${SCATTER_CLASS.dot} circle`)];
	const byTitle = (code: string) => {
		const name = ROWS.find((r) => r.code === code)!.name;
		return circles.find((c) => c.querySelector('title')!.textContent!.startsWith(`${name}:`))!;
	};

	test('one dot per placed regency, at its share and penetration, sized by informal workers', () => {
		expect(circles).toHaveLength(3);
		const [x, y] = [plot.scale('x')!, plot.scale('y')!];
		for (const [code, share, penetration, radius] of [
			['6201', 60, 10, MAX_RADIUS * Math.sqrt(0.9)],
			['6202', 50, 25, MAX_RADIUS],
			['6208', 62.5, 20, MAX_RADIUS / 2]
		] as const) {
			const c = byTitle(code);
			expect(Number(c.getAttribute('cx')), code).toBeCloseTo(x.apply(share), 2);
			expect(Number(c.getAttribute('cy')), code).toBeCloseTo(y.apply(penetration), 2);
			expect(Number(c.getAttribute('r')), code).toBeCloseTo(radius, 2);
		}
		// the larger dot is drawn first, so a small one is never hidden under it
		expect(circles.map((c) => Number(c.getAttribute('r')))).toEqual([...circles.map((c) => Number(c.getAttribute('r')))].sort((a, b) => b - a));
	});

	test('filled where the APBD pays for vulnerable workers, hollow for 0 or no data', () => {
		expect(byTitle('6201').getAttribute('fill')).toBe(SCATTER_COLOR);
		expect(byTitle('6202').getAttribute('fill')).toBe('none');
		expect(byTitle('6208').getAttribute('fill')).toBe('none');
		// without any APBD figure, no dot claims "none"
		const unknown = Plot.plot(scatterSpec(scatterPoints(ROWS), { document }));
		expect([...unknown.querySelectorAll(`g.${SCATTER_CLASS.dot} circle`)].map((c) => c.getAttribute('fill'))).toEqual([SCATTER_COLOR, SCATTER_COLOR, SCATTER_COLOR]);
	});

	test('the selected regency is ringed at its dot and named above it', () => {
		const ring = plot.querySelector(`g.${SCATTER_CLASS.selected} circle`)!;
		const dot = byTitle('6208');
		expect([ring.getAttribute('cx'), ring.getAttribute('cy'), ring.getAttribute('r')]).toEqual([dot.getAttribute('cx'), dot.getAttribute('cy'), dot.getAttribute('r')]);
		expect(plot.querySelector(`g.${SCATTER_CLASS.selected}`)!.getAttribute('fill')).toBe('none'); // a constant: on the group
		expect(plot.querySelector(`g.${SCATTER_CLASS.label} text`)!.textContent).toBe('Sukamara');
		const bare = Plot.plot(scatterSpec(POINTS, { document }));
		expect(bare.querySelector(`g.${SCATTER_CLASS.selected}`)).toBeNull();
		expect(bare.querySelector(`g.${SCATTER_CLASS.label}`)).toBeNull();
	});

	test('axes in percent, labelled in Bahasa Indonesia', () => {
		expect([...plot.querySelectorAll('g[aria-label="x-axis label"] text')].map((t) => t.textContent)).toEqual(['Porsi pekerja informal (%) →']);
		expect([...plot.querySelectorAll('g[aria-label="y-axis tick label"] text')].every((t) => t.textContent!.endsWith('%'))).toBe(true);
	});

	test('codeAtPointer finds the dot under the pointer (jsdom: client = SVG coordinates)', () => {
		for (const code of ['6201', '6202', '6208']) {
			const c = byTitle(code);
			expect(codeAtPointer(plot, Number(c.getAttribute('cx')), Number(c.getAttribute('cy')), POINTS)).toBe(code);
		}
		expect(codeAtPointer(plot, 1, 1, POINTS)).toBeNull();
	});
});

test('dotAt: the smallest dot under the point, within a few pixels of its edge', () => {
	const dots = [
		{ code: 'big', cx: 100, cy: 100, r: 20 },
		{ code: 'small', cx: 110, cy: 100, r: 4 }
	];
	expect(dotAt(dots, 111, 100)).toBe('small'); // inside both: the one drawn on top
	expect(dotAt(dots, 90, 100)).toBe('big');
	expect(dotAt(dots, 123, 100)).toBe('big'); // 3 px outside big's edge, 9 px from small's centre
	expect(dotAt(dots, 100, 126)).toBeNull(); // 6 px outside
	expect(dotAt([], 0, 0)).toBeNull();
});

test('table: every regency, placed or not, with its values', () => {
	const columns = scatterColumns(translator('id'), 'id');
	const rows = scatterRows(POINTS);
	expect(rows).toHaveLength(4);
	expect(columns.map((c) => cellValue(c, rows[0]!))).toEqual(['6201', 'Kotawaringin Barat', 150_000, 90_000, 60, 9_000, 10, 1_234]);
	expect(columns.map((c) => cellValue(c, rows[3]!))).toEqual(['6209', 'Lamandau', null, null, null, 700, null, null]);
});

describe('placeScatterSelection: the selection moved in place', () => {
	test('a ring on the chosen dot and its name above it; the dots stay; none without a selection', () => {
		const plot = Plot.plot(scatterSpec(POINTS, { width: 400, height: 300, document })) as unknown as Element & Plot.Plot;
		const dots = [...plot.querySelectorAll(`g.${SCATTER_CLASS.dot} circle`)];
		placeScatterSelection(plot, POINTS, '6202');
		const group = plot.querySelector(`g.${SCATTER_CLASS.selected}`)!;
		const ring = group.querySelector('circle')!;
		// Plot orders dots by size; each dot's title names it.
		const dotOf = (name: string) => dots.find((d) => d.querySelector('title')?.textContent?.startsWith(`${name}:`))!;
		const dot = dotOf('Kotawaringin Timur');
		expect([ring.getAttribute('cx'), ring.getAttribute('cy'), ring.getAttribute('r')].map(Number)).toEqual(
			[dot.getAttribute('cx'), dot.getAttribute('cy'), dot.getAttribute('r')].map(Number)
		);
		expect(group.querySelector('text')!.textContent).toBe('Kotawaringin Timur');
		placeScatterSelection(plot, POINTS, '6208');
		expect(plot.querySelectorAll(`g.${SCATTER_CLASS.selected}`)).toHaveLength(1);
		expect(Number(ring.getAttribute('cx'))).toBe(Number(dotOf('Sukamara').getAttribute('cx')));
		expect([...plot.querySelectorAll(`g.${SCATTER_CLASS.dot} circle`)]).toEqual(dots);
		placeScatterSelection(plot, POINTS, '6209'); // not placed: no workforce
		expect(group.getAttribute('display')).toBe('none');
	});
});
