/**
 * The served map file (scripts/build-steps/map.ts): every regency of the reference code list
 * and every province is in it with a real shape, only code and name are kept, and it fits the
 * issue's budget of 250 kB as served (brotli and gzip). Codes are checked against
 * data/reference/regencies.csv and provinces.csv, read here independently of the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, expect, test } from 'vitest';
import { buildMapFile, MAP_OUT } from '../../../scripts/build-steps/map';
import { decodeMap, MAP_FILE } from '$lib/data/map';

const REFERENCE = join(import.meta.dirname, '../../../data/reference');
const BUDGET = 250_000;

/** The `code` column of a reference CSV (codes are the first column, digits only: no quoting). */
function codes(file: string): string[] {
	const [header, ...lines] = readFileSync(join(REFERENCE, file), 'utf8').trim().split('\n');
	expect(header!.split(',')[0]).toBe('code');
	return lines.map((line) => line.split(',')[0]!).sort();
}

/** Planar area of a ring in square degrees (shoelace), to tell a real shape from a collapsed one. */
function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
	return Math.abs(sum / 2);
}

function polygons(f: Feature<Polygon | MultiPolygon>): Position[][][] {
	return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

let raw: Buffer;
let topology: Topology;
beforeAll(() => {
	// Builds it when missing or older than its inputs (a few seconds), else reads the built file.
	const { out } = buildMapFile();
	expect(out).toBe(MAP_OUT);
	expect(out.endsWith(`static/data/${MAP_FILE}`)).toBe(true);
	raw = readFileSync(out);
	topology = JSON.parse(raw.toString('utf8')) as Topology;
});

test('exactly the 514 regency codes of regencies.csv and the 38 province codes, code and name only', () => {
	const regencies = (topology.objects.regencies as GeometryCollection<Record<string, unknown>>).geometries;
	const provinces = (topology.objects.provinces as GeometryCollection<Record<string, unknown>>).geometries;
	const regencyCodes = codes('regencies.csv');
	expect(regencyCodes).toHaveLength(514);
	expect(regencies.map((g) => (g.properties as Record<string, unknown>).code).sort()).toEqual(regencyCodes);
	expect(provinces.map((g) => (g.properties as Record<string, unknown>).code).sort()).toEqual(codes('provinces.csv'));
	expect(provinces).toHaveLength(38);
	for (const g of [...regencies, ...provinces]) {
		expect(Object.keys(g.properties!).sort()).toEqual(['code', 'name']);
		expect(typeof (g.properties as Record<string, unknown>).name).toBe('string');
	}
	expect(Object.keys(topology.objects).sort()).toEqual(['provinces', 'regencies']);
});

test('every regency has a non-empty shape with area', () => {
	const { regencies } = decodeMap(topology);
	const flat = regencies.filter((f) => !f.geometry || polygons(f).length === 0 || Math.max(...polygons(f).map((p) => ringArea(p[0]!))) === 0);
	expect(flat.map((f) => f.properties.code)).toEqual([]);
	// The name is the reference name: Kota Bandung is 3273 (regencies.csv).
	expect(regencies.find((f) => f.properties.code === '3273')!.properties.name).toBe('Kota Bandung');
});

/** Twice the signed planar area (lon, lat with north up): negative for a clockwise ring. */
function signedArea2(ring: Position[]): number {
	let sum = 0;
	for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
	return sum;
}

test('every ring wound the way d3 reads it: exteriors clockwise, holes anticlockwise, none flat', () => {
	// A ring turned inside out by simplification is drawn by d3 as the whole globe but that ring.
	const { regencies, provinces } = decodeMap(topology);
	const wrong: string[] = [];
	for (const f of [...regencies, ...provinces]) {
		for (const polygon of polygons(f)) {
			polygon.forEach((ring, i) => {
				const a = signedArea2(ring);
				if (i === 0 ? !(a < 0) : !(a > 0)) wrong.push(`${f.properties.code} ring ${i}: ${a}`);
			});
		}
	}
	expect(wrong).toEqual([]);
});

test('simplified, not emptied: each regency keeps at least half its reference area', () => {
	// The reference file, decoded independently of the build's code path.
	const reference = JSON.parse(readFileSync(join(REFERENCE, 'regencies_provinces.topojson'), 'utf8')) as Topology;
	const area = (f: Feature<Polygon | MultiPolygon>) => polygons(f).reduce((sum, p) => sum + ringArea(p[0]!) - p.slice(1).reduce((h, r) => h + ringArea(r), 0), 0);
	const before = new Map(
		(feature(reference, reference.objects.regencies as GeometryCollection<{ code: string }>).features as Feature<Polygon | MultiPolygon, { code: string }>[]).map((f) => [f.properties.code, area(f)])
	);
	const shrunk = decodeMap(topology).regencies.filter((f) => area(f) < 0.5 * before.get(f.properties.code)!);
	expect(shrunk.map((f) => f.properties.code)).toEqual([]);
});

test('province borders: a mesh of lines between provinces', () => {
	const { provinceBorders, provinces } = decodeMap(topology);
	expect(provinceBorders.type).toBe('MultiLineString');
	expect(provinceBorders.coordinates.length).toBeGreaterThan(37); // 38 provinces share at least 37 borders
	expect(provinces).toHaveLength(38);
});

test('within 250 kB as served: brotli (quality 11) and gzip', () => {
	const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
	const gz = gzipSync(raw, { level: 9 }).length;
	console.log(`map file: ${raw.length} B raw, ${gz} B gzip -9, ${br} B brotli q11`);
	expect(br).toBeLessThanOrEqual(BUDGET);
	expect(gz).toBeLessThanOrEqual(BUDGET);
});
