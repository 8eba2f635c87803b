// @vitest-environment jsdom
// ChoroplethMap mounted in jsdom over a hand-made topology of three unit squares side by side
// (./map-fixture.ts: A | B | C, province P1 = A + B, P2 = C). Expected colours are worked
// out by hand from the values (classes and ColorBrewer YlGnBu, see the comments), not read back
// from the classifier.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import ChoroplethMap from '$lib/charts/ChoroplethMap.svelte';
import { decodeMap } from '$lib/data/map';
import { formatPercent } from '$lib/format';
import { TOPOLOGY } from './map-fixture';

const MAP = decodeMap(TOPOLOGY);
const ALL = ['9901', '9902', '9971'];

beforeAll(() => {
	// jsdom has no layout: PlotMount's bind:clientWidth needs a ResizeObserver to exist.
	globalThis.ResizeObserver ??= class {
		observe() {}
		unobserve() {}
		disconnect() {}
	} as unknown as typeof ResizeObserver;
});

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
	if (mounted) unmount(mounted);
	mounted = null;
	document.body.replaceChildren();
});

function render(initial: { values: Map<string, number | null>; codes?: string[]; selected?: string | null; onselect?: (code: string) => void }) {
	const props = $state({
		map: MAP,
		values: initial.values,
		area: { codes: initial.codes ?? ALL },
		selected: initial.selected ?? null,
		onselect: initial.onselect,
		format: (v: number | null) => formatPercent(v),
		metricLabel: 'UCJ (%)',
		scale: { capAt100: true }
	});
	const target = document.createElement('div');
	document.body.append(target);
	mounted = mount(ChoroplethMap, { target, props });
	flushSync();
	return { target, props };
}

const paths = (root: Element) => new Map([...root.querySelectorAll('path[data-code]')].map((p) => [p.getAttribute('data-code')!, p]));
/** The smallest and largest x of a path's points (Plot writes absolute M/L commands). */
function xExtent(path: Element): [number, number] {
	const xs = [...path.getAttribute('d')!.matchAll(/[ML]([-\d.]+),/g)].map((m) => Number(m[1]));
	return [Math.min(...xs), Math.max(...xs)];
}
const fills = (root: Element) => Object.fromEntries([...paths(root)].map(([code, p]) => [code, p.getAttribute('fill')]));

test('each region is filled with its class colour; no data with the hatch pattern', () => {
	// 12, 58 (null aside): step 10 gives 10–60 in 5 classes -> 12 is the first (#ffffcc), 58 the last (#253494).
	const { target } = render({ values: new Map([['9901', 12], ['9902', 58], ['9971', null]]) });
	const svg = target.querySelector('svg')!;
	const patternId = svg.querySelector('pattern')!.id;
	expect(patternId).toMatch(/nodata$/);
	expect(fills(target)).toEqual({ '9901': '#ffffcc', '9902': '#253494', '9971': `url(#${patternId})` });
	// hover text: name, value and class
	expect(paths(target).get('9902')!.querySelector('title')!.textContent).toBe('Kota B: 58,0% (50–60%)');
	expect(paths(target).get('9971')!.querySelector('title')!.textContent).toBe('Kabupaten C: – (Tidak ada data)');
	// province borders: the one border between P1 and P2 (B | C), drawn as a line over the regions
	const lines = svg.querySelectorAll('g[stroke="#222222"] path');
	expect(lines).toHaveLength(1);
	expect(xExtent(lines[0]!)[0]).toBe(xExtent(lines[0]!)[1]); // a vertical line: B | C at 102° E
	// the figure is hidden from assistive technology
	expect(target.querySelector('.plot-mount')!.getAttribute('aria-hidden')).toBe('true');
});

test('a values change repaints the same path elements (no re-projection)', () => {
	const { target, props } = render({ values: new Map([['9901', 12], ['9902', 58], ['9971', null]]) });
	const before = paths(target);
	const svgBefore = target.querySelector('svg');
	const d = before.get('9901')!.getAttribute('d');
	// 75, 30, 130: 130 is above 100 (#d95f02); 30–75 by step 10 is 30–80, 5 classes: 75 the last, 30 the first.
	props.values = new Map([['9901', 75], ['9902', 30], ['9971', 130]]);
	flushSync();
	const after = paths(target);
	expect(target.querySelector('svg')).toBe(svgBefore);
	for (const code of ALL) expect(after.get(code)).toBe(before.get(code));
	expect(after.get('9901')!.getAttribute('d')).toBe(d);
	expect(fills(target)).toEqual({ '9901': '#253494', '9902': '#ffffcc', '9971': '#d95f02' });
	expect(after.get('9971')!.querySelector('title')!.textContent).toBe('Kabupaten C: 130,0% (di atas 100%)');
	// the legend follows: five ranges, above 100 %, no data
	expect([...target.querySelectorAll('.choropleth__legend li')].map((li) => li.getAttribute('data-class'))).toEqual([
		'range', 'range', 'range', 'range', 'range', 'over100', 'nodata'
	]);
});

test('an area change redraws, zoomed to the new area, with only its regions', () => {
	const { target, props } = render({ values: new Map([['9901', 12], ['9902', 58], ['9971', 40]]) });
	const svgBefore = target.querySelector('svg');
	// jsdom measures no width: PlotMount draws at its minimum, 320 px; the projection's inset is 6.
	// All three squares: C is the right third of 6…314, from x ≈ 6 + 2/3 × 308 ≈ 211.
	expect(xExtent(paths(target).get('9971')!)[0]).toBeCloseTo(211, -1);
	props.area = { codes: ['9971'] };
	flushSync();
	expect(target.querySelector('svg')).not.toBe(svgBefore);
	expect([...paths(target).keys()]).toEqual(['9971']);
	// zoomed: C alone spans the frame, 6 to 314
	const [x0, x1] = xExtent(paths(target).get('9971')!);
	expect(x0).toBeCloseTo(6, 0);
	expect(x1).toBeCloseTo(314, 0);
	// the same codes in a new array do not redraw
	const svg = target.querySelector('svg');
	props.area = { codes: ['9971'] };
	flushSync();
	expect(target.querySelector('svg')).toBe(svg);
});

/** Opens the keyboard table (its rows are built only once opened). */
function openTable(target: HTMLElement) {
	const details = target.querySelector('details')!;
	expect(details.querySelector('table')).toBeNull();
	details.open = true;
	details.dispatchEvent(new Event('toggle'));
	flushSync();
}

test('an area with no regency on the map draws no region and no broken path', () => {
	const { target } = render({ values: new Map(), codes: ['1234'] });
	openTable(target);
	expect(paths(target).size).toBe(0);
	const d = [...target.querySelectorAll('svg path')].map((p) => p.getAttribute('d') ?? '');
	expect(d.length).toBeGreaterThan(0); // the provinces around, as context
	expect(d.filter((x) => x.includes('NaN'))).toEqual([]);
	expect(target.querySelectorAll('table tbody tr')).toHaveLength(0);
});

test('the table lists each region with its formatted value and class, by name', () => {
	const { target } = render({ values: new Map([['9901', 12], ['9902', 58], ['9971', null]]) });
	openTable(target);
	const rows = [...target.querySelectorAll('table tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()));
	expect(rows).toEqual([
		['Kabupaten A', '12,0%', '10–20%'],
		['Kabupaten C', '–', 'Tidak ada data'],
		['Kota B', '58,0%', '50–60%']
	]);
	expect(target.querySelector('table caption')!.textContent).toBe('UCJ (%) per kabupaten/kota');
	expect(target.querySelector('details summary')!.textContent).toBe('Tabel wilayah peta (3)');
});

test('choosing a region from the table (a button: Enter/Space press it) calls onselect; the selection is outlined', () => {
	const onselect = vi.fn();
	const { target, props } = render({ values: new Map([['9901', 12], ['9902', 58], ['9971', null]]), onselect });
	openTable(target);
	const button = [...target.querySelectorAll<HTMLButtonElement>('table button')].find((b) => b.textContent === 'Kota B')!;
	expect(button.type).toBe('button');
	button.focus();
	expect(document.activeElement).toBe(button);
	button.click();
	expect(onselect).toHaveBeenCalledWith('9902');

	props.selected = '9902';
	flushSync();
	expect(button.getAttribute('aria-pressed')).toBe('true');
	const outline = target.querySelector('path.choropleth-selected')!;
	expect(outline.getAttribute('d')).toBe(paths(target).get('9902')!.getAttribute('d'));
	expect(outline.getAttribute('stroke-width')).toBe('2.5');
	// drawn last, over the province borders
	expect(target.querySelector('svg')!.lastElementChild).toBe(outline);
	props.selected = null;
	flushSync();
	expect(target.querySelector('path.choropleth-selected')).toBeNull();
});

test('a click on a region of the map selects it', () => {
	const onselect = vi.fn();
	const { target } = render({ values: new Map([['9901', 12], ['9902', 58], ['9971', null]]), onselect });
	paths(target).get('9901')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
	expect(onselect).toHaveBeenCalledWith('9901');
});

test('legend: swatches with the class colours and labels, counts, and the hatched no-data swatch', () => {
	const { target } = render({ values: new Map([['9901', 12], ['9902', 58], ['9971', null]]) });
	const items = [...target.querySelectorAll('.choropleth__legend li')];
	expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
		'10–20% (1 wilayah)',
		'20–30% (0 wilayah)',
		'30–40% (0 wilayah)',
		'40–50% (0 wilayah)',
		'50–60% (1 wilayah)',
		'Tidak ada data (1 wilayah)'
	]);
	const swatch = (li: Element) => li.querySelector<HTMLElement>('.choropleth__swatch')!;
	expect(swatch(items[0]!).style.backgroundColor).toBe('rgb(255, 255, 204)'); // #ffffcc
	expect(swatch(items[5]!).classList.contains('choropleth__swatch--nodata')).toBe(true);
	expect(target.querySelector('.choropleth__legend-title')!.textContent).toBe('Legenda: UCJ (%)');
});

test('going back to an area puts its drawn figure back, repainted with the values of now', () => {
	const { target, props } = render({ values: new Map([['9901', 12], ['9902', 58], ['9971', 30]]) });
	const all = target.querySelector('svg');
	props.area = { codes: ['9971'] };
	flushSync();
	expect(target.querySelector('svg')).not.toBe(all);
	props.values = new Map([['9901', 58], ['9902', 12], ['9971', null]]);
	props.area = { codes: ALL };
	flushSync();
	// The very figure drawn first, not a new projection; its fills follow the new values.
	expect(target.querySelector('svg')).toBe(all);
	const fills = paths(target);
	expect(fills.get('9901')!.getAttribute('fill')).not.toBe(fills.get('9902')!.getAttribute('fill'));
	expect(fills.get('9971')!.getAttribute('fill')).toMatch(/^url\(#/);
});
