/**
 * The choropleth's Plot figure and the in-place updates ChoroplethMap.svelte makes to it.
 *
 * The figure depends only on the shapes shown (the area: the projection is fitted to them) and
 * the width. Everything that changes with the metric, month or area's values (fills, hover
 * text) and the selection's outline is written onto the existing `<path>`s, found by their
 * `data-code`: re-projecting 514 shapes costs far more than setting 514 attributes.
 */
import * as Plot from '@observablehq/plot';
import { geoBounds } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { MapData, RegionFeature } from '$lib/data/map';
import { NO_DATA_COLOUR } from './choropleth';

/** The attribute carrying a region path's Kemendagri code. */
export const CODE_ATTR = 'data-code';
/** Class of the outline drawn over the selected region. */
export const SELECTED_CLASS = 'choropleth-selected';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Regions outside the area, drawn as quiet context around it. */
const CONTEXT_FILL = '#eeeeee';
/** Edges between regencies: thin, mid-grey, visible on the palest class and on the darkest. */
const REGION_STROKE = '#7a7a7a';
/** Province borders: darker and thicker than regency edges. */
const PROVINCE_STROKE = '#222222';
/** Heights stay within these, whatever the area's shape (a tall province would fill the screen). */
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 640;
const INSET = 6;

/** The Web Mercator y of a latitude in degrees (the projection used, so the aspect matches). */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

function* positions(feature: Feature<Polygon | MultiPolygon>): Generator<Position> {
	const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
	for (const polygon of polygons) for (const ring of polygon) yield* ring;
}

/**
 * The figure's height for `width`: the Mercator aspect of the shapes' bounding box, clamped.
 * Given explicitly so Plot fits the area into it (letterboxed) instead of sizing from the shape.
 */
export function mapHeight(features: readonly RegionFeature[], width: number): number {
	let west = Infinity;
	let east = -Infinity;
	let south = Infinity;
	let north = -Infinity;
	for (const f of features) {
		for (const [lon, lat] of positions(f)) {
			west = Math.min(west, lon!);
			east = Math.max(east, lon!);
			south = Math.min(south, lat!);
			north = Math.max(north, lat!);
		}
	}
	if (!(east > west)) return MIN_HEIGHT;
	const aspect = (mercatorY(north) - mercatorY(south)) / (((east - west) * Math.PI) / 180);
	return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, (width - 2 * INSET) * aspect + 2 * INSET)));
}

/** A bare Plot mark: the hatch pattern no-data regions are filled with (`url(#id)`), inside the figure so an exported image keeps it. */
function hatchPattern(id: string): Plot.RenderFunction {
	return (_index, _scales, _values, _dimensions, context) => {
		const doc = context.document;
		const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>) => {
			const node = doc.createElementNS(SVG_NS, name) as SVGElementTagNameMap[K];
			for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
			return node;
		};
		const defs = el('defs', {});
		const pattern = el('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
		pattern.append(el('rect', { width: 6, height: 6, fill: '#ffffff' }), el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: NO_DATA_COLOUR, 'stroke-width': 2 }));
		defs.append(pattern);
		return defs;
	};
}

/** A render transform that tags each drawn path with its feature's code (geo paths are in index order). */
function tagCodes(features: readonly RegionFeature[]): Plot.RenderFunction {
	return (index, scales, values, dimensions, context, next) => {
		const g = next!(index, scales, values, dimensions, context);
		const paths = g ? g.querySelectorAll('path') : [];
		index.forEach((i, j) => paths[j]?.setAttribute(CODE_ATTR, features[i]!.properties.code));
		return g;
	};
}

/** The fill a no-data region gets: the hatch pattern of the figure with this id. */
export const hatchFill = (patternId: string) => `url(#${patternId})`;

/**
 * The map's Plot options: `features` (the area's regencies, in view), the provinces around them
 * as context when the area is not all of Indonesia, and the province borders on top.
 * Regions start unfilled; {@link paintRegions} colours them.
 */
// Each province's bounds, once per decoded map: which provinces an area's frame can show.
const boundsMemo = new WeakMap<object, [[number, number], [number, number]]>();
function boundsOf(feature: Feature): [[number, number], [number, number]] {
	let b = boundsMemo.get(feature);
	if (!b) boundsMemo.set(feature, (b = geoBounds(feature) as [[number, number], [number, number]]));
	return b;
}

/**
 * The provinces whose bounds meet the frame's (widened by half its size, for the margins the
 * map's aspect adds): around one province the other thirty-odd are never drawn, which was most
 * of the cost of an area change (projecting every province's outline for nothing).
 */
export function provincesNear(map: MapData, frame: readonly RegionFeature[]): MapData['provinces'] {
	const boxes = frame.map(boundsOf);
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [[a, b], [c, d]] of boxes) [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
	const [dx, dy] = [(x1 - x0) / 2 + 0.5, (y1 - y0) / 2 + 0.5];
	return map.provinces.filter((p) => {
		const [[a, b], [c, d]] = boundsOf(p);
		return a <= x1 + dx && c >= x0 - dx && b <= y1 + dy && d >= y0 - dy;
	});
}

export function mapSpec(
	map: MapData,
	features: readonly RegionFeature[],
	{ width, patternId }: { width: number; patternId: string }
): Plot.PlotOptions {
	const national = features.length === map.regencies.length;
	// An area with no shape on the map (codes not in it) shows Indonesia rather than a NaN projection.
	const frame = features.length > 0 ? features : map.regencies;
	const near = national ? [] : provincesNear(map, frame);
	return {
		width,
		height: mapHeight(frame, width),
		margin: 0,
		projection: { type: 'mercator', domain: { type: 'FeatureCollection', features: [...frame] }, inset: INSET },
		marks: [
			hatchPattern(patternId),
			national ? null : Plot.geo(near, { fill: CONTEXT_FILL, stroke: '#ffffff', strokeWidth: 0.5, clip: 'frame' }),
			Plot.geo(features, { fill: '#ffffff', stroke: REGION_STROKE, strokeWidth: 0.4, render: tagCodes(features) }),
			// Indonesia: the shared borders only; an area: the outlines of the provinces near it.
			national ? Plot.geo(map.provinceBorders, { stroke: PROVINCE_STROKE, strokeWidth: 1, clip: 'frame' }) : Plot.geo(near, { fill: 'none', stroke: PROVINCE_STROKE, strokeWidth: 1, clip: 'frame' })
		]
	};
}

/** The region paths of a figure, by code. */
export function regionPaths(root: ParentNode): Map<string, SVGPathElement> {
	const paths = new Map<string, SVGPathElement>();
	for (const path of root.querySelectorAll<SVGPathElement>(`path[${CODE_ATTR}]`)) paths.set(path.getAttribute(CODE_ATTR)!, path);
	return paths;
}

/** Sets each region path's fill and hover text (its `<title>`), in place. */
export function paintRegions(root: ParentNode, fill: (code: string) => string, title: (code: string) => string): void {
	for (const [code, path] of regionPaths(root)) {
		path.setAttribute('fill', fill(code));
		let tip = path.querySelector<SVGTitleElement>('title');
		if (!tip) path.append((tip = path.ownerDocument.createElementNS(SVG_NS, 'title')));
		tip.textContent = title(code);
	}
}

/**
 * Outlines the selected region: a copy of its outline drawn last (over its neighbours and the
 * province borders), ignoring the pointer; removed when nothing in the figure is selected.
 */
export function markSelected(root: Element, code: string | null): void {
	const svg = root.tagName.toLowerCase() === 'svg' ? root : root.querySelector('svg');
	if (!svg) return;
	const path = code ? regionPaths(svg).get(code) : undefined;
	let outline = svg.querySelector<SVGPathElement>(`path.${SELECTED_CLASS}`);
	if (!path) {
		outline?.remove();
		return;
	}
	if (!outline) {
		outline = svg.ownerDocument.createElementNS(SVG_NS, 'path');
		outline.setAttribute('class', SELECTED_CLASS);
		outline.setAttribute('fill', 'none');
		outline.setAttribute('stroke', '#000000');
		outline.setAttribute('stroke-width', '2.5');
		outline.setAttribute('stroke-linejoin', 'round');
		outline.setAttribute('pointer-events', 'none');
	}
	outline.setAttribute('d', path.getAttribute('d') ?? '');
	svg.append(outline);
}
