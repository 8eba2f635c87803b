/**
 * The /kantor/ map's boundaries: fetched once per session, only by the view that draws the map
 * (never precached: src/service-worker.ts), and decoded with topojson-client. The file is made
 * at build time by scripts/build-steps/map.ts (simplified regencies and provinces, code and name).
 */
import { asset } from '$app/paths';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DATA_PATH } from './database';
import { MAP_FILE, MAP_OBJECTS } from './map-file';

export { MAP_FILE } from './map-file';

/** What a region's shape carries: its Kemendagri code and name. */
export interface RegionProps {
	code: string;
	name: string;
}

/** A regency's or province's shape. */
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;

/** The decoded map. */
export interface MapData {
	/** The 514 regencies, in the file's order. */
	readonly regencies: readonly RegionFeature[];
	/** The 38 provinces. */
	readonly provinces: readonly RegionFeature[];
	/** The borders between two provinces, once each (coasts are the regencies' own edges). */
	readonly provinceBorders: MultiLineString;
}

type MapObjects = {
	regencies: GeometryCollection<RegionProps>;
	provinces: GeometryCollection<RegionProps>;
};

/** Decode the served topology (pure). Throws when a collection is missing. */
export function decodeMap(topology: Topology): MapData {
	const objects = topology.objects as Partial<MapObjects>;
	const regencies = objects[MAP_OBJECTS.regencies];
	const provinces = objects[MAP_OBJECTS.provinces];
	if (regencies?.type !== 'GeometryCollection' || provinces?.type !== 'GeometryCollection') {
		throw new Error(`${MAP_FILE}: expected the regencies and provinces collections`);
	}
	const features = (collection: GeometryCollection<RegionProps>) =>
		(feature(topology, collection) as FeatureCollection<Polygon | MultiPolygon, RegionProps>).features;
	return {
		regencies: features(regencies),
		provinces: features(provinces),
		// a !== b: an arc two provinces share; a coast (one province) is left out.
		provinceBorders: mesh(topology, provinces, (a, b) => a !== b)
	};
}

/** The map file's URL under the site's base path. */
export const mapUrl = (): string => asset(`${DATA_PATH}/${MAP_FILE}`);

/** Fetch and decode the map file once (no memo). */
async function fetchMap(fetchFn: typeof fetch, url: string): Promise<MapData> {
	const response = await fetchFn(url);
	if (!response.ok) throw new Error(`could not fetch ${MAP_FILE}: HTTP ${response.status}`);
	return decodeMap((await response.json()) as Topology);
}

/**
 * A loader that fetches and decodes the map at most once while it succeeds: every call shares
 * the first call's promise; a failed fetch is forgotten, so the next call tries again. The app
 * uses one ({@link loadMap}); tests make their own.
 */
export function mapLoader(url: () => string = mapUrl): (fetchFn?: typeof fetch) => Promise<MapData> {
	let pending: Promise<MapData> | null = null;
	// `fetch` is looked up per call, not captured at import, so a test or a load function's
	// `fetch` passed in is the one used.
	return (fetchFn = (...args) => fetch(...args)) =>
		(pending ??= fetchMap(fetchFn, url()).catch((error: unknown) => {
			pending = null;
			throw error;
		}));
}

/**
 * The map for this session: fetched on the first call (with `fetchFn` if given, e.g. a load
 * function's `fetch`), shared by every later call; retried after a failure.
 */
export const loadMap = mapLoader();
