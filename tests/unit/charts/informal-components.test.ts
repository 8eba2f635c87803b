// The accessible form of the informal-worker charts as the components render it: a server render
// (the Plot figure is drawn only in the browser; the slider, the options and their states are
// markup), read back with jsdom.
import { JSDOM } from 'jsdom';
import type { Component, ComponentProps } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import InformalScatter from '$lib/charts/InformalScatter.svelte';
import PenetrationChart from '$lib/charts/PenetrationChart.svelte';
import type { ScatterRegion } from '$lib/charts/informal-scatter';
import type { PenetrationSeries } from '$lib/charts/penetration';
import type { PenetrationPoint } from '$lib/metrics/penetration';

const point = (year: number, informal: number | null, formal: number | null): PenetrationPoint => ({
	year, informal, formal, active_bpu: null, active_pu: null, informal_workers: null, formal_workers: null
});
const AREA: PenetrationSeries = { name: 'Kalimantan Tengah', points: [point(2022, 4, 30), point(2023, 5, 35), point(2024, 6, 40)] };
const REGENCY: PenetrationSeries = { name: 'Sukamara', points: [point(2023, 3, null), point(2024, 5.5, 43.2)] };

function fragment<Props extends Record<string, unknown>>(component: Component<Props>, props: Props) {
	return JSDOM.fragment(render(component, { props }).body);
}

type ChartProps = Partial<ComponentProps<typeof PenetrationChart>>;
type ScatterProps = Partial<ComponentProps<typeof InformalScatter>>;

describe('PenetrationChart', () => {
	const slider = (props: ChartProps) => fragment(PenetrationChart, { area: AREA, ...props }).querySelector<HTMLElement>('[role="slider"]')!;

	test('a focusable slider over the years, announcing both series for the latest year by default', () => {
		const s = slider({ selected: REGENCY });
		expect(s.getAttribute('tabindex')).toBe('0');
		expect(s.getAttribute('aria-label')).toBe('Penetrasi pekerja informal dan formal per tahun. Panah kiri dan kanan memilih tahun.');
		expect([s.getAttribute('aria-valuemin'), s.getAttribute('aria-valuemax'), s.getAttribute('aria-valuenow')]).toEqual(['2022', '2024', '2024']);
		expect(s.getAttribute('aria-valuetext')).toBe('Desember 2024: Kalimantan Tengah: informal 6,0%, formal 40,0%; Sukamara: informal 5,5%, formal 43,2%');
		// the figure inside is hidden from assistive technology
		expect(s.querySelector('.plot-mount')!.getAttribute('aria-hidden')).toBe('true');
	});

	test('the given year when the data has it, else the latest; English', () => {
		expect(slider({ selected: REGENCY, year: 2023 }).getAttribute('aria-valuetext')).toBe(
			'Desember 2023: Kalimantan Tengah: informal 5,0%, formal 35,0%; Sukamara: informal 3,0%, formal –'
		);
		expect(slider({ year: 2030 }).getAttribute('aria-valuenow')).toBe('2024');
		expect(slider({ year: 2022, locale: 'en' }).getAttribute('aria-valuetext')).toBe('December 2022: Kalimantan Tengah: informal 4.0%, formal 30.0%');
	});

	test('the legend names the line styles only when a second series is drawn', () => {
		const withRegency = fragment(PenetrationChart, { area: AREA, selected: REGENCY });
		const items = [...withRegency.querySelectorAll('.penetration-chart__legend li')].map((li) => li.textContent);
		expect(items).toEqual(['Informal (BPU)', 'Formal (PU)', 'Kalimantan Tengah (garis penuh)', 'Sukamara (garis putus-putus)']);
		expect(withRegency.querySelector('.penetration-chart__legend')!.getAttribute('aria-hidden')).toBe('true');
		expect(fragment(PenetrationChart, { area: AREA }).querySelectorAll('.penetration-chart__legend li')).toHaveLength(2);
	});
});

describe('InformalScatter', () => {
	const ROWS: ScatterRegion[] = [
		{ code: '6208', name: 'Sukamara', working: 40_000, informal: 25_000, active_bpu: 5_000 },
		{ code: '6201', name: 'Kotawaringin Barat', working: 150_000, informal: 90_000, active_bpu: 9_000 },
		{ code: '6209', name: 'Lamandau', working: null, informal: null, active_bpu: 700 }
	];
	const funded = new Map([['6201', 1_234]]);
	const listbox = (props: ScatterProps = {}) =>
		fragment(InformalScatter, { rows: ROWS, funded, ...props }).querySelector<HTMLElement>('[role="listbox"]')!;

	test('one option per placed regency, by name, a direct child of the listbox, with every value', () => {
		const box = listbox();
		const options = [...box.children].filter((c) => c.getAttribute('role') === 'option');
		expect(box.querySelectorAll('[role="option"]')).toHaveLength(2); // Lamandau has no workforce: not placed
		expect(options.map((o) => o.textContent)).toEqual([
			'Kotawaringin Barat: porsi informal 60,0%, penetrasi informal 10,0%, 90.000 pekerja informal; APBD: 1.234 pekerja rentan',
			'Sukamara: porsi informal 62,5%, penetrasi informal 20,0%, 25.000 pekerja informal; APBD: tidak ada data'
		]);
		for (const other of [...box.children].filter((c) => !options.includes(c))) expect(other.getAttribute('aria-hidden')).toBe('true');
		expect(box.getAttribute('tabindex')).toBe('0');
		expect(box.getAttribute('aria-label')).toBe('Sebaran kabupaten/kota. Panah atas dan bawah memilih wilayah.');
	});

	test('the selected regency is the active descendant; none for an unplaced or unknown code', () => {
		const box = listbox({ selected: '6208' });
		expect(box.querySelector(`[id="${box.getAttribute('aria-activedescendant')}"]`)!.textContent).toMatch(/^Sukamara:/);
		expect([...box.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true']);
		expect(listbox({ selected: '6209' }).hasAttribute('aria-activedescendant')).toBe(false);
		expect(listbox({ selected: null }).hasAttribute('aria-activedescendant')).toBe(false);
	});

	test('the filled/hollow legend appears only where the data has APBD figures', () => {
		const legend = (props: ScatterProps) =>
			[...fragment(InformalScatter, { rows: ROWS, ...props }).querySelectorAll('.informal-scatter__legend li')].map((li) => li.textContent);
		expect(legend({ funded })).toEqual([
			'Ukuran titik: jumlah pekerja informal',
			'Titik penuh: ada pekerja rentan yang iurannya dibiayai APBD',
			'Titik kosong: tidak ada atau tidak ada data'
		]);
		expect(legend({ locale: 'en' })).toEqual(['Dot size: number of informal workers']);
	});
});
