// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { expect, test } from 'vitest';
import { findChartSvg, standaloneSvg, svgText } from '$lib/charts/image-export';
import { rankingSpec } from '$lib/charts/ranking';

const ROWS = [
	{ code: '6201', name: 'Kotawaringin Barat', value: 45.6 },
	{ code: '6203', name: 'Kapuas', value: 104.2 }
];
const FOOTER = 'Sampel Cakupan 2025.1 · sha256 3f2a9c0d1b7e · DATA SINTETIS';

function mounted() {
	const container = document.createElement('div');
	const plot = Plot.plot(rankingSpec(ROWS, { document, width: 500 })) as SVGSVGElement;
	const swatch = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	swatch.setAttribute('width', '10');
	swatch.setAttribute('height', '10');
	container.append(swatch, plot);
	document.body.append(container);
	return { container, plot };
}

test('findChartSvg picks the Plot SVG, not a small swatch', () => {
	const { container, plot } = mounted();
	expect(findChartSvg(container)).toBe(plot);
	expect(findChartSvg(document.createElement('div'))).toBeNull();
});

test('standaloneSvg adds the title above and the provenance footer below the chart', () => {
	const { plot } = mounted();
	const height = Number(plot.getAttribute('height')); // 28 + 32 + 2 × 22 = 104
	expect(height).toBe(104);
	const image = standaloneSvg(plot, { title: 'Cakupan UCJ & target <2024>', footer: FOOTER });
	expect(image.getAttribute('width')).toBe('500');
	expect(image.getAttribute('height')).toBe(String(104 + 30 + 24));
	expect(image.getAttribute('viewBox')).toBe('0 0 500 158');
	const [title, footer] = [...image.children].filter((n) => n.localName === 'text');
	expect(title!.textContent).toBe('Cakupan UCJ & target <2024>');
	expect(footer!.textContent).toBe(FOOTER);
	expect(footer!.getAttribute('y')).toBe('150');
	const chart = image.querySelector('svg')!;
	expect([chart.getAttribute('y'), chart.getAttribute('height')]).toEqual(['30', '104']);
	expect(chart.querySelectorAll('rect')).toHaveLength(plot.querySelectorAll('rect').length);
	expect(plot.parentElement).not.toBeNull(); // the live chart is left in place
});

test('svgText is a standalone, escaped SVG document', () => {
	const { plot } = mounted();
	const text = svgText(standaloneSvg(plot, { title: 'A & B', footer: FOOTER }));
	expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
	expect(text).toContain('>A &amp; B</text>');
	expect(text).toContain(`>${FOOTER}</text>`);
	expect(text).toContain('>104,2%</text>');
});
