/**
 * Build step: the /kantor/ choropleth's boundaries, `static/data/map-regencies.json` (MAP_FILE).
 *
 * The reference TopoJSON (data/reference/regencies_provinces.topojson, 1.97 MB, 640 kB gzip)
 * is too heavy to ship, and most of its weight is not visible: 10,742 of its 18,507 regency
 * rings are islets under 1e-6 square degrees (about 0.01 km²). So, with topojson-simplify:
 *
 * 1. `filter` drops rings under MIN_RING_AREA (about 0.12 km², well under a pixel even zoomed
 *    to a province), except the largest rings that make 90 % of each regency's area, so every
 *    regency stays drawn, an archipelago regency included;
 * 2. `presimplify` + `simplify` (Visvalingam) drop points whose triangle is under
 *    MIN_TRIANGLE_AREA (but not from the small rings kept in step 1, which would collapse);
 *    shared arcs are simplified once, so neighbours still meet exactly;
 * 3. `quantize` (topojson-client) stores the coordinates as integer deltas on a QUANTIZATION
 *    grid (about 50 m across Indonesia's 46° of longitude);
 * 4. `filter` again, by the rule of step 1: rings steps 2 and 3 made too small (collapsed to a
 *    line, or a sliver turned inside out) go.
 *
 * Only `code` and `name` are kept as properties. Measured on the 2025 boundaries: 651 kB raw,
 * 210 kB gzip -9, 180 kB brotli q11, under the 250 kB served budget (tests/unit/build/map.test.ts).
 *
 * Not a database step: it depends on the reference boundaries, not on the dataset, so it runs
 * on its own after `npm run db` (`scripts/build-db.ts`) and is skipped when its output is newer
 * than both its input and this script.
 *
 * Usage: tsx scripts/build-steps/map.ts [--force]
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, quantize } from 'topojson-client';
import { filter, filterWeight, planarRingArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { MAP_FILE, MAP_OBJECTS } from '../../src/lib/data/map-file';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The reference boundaries (real, Cahya DSN, MIT). */
export const MAP_SOURCE = join(ROOT, 'data', 'reference', 'regencies_provinces.topojson');

/** Where the served file goes. */
export const MAP_OUT = join(ROOT, 'static', 'data', MAP_FILE);

/** Rings smaller than this (square degrees, about 0.12 km²) are dropped, unless a regency's largest. */
export const MIN_RING_AREA = 1e-5;
/** Share of each regency's area its kept rings must cover, however small they are. */
export const KEEP_AREA_SHARE = 0.9;
/** A kept ring under this area (square degrees, about 12 km²) is not simplified at all. */
export const ISLET_AREA = 1e-3;
/** Points whose Visvalingam triangle is smaller than this (square degrees) are dropped. */
export const MIN_TRIANGLE_AREA = 2e-5;
/** Quantization grid (positions per axis across the bounding box). */
export const QUANTIZATION = 1e5;

type Props = { code: string; name: string };
type Objects = { regencies: GeometryCollection<Record<string, unknown>>; provinces: GeometryCollection<Record<string, unknown>> };

/** A ring is an array of arc indexes; polygons are arrays of rings. */
type Ring = number[];

/** The exterior rings of a geometry's polygons. */
function exteriorRings(geometry: GeometryObject): Ring[] {
	if (geometry.type === 'Polygon') return geometry.arcs.length ? [geometry.arcs[0]!] : [];
	if (geometry.type === 'MultiPolygon') return geometry.arcs.map((polygon) => polygon[0]!).filter(Boolean);
	return [];
}

/**
 * The rings each regency cannot lose: its largest exterior rings, down to those that together
 * make KEEP_AREA_SHARE of its area, with their areas (the same array objects the filter is handed). Most regencies
 * need only their largest; an archipelago of islets (Kepulauan Seribu) keeps enough of them.
 */
function essentialRings(topology: Topology<Objects>): Map<Ring, number> {
	const keep = new Map<Ring, number>();
	for (const geometry of topology.objects.regencies.geometries) {
		const rings = exteriorRings(geometry)
			.map((ring) => ({ ring, area: Math.abs(planarRingArea(feature(topology, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0] as [number, number][])) }))
			.sort((a, b) => b.area - a.area);
		const total = rings.reduce((sum, r) => sum + r.area, 0);
		let kept = 0;
		for (const { ring, area } of rings) {
			keep.set(ring, area);
			kept += area;
			if (kept >= KEEP_AREA_SHARE * total) break;
		}
	}
	return keep;
}

/** Only the properties the app reads. */
function keepCodeAndName(collection: GeometryCollection<Record<string, unknown>>): void {
	for (const geometry of collection.geometries) {
		const { code, name } = (geometry.properties ?? {}) as Record<string, unknown>;
		if (typeof code !== 'string' || typeof name !== 'string') throw new Error(`map: a ${geometry.type} without a string code and name`);
		geometry.properties = { code, name } satisfies Props;
	}
}

/** The simplified topology from the reference one (pure: the input is not changed). */
export function simplifyBoundaries(source: Topology<Objects>): Topology<Objects> {
	const topology = structuredClone(source);
	for (const name of Object.values(MAP_OBJECTS)) {
		if (topology.objects[name]?.type !== 'GeometryCollection') throw new Error(`map: the reference topology has no ${name} collection`);
		keepCodeAndName(topology.objects[name]);
	}
	const filtered = dropSmallRings(topology);
	const weighted = presimplify(filtered);
	// An islet a regency keeps would collapse to a line (its arc's two ends are all simplify
	// keeps of a small closed arc): its points get infinite weight, so it keeps its shape.
	// `filter` renumbered the arcs, so the essential rings are found again on its output.
	for (const [ring, area] of essentialRings(filtered)) {
		if (area >= ISLET_AREA) continue;
		for (const arc of ring) for (const point of weighted.arcs[arc < 0 ? ~arc : arc]!) point[2] = Infinity;
	}
	const simplified = quantize(simplify(weighted, MIN_TRIANGLE_AREA), QUANTIZATION) as Topology<Objects>;
	// Simplifying and snapping to the grid collapse other small rings to a line (1,230 of them)
	// or turn a sliver inside out (one in Kepulauan Aru, which d3 then fills as the whole globe
	// minus the sliver): what is now too small goes, by the same rule as before.
	return dropSmallRings(simplified);
}

/** The topology without rings under MIN_RING_AREA, except each regency's essential rings. */
function dropSmallRings(topology: Topology<Objects>): Topology<Objects> {
	const keep = essentialRings(topology);
	const bigEnough = filterWeight(topology, MIN_RING_AREA);
	// @types/topojson-simplify types the filter's ring as points; the library hands it the
	// ring's arc indexes, the very array of the geometry (which is what `keep` holds).
	return filter(topology, (ring, interior) => keep.has(ring as unknown as Ring) || bigEnough(ring, interior)) as Topology<Objects>;
}

/** Whether `out` exists and is newer than every file it is made from. */
function upToDate(out: string, inputs: readonly string[]): boolean {
	if (!existsSync(out)) return false;
	const built = statSync(out).mtimeMs;
	return inputs.every((input) => statSync(input).mtimeMs < built);
}

/**
 * Writes the map file (under a hidden temp name, then renamed, so the service worker and a
 * concurrent reader never see half a file). Returns its size and whether it was skipped.
 */
export function buildMapFile({ source = MAP_SOURCE, out = MAP_OUT, force = false } = {}): { out: string; bytes: number; skipped: boolean } {
	const inputs = [source, fileURLToPath(import.meta.url)];
	if (!force && upToDate(out, inputs)) return { out, bytes: statSync(out).size, skipped: true };
	const topology = JSON.parse(readFileSync(source, 'utf8')) as Topology<Objects>;
	const text = JSON.stringify(simplifyBoundaries(topology));
	mkdirSync(dirname(out), { recursive: true });
	const tmp = join(dirname(out), `.${MAP_FILE}.${process.pid}.tmp`);
	writeFileSync(tmp, text);
	renameSync(tmp, out);
	return { out, bytes: Buffer.byteLength(text), skipped: false };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { out, bytes, skipped } = buildMapFile({ force: process.argv.includes('--force') });
	console.log(skipped ? `map: ${out} is up to date` : `map: wrote ${out} (${(bytes / 1e3).toFixed(0)} kB)`);
}
