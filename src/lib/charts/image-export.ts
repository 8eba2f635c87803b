/**
 * Chart images for download: a standalone copy of the chart's SVG with its computed styles
 * inlined, the title above and the provenance line below, saved as SVG or drawn onto a canvas
 * as PNG. Works under the app's CSP: no inline script, the image loads from a `blob:` URL
 * (`img-src 'self' data: blob:`), and an SVG without <foreignObject> does not taint the canvas.
 */

/** What a chart image shows besides the chart. */
export interface ImageOptions {
	title: string;
	/** The provenance line (`provenanceLine`), e.g. "Sampel Cakupan 2025.1 · sha256 … · DATA SINTETIS". */
	footer: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_HEIGHT = 30;
const FOOTER_HEIGHT = 24;
// Presentation properties that page CSS may set on Plot's marks; copied as inline styles.
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'opacity',
	'color',
	'font-family',
	'font-size',
	'font-weight',
	'display',
	'visibility'
];

/** The chart's main SVG in `container`: the largest `<svg>` (legend swatches are small ones). */
export function findChartSvg(container: Element): SVGSVGElement | null {
	let best: SVGSVGElement | null = null;
	let area = -1;
	for (const svg of container.querySelectorAll('svg')) {
		const a = Number(svg.getAttribute('width')) * Number(svg.getAttribute('height'));
		if (a > area) [best, area] = [svg, a];
	}
	return best;
}

/** A detached standalone SVG: white background, title, the chart with inlined styles, provenance footer. */
export function standaloneSvg(svg: SVGSVGElement, { title, footer }: ImageOptions): SVGSVGElement {
	const doc = svg.ownerDocument;
	const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal?.width || 640;
	const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal?.height || 400;
	const total = height + TITLE_HEIGHT + FOOTER_HEIGHT;
	const chart = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, chart);
	chart.setAttribute('x', '0');
	chart.setAttribute('y', String(TITLE_HEIGHT));
	chart.setAttribute('width', String(width));
	chart.setAttribute('height', String(height));

	const root = element(doc, 'svg', { width, height: total, viewBox: `0 0 ${width} ${total}` }) as SVGSVGElement;
	root.setAttribute('font-family', 'system-ui, sans-serif');
	root.append(
		element(doc, 'rect', { width, height: total, fill: 'white' }),
		text(doc, title, { x: 8, y: 20, 'font-size': 14, 'font-weight': 'bold', fill: '#111' }),
		chart,
		text(doc, footer, { x: 8, y: total - 8, 'font-size': 10, fill: '#444' })
	);
	return root;
}

/** The SVG as a standalone file's text, XML declaration first. */
export function svgText(svg: SVGSVGElement): string {
	const view = svg.ownerDocument.defaultView ?? globalThis;
	const Serializer = (view as typeof globalThis).XMLSerializer;
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new Serializer().serializeToString(svg)}`;
}

/** The SVG as an `image/svg+xml` Blob. */
export function svgBlob(svg: SVGSVGElement): Blob {
	return new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' });
}

/** The SVG drawn onto a canvas at `scale` (default 2, for sharp print and slides), as a PNG Blob. */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	const width = Number(svg.getAttribute('width'));
	const height = Number(svg.getAttribute('height'));
	const url = URL.createObjectURL(svgBlob(svg));
	try {
		const image = new Image(width, height);
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('canvas 2d context unavailable');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob returned null'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

// Copies computed presentation styles from each source element to its clone (same tree order),
// so page CSS that styled the chart survives outside the page.
function inlineStyles(source: Element, clone: Element): void {
	const view = source.ownerDocument.defaultView;
	if (!view?.getComputedStyle) return;
	const sources = [source, ...source.querySelectorAll('*')];
	const clones = [clone, ...clone.querySelectorAll('*')];
	sources.forEach((node, i) => {
		const target = clones[i] as SVGElement | undefined;
		if (!target?.style || node.localName === 'style') return;
		const computed = view.getComputedStyle(node);
		for (const property of STYLE_PROPERTIES) {
			const value = computed.getPropertyValue(property);
			if (value) target.style.setProperty(property, value);
		}
	});
}

function element(doc: Document, name: string, attrs: Record<string, string | number>): SVGElement {
	const node = doc.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
	return node;
}

function text(doc: Document, content: string, attrs: Record<string, string | number>): SVGElement {
	const node = element(doc, 'text', attrs);
	node.textContent = content;
	return node;
}
