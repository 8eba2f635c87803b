/**
 * A hand-made map: three unit squares side by side, A | B | C at 100–103° E, 0–1° N; province
 * P1 (99) = A + B, P2 (98) = C. Rings wound clockwise (the way d3 reads them); arcs absolute
 * (no transform). The only border between two provinces is arc 1, B | C.
 */
import type { Topology } from 'topojson-specification';

export const TOPOLOGY = {
	type: 'Topology',
	arcs: [
		[[101, 1], [101, 0]], // 0: A | B
		[[102, 1], [102, 0]], // 1: B | C (the P1 | P2 border)
		[[101, 0], [100, 0], [100, 1], [101, 1]], // 2: A's other sides
		[[101, 1], [102, 1]], // 3: B's top
		[[102, 0], [101, 0]], // 4: B's bottom
		[[102, 1], [103, 1], [103, 0], [102, 0]] // 5: C's other sides
	],
	objects: {
		regencies: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', arcs: [[0, 2]], properties: { code: '9901', name: 'Kabupaten A' } },
				{ type: 'Polygon', arcs: [[3, 1, 4, ~0]], properties: { code: '9902', name: 'Kota B' } },
				{ type: 'Polygon', arcs: [[5, ~1]], properties: { code: '9971', name: 'Kabupaten C' } }
			]
		},
		provinces: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', arcs: [[3, 1, 4, 2]], properties: { code: '99', name: 'P1' } },
				{ type: 'Polygon', arcs: [[5, ~1]], properties: { code: '98', name: 'P2' } }
			]
		}
	}
} as unknown as Topology;

