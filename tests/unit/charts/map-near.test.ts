import { expect, test } from 'vitest';
import { provincesNear } from '$lib/charts/choropleth-plot';
import type { MapData, RegionFeature } from '$lib/data/map';

// Unit squares wound clockwise (as d3 reads them) at `lon`..`lon + 1` E, 0..1 N.
const square = (code: string, lon: number) =>
	({
		type: 'Feature',
		properties: { code, name: code },
		geometry: { type: 'Polygon', coordinates: [[[lon, 0], [lon, 1], [lon + 1, 1], [lon + 1, 0], [lon, 0]]] }
	}) as RegionFeature;

test('around an area, only the provinces whose bounds come near its frame are drawn', () => {
	const map = { regencies: [], provinces: [square('11', 100), square('12', 101.5), square('13', 110), square('14', 99)], provinceBorders: null } as unknown as MapData;
	// Frame 100..101 E, widened by half its size + 0.5° each side: 99..102 E, so 13 (110 E) is out.
	expect(provincesNear(map, [square('1101', 100)]).map((p) => p.properties.code)).toEqual(['11', '12', '14']);
	// A frame spanning 100..111 E reaches all of them.
	expect(provincesNear(map, [square('1101', 100), square('1301', 110)]).map((p) => p.properties.code)).toEqual(['11', '12', '13', '14']);
});
