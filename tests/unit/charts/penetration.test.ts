// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import {
	DASHED,
	nearestYear,
	PENETRATION_CLASS,
	penetrationColumns,
	penetrationDescription,
	penetrationRows,
	penetrationTitle,
	shownYear,
	penetrationSpec,
	penetrationYears,
	yearSummary,
	type PenetrationSeries
} from '$lib/charts/penetration';
import { cellValue } from '$lib/export/columns';
import { translator } from '$lib/i18n';
import type { PenetrationPoint } from '$lib/metrics/penetration';

const point = (year: number, informal: number | null, formal: number | null): PenetrationPoint => ({
	year, informal, formal, active_bpu: null, active_pu: null, informal_workers: null, formal_workers: null
});

// Hand-picked percentages: the province rises, the regency has no 2023 formal figure.
const AREA: PenetrationSeries = { name: 'Kalimantan Tengah', points: [point(2022, 4, 30), point(2023, 5, 35), point(2024, 6, 40)] };
const REGENCY: PenetrationSeries = { name: 'Sukamara', points: [point(2022, 2, 20), point(2023, 3, null), point(2024, 5.5, 43.2)] };

// Plot's frame: x from marginLeft 48 + inset 8 to 640 − 20 − 8; y from 280 − 30 up to 20.
const X0 = 48 + 8;
const X1 = 640 - 20 - 8;
const Y0 = 280 - 30;
const Y1 = 20;

function render(selected: PenetrationSeries | null = REGENCY, year: number | null = 2023, locale: 'id' | 'en' = 'id') {
	return Plot.plot(penetrationSpec(AREA, selected, { year, locale, document }));
}

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent);

describe('penetrationSpec', () => {
	test('solid lines for the area, dashed for the regency, one per metric in its colour', () => {
		const plot = render();
		const solid = [...plot.querySelectorAll(`g.${PENETRATION_CLASS.area} path`)];
		const dashed = plot.querySelector(`g.${PENETRATION_CLASS.selected}`)!;
		expect(solid.map((p) => p.getAttribute('stroke')).sort()).toEqual(['#4269d0', '#efb118']); // formal PU, informal BPU
		expect(plot.querySelector(`g.${PENETRATION_CLASS.area}`)!.getAttribute('stroke-dasharray')).toBeNull();
		expect(dashed.getAttribute('stroke-dasharray')).toBe(DASHED);
		expect(render(null).querySelector(`g.${PENETRATION_CLASS.selected}`)).toBeNull();
	});

	test('the y axis runs from 0 % to the largest value, ticks the Indonesian way', () => {
		const plot = render();
		expect(plot.scale('y')!.domain).toEqual([0, 45]); // 43,2 rounded up to a nice 45
		expect(texts(plot, 'g[aria-label="y-axis tick label"] text')).toEqual(['0%', '10%', '20%', '30%', '40%']);
		expect(texts(plot, 'g[aria-label="y-axis label"] text')).toEqual(['↑ Penetrasi (%)']);
		expect(texts(plot, 'g[aria-label="x-axis tick label"] text')).toEqual(['2022', '2023', '2024']);
	});

	test('the area informal line passes through each year at its value', () => {
		const plot = render();
		const y = plot.scale('y')!;
		const informal = [...plot.querySelectorAll(`g.${PENETRATION_CLASS.area} path`)].find((p) => p.getAttribute('stroke') === '#efb118')!;
		const d = informal.getAttribute('d')!;
		const mid = (X0 + X1) / 2;
		expect(d).toBe(`M${X0},${r3(y.apply(4))}L${mid},${r3(y.apply(5))}L${X1},${r3(y.apply(6))}`);
		expect(y.apply(0)).toBe(Y0);
		expect(y.apply(45)).toBe(Y1);
	});

	test('a missing value breaks the regency line instead of dropping to 0', () => {
		const formal = [...render().querySelectorAll(`g.${PENETRATION_CLASS.selected} path`)].find((p) => p.getAttribute('stroke') === '#4269d0')!;
		// two pieces (2022 alone, 2024 alone): a move but no line segment between them
		expect(formal.getAttribute('d')!.match(/M/g)).toHaveLength(2);
		expect(formal.getAttribute('d')).not.toContain('L');
	});

	test('each dot names series, year, metric and value in its title', () => {
		const titles = texts(render(), `g.${PENETRATION_CLASS.dot} title`);
		expect(titles).toHaveLength(11); // 3 + 3 area, 3 + 2 regency (2023 formal is missing)
		expect(titles).toContain('Sukamara, 2024\nFormal (PU): 43,2%');
		expect(titles).toContain('Kalimantan Tengah, 2022\nInformal (BPU): 4,0%');
		expect(texts(render(REGENCY, null, 'en'), `g.${PENETRATION_CLASS.dot} title`)).toContain('Sukamara, 2024\nInformal (BPU): 5.5%');
	});

	test('the chosen year is a rule at its x; none without a year', () => {
		const rule = render(REGENCY, 2023).querySelector(`g.${PENETRATION_CLASS.year} line`)!;
		expect(Number(rule.getAttribute('x1'))).toBeCloseTo((X0 + X1) / 2, 6);
		expect(render(REGENCY, null).querySelector(`g.${PENETRATION_CLASS.year}`)).toBeNull();
	});

	test('a single year still draws (at the middle), and no points draw an empty frame', () => {
		const one = Plot.plot(penetrationSpec({ name: 'A', points: [point(2024, 5, 50)] }, null, { document }));
		const dots = one.querySelectorAll(`g.${PENETRATION_CLASS.dot} circle`);
		expect(dots).toHaveLength(2);
		expect(Number(dots[0]!.getAttribute('cx'))).toBeCloseTo((X0 + X1) / 2, 6);
		const none = Plot.plot(penetrationSpec({ name: 'A', points: [] }, null, { document }));
		expect(none.querySelectorAll(`g.${PENETRATION_CLASS.dot} circle`)).toHaveLength(0);
	});
});

test('penetrationYears and nearestYear', () => {
	expect(penetrationYears([REGENCY, null, { name: 'B', points: [point(2019, 1, 1)] }])).toEqual([2019, 2022, 2023, 2024]);
	expect(nearestYear([2022, 2023, 2024], 2023.4)).toBe(2023);
	expect(nearestYear([2022, 2023, 2024], 2023.5)).toBe(2023); // a tie goes to the earlier year
	expect(nearestYear([2022, 2023, 2024], 2030)).toBe(2024);
	expect(nearestYear([], 2023)).toBeNull();
});

test('yearSummary: both series in words, a missing value as "–", a series without the year left out', () => {
	expect(yearSummary([AREA, REGENCY], 2023)).toBe(
		'Desember 2023: Kalimantan Tengah: informal 5,0%, formal 35,0%; Sukamara: informal 3,0%, formal –'
	);
	expect(yearSummary([AREA, { name: 'B', points: [] }], 2024, 'en')).toBe('December 2024: Kalimantan Tengah: informal 6.0%, formal 40.0%');
});

test('shownYear, title and description follow the years drawn', () => {
	expect(shownYear([2022, 2023, 2024], 2023)).toBe(2023);
	expect(shownYear([2022, 2023, 2024], 2025)).toBe(2024);
	expect(shownYear([2022, 2023, 2024], null)).toBe(2024);
	expect(shownYear([], 2023)).toBeNull();
	expect(penetrationTitle([AREA, REGENCY])).toBe('Penetrasi pekerja informal dan formal per tahun, 2022–2024');
	expect(penetrationTitle([{ name: 'A', points: [] }], 'en')).toBe('Informal and formal worker penetration by year');
	expect(penetrationDescription([AREA, null], 2022)).toBe(
		'Peserta aktif Desember dibagi pekerja BPS Agustus tahun yang sama. Desember 2022: Kalimantan Tengah: informal 4,0%, formal 30,0%'
	);
	expect(penetrationDescription([{ name: 'A', points: [] }], 2022)).toBe('');
});

test('table: every year of each series, area first, years as text', () => {
	const t = translator('id');
	const columns = penetrationColumns(t, 'id');
	const rows = penetrationRows([AREA, REGENCY]);
	expect(rows).toHaveLength(6);
	expect(columns.map((c) => c.key)).toEqual(['year', 'name', 'active_bpu', 'informal_workers', 'informal', 'active_pu', 'formal_workers', 'formal']);
	expect(columns.find((c) => c.key === 'informal')!.label).toBe('Penetrasi pekerja informal');
	expect(columns.map((c) => cellValue(c, rows[4]!))).toEqual(['2023', 'Sukamara', null, null, 3, null, null, null]);
	expect(penetrationRows([AREA, null])).toHaveLength(3);
});

function r3(v: number): number {
	return Math.round(v * 1000) / 1000;
}
