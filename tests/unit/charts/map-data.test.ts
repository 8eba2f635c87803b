// The map loader (src/lib/data/map.ts): decoding the served topology, and fetching it once per
// session with a retry after a failure.
import { expect, test, vi } from 'vitest';
import { decodeMap, MAP_FILE, mapLoader, mapUrl } from '$lib/data/map';
import { TOPOLOGY } from './map-fixture';

test('decodes regencies and provinces with code and name, and the border between provinces', () => {
	const map = decodeMap(TOPOLOGY);
	expect(map.regencies.map((f) => f.properties)).toEqual([
		{ code: '9901', name: 'Kabupaten A' },
		{ code: '9902', name: 'Kota B' },
		{ code: '9971', name: 'Kabupaten C' }
	]);
	expect(map.provinces.map((f) => f.properties.code)).toEqual(['99', '98']);
	// A's ring from arcs 0 then 2: (101,1) (101,0) (100,0) (100,1) (101,1)
	expect(map.regencies[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [[[101, 1], [101, 0], [100, 0], [100, 1], [101, 1]]] });
	// Only B | C separates two provinces; the coasts and A | B (inside P1) are not borders.
	expect(map.provinceBorders).toEqual({ type: 'MultiLineString', coordinates: [[[102, 1], [102, 0]]] });
});

test('a topology without the two collections is refused', () => {
	expect(() => decodeMap({ type: 'Topology', arcs: [], objects: {} })).toThrow(/regencies and provinces/);
});

test('served under /data/', () => {
	expect(MAP_FILE).toBe('map-regencies.json');
	expect(mapUrl()).toMatch(/\/data\/map-regencies\.json$/);
});

const ok = () => new Response(JSON.stringify(TOPOLOGY), { status: 200, headers: { 'content-type': 'application/json' } });

test('fetched once: every call shares the first result', async () => {
	const fetchFn = vi.fn(async () => ok());
	const load = mapLoader(() => '/data/map-regencies.json');
	const [a, b] = await Promise.all([load(fetchFn), load(fetchFn)]);
	const c = await load(fetchFn);
	expect(fetchFn).toHaveBeenCalledTimes(1);
	expect(fetchFn).toHaveBeenCalledWith('/data/map-regencies.json');
	expect(b).toBe(a);
	expect(c).toBe(a);
	expect(a.regencies).toHaveLength(3);
});

test('a failed fetch is retried by the next call', async () => {
	const fetchFn = vi
		.fn<typeof fetch>()
		.mockResolvedValueOnce(new Response('nope', { status: 503 }))
		.mockRejectedValueOnce(new TypeError('offline'))
		.mockResolvedValueOnce(ok());
	const load = mapLoader(() => '/data/map-regencies.json');
	await expect(load(fetchFn)).rejects.toThrow(/HTTP 503/);
	await expect(load(fetchFn)).rejects.toThrow(/offline/);
	const map = await load(fetchFn);
	expect(map.provinces).toHaveLength(2);
	expect(fetchFn).toHaveBeenCalledTimes(3);
	// and then kept
	await load(fetchFn);
	expect(fetchFn).toHaveBeenCalledTimes(3);
});
